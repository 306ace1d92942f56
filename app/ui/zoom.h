#pragma once
// The zoom of the whole UI (Ctrl+Plus / Ctrl+Minus / Ctrl+0 / Ctrl+wheel), in
// fixed steps so that repeated zooming returns to the same sizes. Pure, so the
// step arithmetic is tested without ImGui.
#include <array>

namespace etappe::ui {

// 80 % for a crowded laptop screen up to 250 % for a projector in a workshop.
inline constexpr std::array<float, 10> kZoomSteps = {0.8f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f, 2.25f, 2.5f};
inline constexpr float kDefaultZoom = 1.0f;
inline constexpr float kMinZoom = kZoomSteps.front();
inline constexpr float kMaxZoom = kZoomSteps.back();

// The nearest step to `zoom` (a value from an old or edited settings file);
// the default for anything that is not a number.
float snapZoom(float zoom);
// The next step up or down; stays at the ends.
float zoomIn(float zoom);
float zoomOut(float zoom);
// 1.25 → 125.
int zoomPercent(float zoom);

}  // namespace etappe::ui
