#pragma once
// Presentation mode for a workshop projector (issue 12, item 1): its own zoom
// range, a high-contrast theme, and which screens are private to the rep.
#include <string_view>

namespace etappe::ui {

// The zoom while presenting: 150 % to 250 %, one of the zoom steps; 200 % to start.
inline constexpr float kPresentMinZoom = 1.5f;
inline constexpr float kPresentMaxZoom = 2.5f;
inline constexpr float kPresentDefaultZoom = 2.0f;
// The nearest zoom step within the presentation range.
float presentationZoom(float zoom);
// The largest presentation zoom that leaves the screens the room they need on a
// display `width` × `height` logical pixels wide (a 1024×768 projector: 150 %;
// full HD: 250 %). Pure, for the tests.
float fittingPresentationZoom(float width, float height);

// F5, by GLFW code (the headless tests feed the same code).
inline constexpr int kKeyF5 = 294;

// Black on white, strong borders and selection: readable from the back of the room.
void applyPresentationTheme(float scale);

// Screens that show the rep's private matter (self-reviews, attitudes, the
// development report): left out of the sidebar while presenting.
bool isPrivateScreen(std::string_view screen_id);

}  // namespace etappe::ui
