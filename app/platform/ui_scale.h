#pragma once
// How big the UI is drawn on a monitor: pure arithmetic, tested without a window.
// The monitor's content scale sets the size the fonts are rasterised at (the atlas
// is rebuilt, nothing is stretched); FontGlobalScale only undoes a framebuffer that
// is larger than the window (macOS, Wayland), where ImGui works in window units.
namespace etappe::platform {

struct UiScale {
    float raster = 1.0f;             // font pixels per 96-dpi pixel
    float framebuffer_ratio = 1.0f;  // framebuffer pixels per window unit
    float layout() const { return raster / framebuffer_ratio; }
    // The factor the fonts are built at (ui::loadFonts) for the user's zoom.
    float fontBuildScale(float zoom) const { return raster * zoom; }
    // What ImGui's FontGlobalScale must be: 1 unless the framebuffer is denser than the window.
    float fontGlobalScale() const { return 1.0f / framebuffer_ratio; }
};

// From glfwGetWindowContentScale and the window's and framebuffer's widths.
inline UiScale uiScaleFrom(float content_x, float content_y, int window_width, int framebuffer_width) {
    UiScale scale;
    scale.raster = content_x > content_y ? content_x : content_y;
    if (!(scale.raster > 0.0f)) scale.raster = 1.0f;
    if (window_width > 0 && framebuffer_width > window_width) {
        scale.framebuffer_ratio = static_cast<float>(framebuffer_width) / static_cast<float>(window_width);
    }
    return scale;
}

}  // namespace etappe::platform
