#include "ui/step_path_layout.h"

#include <algorithm>
#include <cmath>

namespace etappe::ui {

StepPathLayout layoutStepPath(int count, float width, float radius, float min_gap, float label_height, float margin,
                              int max_per_row) {
    StepPathLayout layout;
    layout.radius = radius;
    if (count <= 0 || width <= 0.0f) return layout;
    const float diameter = 2.0f * radius;
    // The stations' outer edges stay inside [margin, width - margin].
    const float usable = std::max(diameter, width - 2.0f * margin);
    int fit_per_row = std::max(1, static_cast<int>((usable + min_gap) / (diameter + min_gap)));
    if (max_per_row > 0) fit_per_row = std::min(fit_per_row, max_per_row);
    layout.rows = (count + fit_per_row - 1) / fit_per_row;
    const int per_row = (count + layout.rows - 1) / layout.rows;  // balance the rows
    const float row_height = diameter + label_height + radius;
    layout.slot = per_row > 1 ? (usable - diameter) / static_cast<float>(per_row - 1) : usable;
    for (int i = 0; i < count; ++i) {
        const int row = i / per_row;
        const int column = i % per_row;
        const float x = per_row > 1 ? margin + radius + layout.slot * static_cast<float>(column) : width * 0.5f;
        layout.centres.push_back(PathPoint{x, radius + row_height * static_cast<float>(row)});
    }
    layout.height = row_height * static_cast<float>(layout.rows) - radius;
    return layout;
}

LabelPlacement placeLabels(const StepPathLayout& layout, const std::vector<float>& label_widths, float width, float pad) {
    LabelPlacement placement;
    const std::size_t count = std::min(layout.centres.size(), label_widths.size());
    std::size_t column = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0 && layout.centres[i].y != layout.centres[i - 1].y) column = 0;  // a new row starts
        const float w = label_widths[i];
        placement.left.push_back(std::clamp(layout.centres[i].x - w * 0.5f, 0.0f, std::max(0.0f, width - w)));
        placement.above.push_back(column % 2 == 1);
        if (w > width) placement.fits = false;
        ++column;
    }
    // Neighbours on the same side of the same row are two stations apart.
    for (std::size_t i = 0; i + 2 < placement.left.size(); ++i) {
        if (layout.centres[i + 2].y != layout.centres[i].y) continue;
        if (placement.left[i] + label_widths[i] + pad > placement.left[i + 2]) placement.fits = false;
    }
    return placement;
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
