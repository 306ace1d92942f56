#pragma once
// Arithmetic of layouts that adapt to the window: toolbars that wrap, panes
// that stack, text cut to a width. Pure (no ImGui), so it is unit-tested with
// plain numbers; app/ui/fit.h applies it to ImGui items.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace etappe::ui {

// Whether the next item of a toolbar stays on the current line: `line_end` is
// where the previous item ends, `right_edge` where the line must end.
bool fitsOnLine(float line_end, float spacing, float next_width, float right_edge);

// Two panes side by side while both get their minimum width; otherwise one
// above the other (a narrow window, or a large zoom).
struct PaneSplit {
    bool stacked = false;
    float first_width = 0.0f;  // side by side: the first pane's width (the second takes the rest)
};
// `first_share` of the width goes to the first pane, within both minimums.
PaneSplit splitPanes(float available, float spacing, float first_min, float second_min, float first_share);

// Stacked panes share the height: the first gets `first_share`, at least
// `first_min`, and leaves the second at least `second_min` where possible.
float stackedFirstHeight(float available, float first_share, float first_min, float second_min);

// Widths of table columns sharing `available` by `shares`, each at least its
// minimum (say, its header) while all minimums fit; when they do not, the
// minimums shrink alike. Used as stretch weights, so headers are not cut.
std::vector<float> columnWidths(const std::vector<float>& shares, const std::vector<float>& minimums, float available);

// Width of a text in the current font; injected so the cut is tested without fonts.
using MeasureText = std::function<float(std::string_view)>;

// `text` as it fits into `width`: whole, or cut with "…". The cut goes after
// the last whole word when that keeps at least half of what would fit (names
// are not broken mid-word if it can be helped), else at a character boundary
// (never inside a UTF-8 sequence). Empty when not even "…" fits.
std::string fitText(std::string_view text, float width, const MeasureText& measure);

// `text` broken into at most `max_lines` lines of `width`, at spaces only; a
// word wider than a line, and the rest beyond the last line, are cut with
// fitText. No line is empty; an empty text gives no lines.
std::vector<std::string> wrapText(std::string_view text, float width, int max_lines, const MeasureText& measure);

}  // namespace etappe::ui
