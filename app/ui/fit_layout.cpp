#include "ui/fit_layout.h"

#include <algorithm>
#include <vector>

namespace etappe::ui {

namespace {

constexpr std::string_view kEllipsis = "…";

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The longest prefix (ending at a character boundary) whose text plus "…" fits.
std::size_t longestFittingPrefix(std::string_view text, float width, const MeasureText& measure) {
    std::vector<std::size_t> ends;  // byte lengths of the prefixes that end between two characters
    for (std::size_t i = 1; i <= text.size(); ++i) {
        if (i == text.size() || !isContinuationByte(text[i])) ends.push_back(i);
    }
    // Binary search: the prefix of ends[fits - 1] bytes fits; ends[fits] does not (or is the end).
    std::size_t fits = 0, low = 0, high = ends.size();
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        if (measure(std::string(text.substr(0, ends[mid])) + std::string(kEllipsis)) <= width) {
            fits = mid + 1;
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return fits == 0 ? 0 : ends[fits - 1];
}

}  // namespace

bool fitsOnLine(float line_end, float spacing, float next_width, float right_edge) {
    return line_end + spacing + next_width <= right_edge;
}

PaneSplit splitPanes(float available, float spacing, float first_min, float second_min, float first_share) {
    PaneSplit split;
    if (available < first_min + spacing + second_min) {
        split.stacked = true;
        split.first_width = available;
        return split;
    }
    split.first_width = std::clamp(available * first_share, first_min, available - spacing - second_min);
    return split;
}

float stackedFirstHeight(float available, float first_share, float first_min, float second_min) {
    const float wanted = std::max(available * first_share, first_min);
    return std::max(0.0f, std::min(wanted, std::max(first_min, available - second_min)));
}

std::vector<float> columnWidths(const std::vector<float>& shares, const std::vector<float>& minimums, float available) {
    const std::size_t count = std::min(shares.size(), minimums.size());
    float minimum_sum = 0.0f;
    for (std::size_t i = 0; i < count; ++i) minimum_sum += minimums[i];
    std::vector<float> widths(minimums.begin(), minimums.begin() + static_cast<std::ptrdiff_t>(count));
    if (minimum_sum >= available) {
        for (float& w : widths) w *= minimum_sum > 0.0f ? available / minimum_sum : 0.0f;
        return widths;
    }
    // Share out the width; a column whose share falls short of its minimum keeps the minimum
    // and leaves the rest to the others. Each round fixes at least one column, or ends.
    std::vector<bool> fixed(count, false);
    for (std::size_t round = 0; round < count; ++round) {
        float rest = available, share_sum = 0.0f;
        for (std::size_t i = 0; i < count; ++i) {
            if (fixed[i]) rest -= minimums[i];
            else share_sum += shares[i];
        }
        bool changed = false;
        for (std::size_t i = 0; i < count; ++i) {
            if (fixed[i]) continue;
            widths[i] = share_sum > 0.0f ? rest * shares[i] / share_sum : 0.0f;
            if (widths[i] < minimums[i]) {
                fixed[i] = changed = true;
                widths[i] = minimums[i];
            }
        }
        if (!changed) break;
    }
    return widths;
}

std::string fitText(std::string_view text, float width, const MeasureText& measure) {
    if (measure(text) <= width) return std::string(text);
    if (measure(kEllipsis) > width) return {};
    std::size_t cut = longestFittingPrefix(text, width, measure);
    // Prefer a word boundary, unless that throws away more than half of what fits.
    const std::size_t space = text.substr(0, cut + 1).find_last_of(' ');
    if (space != std::string_view::npos && space > 0 && space * 2 >= cut) cut = space;
    // No separator is left dangling before the "…".
    std::string_view kept = text.substr(0, cut);
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (const std::string_view tail : {" ", ",", "-", "·", "–", "\u00A0"}) {
            if (kept.size() >= tail.size() && kept.substr(kept.size() - tail.size()) == tail) {
                kept.remove_suffix(tail.size());
                trimmed = true;
            }
        }
    }
    return std::string(kept) + std::string(kEllipsis);
}

std::vector<std::string> wrapText(std::string_view text, float width, int max_lines, const MeasureText& measure) {
    std::vector<std::string> lines;
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && static_cast<int>(lines.size()) < max_lines) {
        if (static_cast<int>(lines.size()) == max_lines - 1 || measure(text) <= width) {
            lines.push_back(fitText(text, width, measure));  // the last line takes the rest, cut
            break;
        }
        // The most words that fit; a first word wider than the line is cut on its own line.
        std::size_t end = 0;
        for (std::size_t space = text.find(' '); space != std::string_view::npos; space = text.find(' ', space + 1)) {
            if (measure(text.substr(0, space)) > width) break;
            end = space;
        }
        if (end == 0) {
            const std::size_t word_end = std::min(text.find(' '), text.size());
            lines.push_back(fitText(text.substr(0, word_end), width, measure));
            end = word_end;
        } else {
            lines.push_back(std::string(text.substr(0, end)));
        }
        text.remove_prefix(end);
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    }
    std::erase_if(lines, [](const std::string& line) { return line.empty(); });
    return lines;
}

}  // namespace etappe::ui
