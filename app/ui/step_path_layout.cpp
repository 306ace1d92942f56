#include "ui/step_path_layout.h"

#include <algorithm>
#include <cmath>

namespace etappe::ui {

StepPathLayout layoutStepPath(int count, float width, float radius, float min_gap, float label_height) {
    StepPathLayout layout;
    layout.radius = radius;
    if (count <= 0 || width <= 0.0f) return layout;
    const float diameter = 2.0f * radius;
    const int fit_per_row = std::max(1, static_cast<int>((width + min_gap) / (diameter + min_gap)));
    layout.rows = (count + fit_per_row - 1) / fit_per_row;
    const int per_row = (count + layout.rows - 1) / layout.rows;  // balance the rows
    const float row_height = diameter + label_height + radius;
    const float step = per_row > 1 ? (width - diameter) / static_cast<float>(per_row - 1) : 0.0f;
    for (int i = 0; i < count; ++i) {
        const int row = i / per_row;
        const int column = i % per_row;
        const float x = per_row > 1 ? radius + step * static_cast<float>(column) : width * 0.5f;
        layout.centres.push_back(PathPoint{x, radius + row_height * static_cast<float>(row)});
    }
    layout.height = row_height * static_cast<float>(layout.rows) - radius;
    return layout;
}

int stationAt(const StepPathLayout& layout, PathPoint point) {
    for (std::size_t i = 0; i < layout.centres.size(); ++i) {
        const float dx = point.x - layout.centres[i].x;
        const float dy = point.y - layout.centres[i].y;
        if (std::sqrt(dx * dx + dy * dy) <= layout.radius * 1.15f) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace etappe::ui
