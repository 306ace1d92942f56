// The window's input callbacks: layout-aware keys, and every event noted for the frame loop.
#include "platform/window_input.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>

#include "platform/key_layout.h"

namespace etappe::platform {

WindowEvents& eventsOf(GLFWwindow* window) {
    return *static_cast<WindowEvents*>(glfwGetWindowUserPointer(window));
}

namespace {

// ImGui sees the key the layout prints, not GLFW's US position (see key_layout.h).
void onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    WindowEvents& events = eventsOf(window);
    events.any = true;
    int code = key;
    const auto held = events.held_keys.find(scancode);
    if (action != GLFW_PRESS && held != events.held_keys.end()) {
        code = held->second;
        if (action == GLFW_RELEASE) events.held_keys.erase(held);
    } else if (key != GLFW_KEY_UNKNOWN) {
        code = layoutKey(key, glfwGetKeyName(key, scancode));
        if (action == GLFW_PRESS) events.held_keys[scancode] = code;
    }
    if (action == GLFW_PRESS) events.taps.pressed(code);
    if (action == GLFW_RELEASE && !events.taps.release(KeyRelease{code, scancode, mods})) return;
    ImGui_ImplGlfw_KeyCallback(window, code, scancode, action, mods);
}

}  // namespace

void installCallbacks(GLFWwindow* window) {
    glfwSetCursorPosCallback(window, [](GLFWwindow* w, double, double) { eventsOf(w).any = true; });
    glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int button, int action, int mods) {
        eventsOf(w).any = true;
        ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
    });
    glfwSetScrollCallback(window, [](GLFWwindow* w, double x, double y) {
        eventsOf(w).any = true;
        ImGui_ImplGlfw_ScrollCallback(w, x, y);
    });
    glfwSetKeyCallback(window, onKey);
    glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int c) {
        eventsOf(w).any = true;
        ImGui_ImplGlfw_CharCallback(w, c);
    });
    glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int entered) {
        eventsOf(w).any = true;
        ImGui_ImplGlfw_CursorEnterCallback(w, entered);
    });
    glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int focused) {
        eventsOf(w).any = true;
        ImGui_ImplGlfw_WindowFocusCallback(w, focused);
    });
    glfwSetMonitorCallback(ImGui_ImplGlfw_MonitorCallback);
    glfwSetWindowSizeCallback(window, [](GLFWwindow* w, int, int) { eventsOf(w).any = true; });
    glfwSetFramebufferSizeCallback(window, [](GLFWwindow* w, int, int) { eventsOf(w).any = true; });
    glfwSetWindowIconifyCallback(window, [](GLFWwindow* w, int) { eventsOf(w).any = true; });
    glfwSetWindowCloseCallback(window, [](GLFWwindow* w) { eventsOf(w).any = true; });
    // Exposed after being covered: X11 does not keep the old pixels.
    glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) { eventsOf(w).any = true; });
    glfwSetWindowContentScaleCallback(window, [](GLFWwindow* w, float, float) {
        eventsOf(w).any = true;
        eventsOf(w).scale_changed = true;
    });
}

}  // namespace etappe::platform
