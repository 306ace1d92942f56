#include "ui/fonts.h"

#include <cstdio>

namespace etappe::ui {
namespace {

constexpr const char* kRegularPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBoldPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

// The atlas keeps a pointer to this array until it is rebuilt, so it must
// live for the whole program. Glyphs the font lacks are simply skipped.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 (umlauts, ß, §, °)
    0x0100, 0x017F,  // Latin Extended-A (names such as Łukasz, Dvořák)
    0x2010, 0x205E,  // General Punctuation: – — „ “ ” ‚ ‘ ’ … ‰
    0x20AC, 0x20AC,  // €
    0x2190, 0x21FF,  // arrows
    0x25A0, 0x25FF,  // geometric shapes (■ ● ▶)
    0x2690, 0x2691,  // ⚐ ⚑ (the coach's flag)
    0x270E, 0x270E,  // ✎ (a class set by hand)
    0x2713, 0x2717,  // ✓ ✔ ✕ ✖ ✗
    0,
};
// The clock face only needs digits and the colon: a large face stays small in the atlas.
constexpr ImWchar kClockGlyphRanges[] = {0x0020, 0x003A, 0};

// The order in which loadFonts adds the faces; the accessors rely on it.
enum FontSlot { kRegular = 0, kBold = 1, kTitle = 2, kClock = 3, kSlotCount = 4 };

bool readable(const char* path) {
    // ImGui asserts (and Debian's build aborts) when a font file cannot be
    // opened, so look before handing the path over.
    std::FILE* file = std::fopen(path, "rb");
    if (file == nullptr) return false;
    std::fclose(file);
    return true;
}

ImFont* addFace(ImFontAtlas& atlas, const char* path, float pixels, const ImWchar* ranges = kGlyphRanges) {
    ImFontConfig config;
    // Horizontal oversampling keeps glyphs smooth at sub-pixel positions; 2 looks
    // like ImGui's default 3 at text sizes and keeps the atlas smaller.
    config.OversampleH = 2;
    config.OversampleV = 1;
    return atlas.AddFontFromFileTTF(path, pixels, &config, ranges);
}

ImFont* slot(FontSlot which) {
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (atlas.Fonts.Size == kSlotCount) return atlas.Fonts[which];
    return atlas.Fonts.Size > 0 ? atlas.Fonts[0] : ImGui::GetFont();
}

}  // namespace

bool loadFonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas& atlas = *io.Fonts;
    atlas.Clear();
    io.FontDefault = nullptr;
    if (scale <= 0.0f) scale = 1.0f;
    const float pixels = kBaseFontPixels * scale;

    if (!readable(kRegularPath) || !readable(kBoldPath)) {
        // ProggyClean is a bitmap-like font drawn for 13 px: keep it pixel-snapped.
        ImFontConfig config;
        config.SizePixels = 13.0f * scale;
        config.OversampleH = config.OversampleV = 1;
        config.PixelSnapH = true;
        atlas.AddFontDefault(&config);
        return false;
    }
    addFace(atlas, kRegularPath, pixels);
    addFace(atlas, kBoldPath, pixels);
    addFace(atlas, kBoldPath, pixels * kTitleFontFactor);
    addFace(atlas, kBoldPath, pixels * kClockFontFactor, kClockGlyphRanges);
    return atlas.Fonts.Size == kSlotCount;
}

bool fontsLoaded() {
    return ImGui::GetIO().Fonts->Fonts.Size == kSlotCount;
}

ImFont* boldFont() { return slot(kBold); }
ImFont* titleFont() { return slot(kTitle); }
ImFont* clockFont() { return slot(kClock); }

float em(float n) {
    float size = ImGui::GetFontSize();
    if (size <= 0.0f) {
        // Outside a frame ImGui has no current font yet: use the default one.
        const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
        size = atlas.Fonts.Size > 0 ? atlas.Fonts[0]->FontSize : kBaseFontPixels;
        size *= ImGui::GetIO().FontGlobalScale;
    }
    return size * n;
}

}  // namespace etappe::ui
