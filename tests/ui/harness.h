#pragma once
// Headless ImGui: frames without a window or renderer, with mouse and keyboard
// fed as state (ImGui 1.86). Clicks take three frames: lay out, press, release.
#include <imgui.h>

#include <functional>
#include <string>

#include "ui/fonts.h"

namespace etappe::testing {

class HeadlessUi {
public:
    explicit HeadlessUi(ImVec2 size = ImVec2(1280, 800)) {
        IMGUI_CHECKVERSION();
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = size;
        io.DeltaTime = 1.0f / 60.0f;
        // Same key codes as the GLFW backend, so shortcuts are tested as shipped.
        io.KeyMap[ImGuiKey_Tab] = 258;
        io.KeyMap[ImGuiKey_LeftArrow] = 263;
        io.KeyMap[ImGuiKey_RightArrow] = 262;
        io.KeyMap[ImGuiKey_UpArrow] = 265;
        io.KeyMap[ImGuiKey_DownArrow] = 264;
        io.KeyMap[ImGuiKey_Delete] = 261;
        io.KeyMap[ImGuiKey_Backspace] = 259;
        io.KeyMap[ImGuiKey_Enter] = 257;
        io.KeyMap[ImGuiKey_Escape] = 256;
        io.KeyMap[ImGuiKey_Home] = 268;
        io.KeyMap[ImGuiKey_End] = 269;
        io.KeyMap[ImGuiKey_A] = 'A';
        io.KeyMap[ImGuiKey_C] = 'C';
        io.KeyMap[ImGuiKey_V] = 'V';
        io.KeyMap[ImGuiKey_X] = 'X';
        io.KeyMap[ImGuiKey_Y] = 'Y';
        io.KeyMap[ImGuiKey_Z] = 'Z';
        ui::loadFonts(1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~HeadlessUi() { ImGui::DestroyContext(context_); }
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    // One frame; `draw` builds the UI. Checks the ID/style stacks stay balanced.
    void frame(const std::function<void()>& draw) {
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        ++frames_;
    }
    void frames(int n, const std::function<void()>& draw) {
        for (int i = 0; i < n; ++i) frame(draw);
    }

    void moveMouse(ImVec2 pos) { ImGui::GetIO().MousePos = pos; }

    // Turns the mouse wheel over `pos` (positive: down, like a finger pulling the page up).
    void scroll(ImVec2 pos, float steps, const std::function<void()>& draw) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        io.MouseWheel = -steps;
        frame(draw);
        io.MouseWheel = 0.0f;
        frame(draw);
    }

    // Press over `pos` on one frame and release on the next.
    void click(ImVec2 pos, const std::function<void()>& draw) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        frame(draw);
        io.MouseDown[0] = true;
        frame(draw);
        io.MouseDown[0] = false;
        frame(draw);
    }

    void type(const std::string& text, const std::function<void()>& draw) {
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
        frame(draw);
    }

    // Presses a key (by the platform key code) for one frame, with optional Ctrl/Shift.
    void key(int code, const std::function<void()>& draw, bool ctrl = false, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeyShift = shift;
        io.KeysDown[code] = true;
        frame(draw);
        io.KeysDown[code] = false;
        frame(draw);
        io.KeyCtrl = false;
        io.KeyShift = false;
    }

    int frameCount() const { return frames_; }

private:
    ImGuiContext* context_ = nullptr;
    int frames_ = 0;
};

// Records where labelled items were drawn, so tests click them by position.
struct ItemProbe {
    ImVec2 min{-1, -1};
    ImVec2 max{-1, -1};
    bool seen() const { return min.x >= 0; }
    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

}  // namespace etappe::testing

namespace etappe::testing {

// Draws `content` inside one window that fills the display, as the app's shell does.
inline void inFullWindow(const std::function<void()>& content) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("full", nullptr, ImGuiWindowFlags_NoDecoration);
    content();
    ImGui::End();
}

}  // namespace etappe::testing
