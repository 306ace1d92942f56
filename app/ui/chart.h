#pragma once
// A tiny chart module drawn with ImDrawList (ImPlot is not packaged for
// Debian 12): a frame with axes, percentage ticks, bars, a line and dashed
// reference lines. The arithmetic lives in chart_scale.h.
#include <imgui.h>

#include <string>
#include <vector>

namespace etappe::ui {

// Bars (one per item, drawn relative to the largest bar) and an optional line
// of shares 0–1 over them (e.g. the cumulative share of a Pareto chart). Many
// items are summed into at most ~200 bars, as many as the width allows.
struct BarChartData {
    std::vector<double> values;     // one per item, >= 0
    std::vector<ImU32> colours;     // one per item; a merged bar takes its middle item's colour
    std::vector<double> line;       // empty, or one share 0–1 per item, drawn at each bar's right edge
    ImU32 line_colour = IM_COL32(30, 30, 30, 255);
};

// A horizontal dashed line at `share` (0–1) with a label at its right end.
struct ReferenceLine {
    double share = 0.0;
    ImU32 colour = IM_COL32(90, 90, 90, 255);
    std::string label;
};

struct ChartLabels {
    std::string x;  // under the x axis
    std::string y;  // above the y axis
};

// The items under the mouse (count 0 when none).
struct ChartHover {
    int first = 0;
    int count = 0;
};

// Reserves `size` (in pixels) at the cursor and draws the chart there.
ChartHover barChart(const char* id, ImVec2 size, const BarChartData& data, const std::vector<ReferenceLine>& lines,
                    const ChartLabels& labels);

}  // namespace etappe::ui
