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
};

// Lays `count` stations out left to right in as few rows as keep them at
// least `min_gap` apart (edge to edge). `label_height` is room under each station.
StepPathLayout layoutStepPath(int count, float width, float radius, float min_gap, float label_height);

// The station under `point` (relative to the same corner), or -1.
int stationAt(const StepPathLayout& layout, PathPoint point);

}  // namespace etappe::ui
