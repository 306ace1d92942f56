#include "ui/zoom.h"

#include <cmath>

namespace etappe::ui {

namespace {
// Steps differ by at least 0.1: a zoom within this of a step is that step.
constexpr float kSameStep = 0.01f;
}  // namespace

float snapZoom(float zoom) {
    if (!std::isfinite(zoom)) return kDefaultZoom;
    float nearest = kZoomSteps.front();
    for (const float step : kZoomSteps) {
        if (std::fabs(step - zoom) < std::fabs(nearest - zoom)) nearest = step;
    }
    return nearest;
}

float zoomIn(float zoom) {
    for (const float step : kZoomSteps) {
        if (step > zoom + kSameStep) return step;
    }
    return kMaxZoom;
}

float zoomOut(float zoom) {
    for (auto it = kZoomSteps.rbegin(); it != kZoomSteps.rend(); ++it) {
        if (*it < zoom - kSameStep) return *it;
    }
    return kMinZoom;
}

int zoomPercent(float zoom) { return static_cast<int>(std::lround(zoom * 100.0f)); }

}  // namespace etappe::ui
