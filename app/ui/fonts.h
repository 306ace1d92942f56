#pragma once
#include <imgui.h>

// The app's fonts: DejaVu Sans in three faces, rasterised for the window's
// content scale. ImGui only (no GL), so headless tests can load them too.
namespace etappe::ui {

inline constexpr float kBaseFontPixels = 17.0f;
inline constexpr float kTitleFontFactor = 1.35f;
inline constexpr float kClockFontFactor = 2.7f;  // the observer's timer, readable across the room

// Replaces everything in ImGui's font atlas: DejaVu Sans at kBaseFontPixels *
// scale (the default font), DejaVu Sans Bold, a larger bold title face and a
// large bold face with digits only for clocks.
// The atlas is only filled; the renderer uploads it (the platform does that).
// Returns false when the TTF files are missing: ImGui's built-in font is used
// instead, which lacks – „ “ … € and shows them as '?'.
bool loadFonts(float scale);

// True when loadFonts found the DejaVu files (false also before any call).
bool fontsLoaded();

// Faces for emphasis and headings; fall back to the default font, so they are
// always safe to push.
ImFont* boldFont();
ImFont* titleFont();
ImFont* clockFont();  // digits, ':' and space only

// Lengths in multiples of the current font size, so layouts grow with the
// font and the content scale. Valid inside a frame.
float em(float n = 1.0f);

}  // namespace etappe::ui
