#pragma once
// The text a frame draws, as a user would read it off the screen.
#include <string>

#include "app_fixture.h"

namespace etappe::testing {

// Draws one frame and returns every text ImGui rendered in it: ImGui's log,
// finished "to the clipboard", which here is a string. (Text drawn straight
// onto a draw list is logged by the widget that draws it.)
inline std::string drawnText(AppDriver& d) {
    static std::string logged;
    ImGuiIO& io = ImGui::GetIO();
    auto* previous = io.SetClipboardTextFn;
    io.SetClipboardTextFn = [](void*, const char* text) { logged = text; };
    logged.clear();
    d.ui.frame([&] {
        ImGui::LogToClipboard();
        d.app->buildFrame();
        ImGui::LogFinish();
    });
    io.SetClipboardTextFn = previous;
    return logged;
}

}  // namespace etappe::testing
