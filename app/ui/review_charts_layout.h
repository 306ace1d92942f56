#pragma once
// Pure geometry of the review charts (no ImGui), unit-tested on its own:
// which axis labels fit without overlapping, and where a 0–10 × 0–10 point or
// a cell of a grid sits.
#include <utility>

namespace etappe::ui::review_layout {

// Every how many-th label to draw so labels of `label_width` pixels with a gap
// of `gap` never overlap in slots of `slot_width` pixels (1 = every label).
int labelStride(float slot_width, float label_width, float gap);

// Left/right (or top/bottom) pixel of cell `index` of `count` cells spread over [from, to].
std::pair<float, float> cellSpan(float from, float to, int index, int count);

// 0–10 on an axis from `from` (0) to `to` (10), clamped.
float axisPosition(float from, float to, int value, int max_value = 10);

// The cell (0 or 1) a coordinate falls into when [from, to] is halved; -1 outside.
int halfOf(float from, float to, float at);

}  // namespace etappe::ui::review_layout
