#include "ui/soft_wrap.h"

#include <algorithm>

namespace etappe::ui {

namespace {

bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u; }

// The code point at `i` and its length in bytes; a broken sequence reads as U+FFFD, one byte.
char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = 1;
    char32_t cp = b;
    if (b >= 0xF0u) {
        n = 4;
        cp = b & 0x07u;
    } else if (b >= 0xE0u) {
        n = 3;
        cp = b & 0x0Fu;
    } else if (b >= 0xC0u) {
        n = 2;
        cp = b & 0x1Fu;
    } else if (b >= 0x80u) {
        length = 1;
        return 0xFFFD;
    }
    if (i + n > s.size()) {
        length = 1;
        return 0xFFFD;
    }
    for (std::size_t k = 1; k < n; ++k) {
        if (!isContinuation(s[i + k])) {
            length = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    }
    length = n;
    return cp;
}

bool isBreak(std::size_t display_offset, const std::vector<std::size_t>& breaks) {
    return std::binary_search(breaks.begin(), breaks.end(), display_offset);
}

}  // namespace

SoftWrap softWrap(std::string_view text, float width, const AdvanceFn& advance) {
    SoftWrap out;
    out.display.reserve(text.size() + text.size() / 16 + 1);
    float x = 0.0f;                            // width of the current display line so far
    std::size_t line_start = 0;                // display offset where it starts
    std::size_t opportunity = std::string::npos;  // display offset after the line's last run of spaces
    float x_at_opportunity = 0.0f;
    bool after_space = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        const char32_t cp = decode(text, i, length);
        const std::string_view bytes = text.substr(i, length);
        i += length;
        if (cp == U'\n') {
            out.display.push_back('\n');
            ++out.lines;
            x = 0.0f;
            line_start = out.display.size();
            opportunity = std::string::npos;
            after_space = false;
            continue;
        }
        const float a = advance(cp);
        if (cp == U' ' || cp == U'\t') {  // spaces hang over the edge rather than start a line
            out.display.append(bytes);
            x += a;
            after_space = true;
            continue;
        }
        if (after_space) {
            opportunity = out.display.size();
            x_at_opportunity = x;
            after_space = false;
        }
        if (width > 0.0f && x > 0.0f && x + a > width) {
            if (opportunity != std::string::npos && opportunity > line_start) {
                out.display.insert(opportunity, 1, '\n');
                out.breaks.push_back(opportunity);
                ++out.lines;
                x -= x_at_opportunity;
                line_start = opportunity + 1;
                opportunity = std::string::npos;
            }
            if (x > 0.0f && x + a > width) {  // a word longer than the line
                out.breaks.push_back(out.display.size());
                out.display.push_back('\n');
                ++out.lines;
                x = 0.0f;
                line_start = out.display.size();
                opportunity = std::string::npos;
            }
        }
        out.display.append(bytes);
        x += a;
    }
    return out;
}

std::size_t textToDisplay(std::size_t text_offset, const std::vector<std::size_t>& breaks) {
    std::size_t count = 0;
    while (count < breaks.size() && breaks[count] - count <= text_offset) ++count;
    return text_offset + count;
}

std::size_t displayToText(std::size_t display_offset, const std::vector<std::size_t>& breaks) {
    const auto before = std::lower_bound(breaks.begin(), breaks.end(), display_offset) - breaks.begin();
    return display_offset - static_cast<std::size_t>(before);
}

std::string withoutSoftBreaks(std::string_view display, const std::vector<std::size_t>& breaks) {
    std::string text;
    text.reserve(display.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < display.size(); ++i) {
        if (next < breaks.size() && breaks[next] == i) {
            ++next;
            continue;
        }
        text.push_back(display[i]);
    }
    return text;
}

TextEdit readEdit(const SoftWrap& shown, std::size_t cursor_before, std::string_view edited, std::size_t cursor,
                  std::size_t selection_start, std::size_t selection_end) {
    const std::string_view before = shown.display;
    const std::size_t n0 = before.size(), n1 = edited.size();
    cursor = std::min(cursor, n1);
    // The changed stretch: what the user typed ends at the cursor, so the common
    // prefix stops there and the common suffix starts there at the earliest.
    std::size_t prefix = 0;
    const std::size_t prefix_limit = std::min({n0, n1, cursor});
    while (prefix < prefix_limit && before[prefix] == edited[prefix]) ++prefix;
    std::size_t suffix = 0;
    const std::size_t suffix_limit = std::min({n0 - prefix, n1 - prefix, n1 - cursor});
    while (suffix < suffix_limit && before[n0 - 1 - suffix] == edited[n1 - 1 - suffix]) ++suffix;

    // Which characters of the edited display are inserted breaks: those kept from before.
    std::vector<bool> soft(n1, false);
    for (std::size_t i = 0; i < prefix; ++i) soft[i] = isBreak(i, shown.breaks);
    for (std::size_t i = n1 - suffix; i < n1; ++i) soft[i] = isBreak(i + n0 - n1, shown.breaks);

    // Only inserted breaks removed, nothing typed: remove the character beyond the break too.
    std::size_t skip_from = 0, skip_to = 0;
    const bool nothing_typed = n1 - suffix == prefix;
    bool only_breaks_removed = nothing_typed && n0 - suffix > prefix;
    for (std::size_t i = prefix; only_breaks_removed && i < n0 - suffix; ++i) only_breaks_removed = isBreak(i, shown.breaks);
    if (only_breaks_removed) {
        if (cursor_before > prefix && prefix > 0) {  // Backspace at the start of a wrapped line
            skip_to = prefix;
            skip_from = prefix - 1;
            while (skip_from > 0 && isContinuation(edited[skip_from])) --skip_from;
        } else if (cursor_before <= prefix && prefix < n1) {  // Delete at the end of one
            skip_from = prefix;
            skip_to = prefix + 1;
            while (skip_to < n1 && isContinuation(edited[skip_to])) ++skip_to;
        }
    }

    TextEdit out;
    out.text.reserve(n1);
    std::vector<std::size_t> to_text(n1 + 1, 0);
    for (std::size_t i = 0; i < n1; ++i) {
        to_text[i] = out.text.size();
        if (soft[i] || (i >= skip_from && i < skip_to)) continue;
        out.text.push_back(edited[i]);
    }
    to_text[n1] = out.text.size();
    out.cursor = to_text[cursor];
    out.selection_start = to_text[std::min(selection_start, n1)];
    out.selection_end = to_text[std::min(selection_end, n1)];
    return out;
}

}  // namespace etappe::ui
