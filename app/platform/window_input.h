#pragma once
// The window's input: what the GLFW callbacks report to the frame loop, and installing them.
#include <unordered_map>

#include "platform/key_taps.h"

struct GLFWwindow;

namespace etappe::platform {

// What the GLFW callbacks report to the loop (reached via the window's user
// pointer; ImGui 1.86's GLFW backend does not use it).
struct WindowEvents {
    bool any = false;            // something happened: render and settle
    bool scale_changed = false;  // the content scale changed, not yet applied
    // The code each held key was given on press (by scancode), so its release
    // matches even if the layout changed in between.
    std::unordered_map<int, int> held_keys;
    KeyTaps taps;  // quick taps are seen by at least one frame
};

// The events of a window whose user pointer is its WindowEvents.
WindowEvents& eventsOf(GLFWwindow* window);

// Every callback notes that something happened (the loop decides what to
// draw); input goes on to ImGui's backend, which is started without its own
// callbacks so that keys pass through onKey.
void installCallbacks(GLFWwindow* window);

}  // namespace etappe::platform
