#include "ui/theme.h"

namespace etappe::ui {

void applyTheme(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.PopupRounding = 4.0f;
    style.FramePadding = ImVec2(8.0f, 5.0f);
    style.ItemSpacing = ImVec2(10.0f, 7.0f);
    style.CellPadding = ImVec2(8.0f, 4.0f);
    style.WindowPadding = ImVec2(14.0f, 12.0f);
    style.FrameBorderSize = 1.0f;
    ImVec4* colors = style.Colors;
    colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    colors[ImGuiCol_MenuBarBg] = ImVec4(0.91f, 0.92f, 0.93f, 1.0f);
    colors[ImGuiCol_Header] = ImVec4(0.80f, 0.88f, 0.95f, 1.0f);
    colors[ImGuiCol_HeaderHovered] = ImVec4(0.72f, 0.83f, 0.93f, 1.0f);
    colors[ImGuiCol_HeaderActive] = ImVec4(0.62f, 0.77f, 0.90f, 1.0f);
    colors[ImGuiCol_Button] = ImVec4(0.87f, 0.90f, 0.93f, 1.0f);
    colors[ImGuiCol_ButtonHovered] = ImVec4(0.75f, 0.84f, 0.92f, 1.0f);
    colors[ImGuiCol_ButtonActive] = ImVec4(0.62f, 0.77f, 0.90f, 1.0f);
    colors[ImGuiCol_CheckMark] = kAccent;
    colors[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
    colors[ImGuiCol_TableRowBgAlt] = ImVec4(0.96f, 0.97f, 0.98f, 1.0f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ImVec4 classColour(method::CustomerClass c) {
    switch (c) {
        case method::CustomerClass::A: return ImVec4(0.80f, 0.25f, 0.12f, 1.0f);
        case method::CustomerClass::B: return ImVec4(0.85f, 0.58f, 0.05f, 1.0f);
        case method::CustomerClass::C: return ImVec4(0.38f, 0.50f, 0.62f, 1.0f);
    }
    return kMutedText;
}

}  // namespace etappe::ui
