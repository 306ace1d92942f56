#pragma once
// Geometry of the 16-station path, pure arithmetic so it is tested without ImGui.
#include <vector>

namespace etappe::ui {

struct PathPoint {
    float x = 0.0f;
    float y = 0.0f;
};

struct StepPathLayout {
    std::vector<PathPoint> centres;  // relative to the top-left corner of the path area
    float radius = 0.0f;
    float height = 0.0f;
    int rows = 1;
    float slot = 0.0f;  // distance between neighbouring centres of a row: the room a station's label has
};

// Lays `count` stations out left to right in as few rows as keep them at
// least `min_gap` apart (edge to edge). `label_height` is room under each
// station; `margin` is kept free left and right of the outermost stations
// (for the ring around a selected one), so nothing is clipped at the edges.
// `max_per_row` > 0 caps the stations per row (more rows, wider slots for labels).
StepPathLayout layoutStepPath(int count, float width, float radius, float min_gap, float label_height,
                              float margin = 0.0f, int max_per_row = 0);

// Where the stations' names go. They alternate below and above the stations
// (even columns below), so each may use the room over its neighbours'
// connectors; a name stays within the width, and `fits` says whether no two
// names on the same side of a row come closer than `pad`.
struct LabelPlacement {
    std::vector<float> left;  // x of each label's left edge
    std::vector<bool> above;
    bool fits = true;
};
LabelPlacement placeLabels(const StepPathLayout& layout, const std::vector<float>& label_widths, float width, float pad);

// The station under `point` (relative to the same corner), or -1.
int stationAt(const StepPathLayout& layout, PathPoint point);

}  // namespace etappe::ui
