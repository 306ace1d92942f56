#pragma once
// Soft wrapping for the wrapped text editor (ui::wrappedTextField): ImGui 1.86's
// multi-line field does not wrap, so the editor shows the text with a '\n'
// inserted at each soft break, reads every edit back into the text without
// them and maps the cursor between the two. Pure arithmetic, no ImGui.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace etappe::ui {

// The advance of one character (a Unicode code point) in the current font.
using AdvanceFn = std::function<float(char32_t)>;

struct SoftWrap {
    std::string display;              // the text with a '\n' at each soft break
    std::vector<std::size_t> breaks;  // display offsets of those inserted '\n', ascending
    int lines = 1;                    // lines shown (hard and soft)
};

// Wraps `text` to `width`: after the last space that still fits (spaces may hang
// over the edge), or inside a word longer than the line. The text's own '\n' stay.
SoftWrap softWrap(std::string_view text, float width, const AdvanceFn& advance);

// Offsets between the text and its display. A text offset at a soft break maps
// to the start of the next display line.
std::size_t textToDisplay(std::size_t text_offset, const std::vector<std::size_t>& breaks);
std::size_t displayToText(std::size_t display_offset, const std::vector<std::size_t>& breaks);

// The text of a display, the inserted breaks left out.
std::string withoutSoftBreaks(std::string_view display, const std::vector<std::size_t>& breaks);

// What the user made of the text: `shown` was in the field with the cursor at
// `cursor_before`; now the field holds `edited` with the cursor and selection
// given (display offsets). Deleting an inserted break alone (Backspace at the
// start of a wrapped line, Delete at its end) deletes the character beyond it,
// as it would in a word processor.
struct TextEdit {
    std::string text;
    std::size_t cursor = 0, selection_start = 0, selection_end = 0;  // text offsets
};
TextEdit readEdit(const SoftWrap& shown, std::size_t cursor_before, std::string_view edited, std::size_t cursor,
                  std::size_t selection_start, std::size_t selection_end);

}  // namespace etappe::ui
