// HiDPI: the monitor's content scale sets the font size; the atlas is rebuilt at
// that size, not stretched by FontGlobalScale (issue 13, item 6).
#include <doctest/doctest.h>

#include "harness.h"
#include "platform/ui_scale.h"
#include "ui/fonts.h"

using namespace etappe;
using platform::uiScaleFrom;

TEST_CASE("the content scale sets the raster size; only a denser framebuffer sets FontGlobalScale") {
    // X11 or Windows at 96 dpi.
    auto s = uiScaleFrom(1.0f, 1.0f, 1024, 1024);
    CHECK(s.raster == 1.0f);
    CHECK(s.fontGlobalScale() == 1.0f);
    CHECK(s.layout() == 1.0f);
    // X11/Windows at 150 %: window and framebuffer alike in pixels; fonts built 1.5 times as large.
    s = uiScaleFrom(1.5f, 1.5f, 1536, 1536);
    CHECK(s.raster == 1.5f);
    CHECK(s.fontGlobalScale() == 1.0f);
    CHECK(s.layout() == 1.5f);
    CHECK(s.fontBuildScale(1.25f) == doctest::Approx(1.875f));  // with the user's zoom
    // macOS/Wayland at 200 %: the framebuffer has twice the window's units; fonts are rasterised
    // for the pixels and shown at window size, the layout stays at 1.
    s = uiScaleFrom(2.0f, 2.0f, 1024, 2048);
    CHECK(s.raster == 2.0f);
    CHECK(s.framebuffer_ratio == 2.0f);
    CHECK(s.fontGlobalScale() == 0.5f);
    CHECK(s.layout() == 1.0f);
    // Unequal axes take the larger; nonsense falls back to 1.
    CHECK(uiScaleFrom(1.0f, 1.25f, 800, 800).raster == 1.25f);
    CHECK(uiScaleFrom(0.0f, 0.0f, 0, 0).raster == 1.0f);
    CHECK(uiScaleFrom(-1.0f, -2.0f, 800, 600).raster == 1.0f);
}

TEST_CASE("fonts are rebuilt at the scaled size") {
    testing::HeadlessUi ui;
    ui::loadFonts(uiScaleFrom(1.0f, 1.0f, 800, 800).fontBuildScale(1.0f));
    const float base = ImGui::GetIO().Fonts->Fonts[0]->FontSize;
    ui::loadFonts(uiScaleFrom(2.0f, 2.0f, 800, 800).fontBuildScale(1.0f));
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FontSize == doctest::Approx(2.0f * base));
    CHECK(ImGui::GetIO().FontGlobalScale == 1.0f);
    ui::loadFonts(1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}
