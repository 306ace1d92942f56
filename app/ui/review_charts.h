#pragma once
// Charts of the review and development screens, drawn with ImDrawList like
// the rest of the chart module (chart.h): the 2×2 of life positions (a picker
// and a heat map), the balance-of-interests square with its point, stacked
// bars per month, a share line, and a heat map of ratings.
#include <imgui.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace etappe::ui {

// A 2×2 grid; cell 0 top left, 1 top right, 2 bottom left, 3 bottom right.
// Rows are labelled on the left, columns on top. `counts` (optional) turns it into
// a heat map with a number per cell. Returns the clicked cell, or -1.
struct QuadrantGrid {
    std::array<std::string, 2> row_labels;     // top, bottom
    std::array<std::string, 2> column_labels;  // left, right
    std::array<std::string, 4> cell_labels;    // drawn inside each cell (wrapped)
    std::array<ImU32, 4> cell_colours{};
    int selected = -1;                           // a ring around this cell
    std::optional<std::array<int, 4>> counts;  // heat map: darker = more
    std::array<std::string, 4> count_notes;    // beside each count, in brackets ("+2" against the previous period)
};
int quadrantGrid(const char* id, ImVec2 size, const QuadrantGrid& grid, bool clickable);

// The balance of interests: x = the rep's interests 0–10, y = the customer's
// 0–10; the four quadrants split at `met_from` with their names, and the point.
struct BalanceSquare {
    int own = -1;       // -1: no point
    int customer = -1;
    int met_from = 6;
    std::string x_label;
    std::string y_label;
    std::array<std::string, 4> quadrant_labels;  // top left (lose–win), top right (win–win), bottom left, bottom right
    std::array<ImU32, 4> quadrant_colours{};
};
void balanceSquare(const char* id, ImVec2 size, const BalanceSquare& square);

// Stacked bars: one column per x label, values stacked bottom-up in `colours` order.
struct StackedBars {
    std::vector<std::string> x_labels;
    std::vector<std::vector<double>> columns;  // per column, one value per series
    std::vector<ImU32> colours;                // per series
    std::vector<std::string> series_labels;    // the legend
    std::vector<std::string> series_names;     // in the tooltip per column (empty: the legend's labels)
};
void stackedBars(const char* id, ImVec2 size, const StackedBars& bars);

// A line of shares 0–1 over the x labels; missing values leave a gap.
void shareLine(const char* id, ImVec2 size, const std::vector<std::string>& x_labels,
               const std::vector<std::optional<double>>& shares, ImU32 colour);

// Rows × columns of cells with a score 0–1 (red → amber → green) or nothing (empty).
struct HeatMap {
    std::vector<std::string> row_labels;
    std::vector<std::string> column_labels;
    std::vector<std::vector<std::optional<double>>> cells;  // [row][column]
    std::vector<bool> highlighted_rows;                     // drawn bold with a marker
};
void heatMap(const char* id, ImVec2 size, const HeatMap& map);

// Colour of a score 0–1: red (0), amber (0.5), green (1).
ImU32 scoreColour(double score);

}  // namespace etappe::ui
