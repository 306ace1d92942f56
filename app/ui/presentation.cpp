#include "ui/presentation.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "ui/theme.h"
#include "ui/zoom.h"

namespace etappe::ui {

float presentationZoom(float zoom) { return snapZoom(std::clamp(zoom, kPresentMinZoom, kPresentMaxZoom)); }

float fittingPresentationZoom(float width, float height) {
    // Below about 680 × 480 logical pixels the tables and editors no longer fit beside the sidebar.
    float best = kPresentMinZoom;
    for (float step : kZoomSteps)
        if (step >= kPresentMinZoom && step <= kPresentMaxZoom && width / step >= 680.0f && height / step >= 480.0f) best = step;
    return best;
}

void applyPresentationTheme(float scale) {
    applyTheme(scale);
    ImGuiStyle& style = ImGui::GetStyle();
    style.FrameBorderSize = std::max(1.0f, std::floor(scale));
    style.ChildBorderSize = style.FrameBorderSize;
    style.WindowBorderSize = style.FrameBorderSize;
    ImVec4* colors = style.Colors;
    const ImVec4 black{0.0f, 0.0f, 0.0f, 1.0f};
    const ImVec4 white{1.0f, 1.0f, 1.0f, 1.0f};
    colors[ImGuiCol_Text] = black;
    colors[ImGuiCol_TextDisabled] = ImVec4(0.30f, 0.30f, 0.30f, 1.0f);
    colors[ImGuiCol_WindowBg] = white;
    colors[ImGuiCol_ChildBg] = white;
    colors[ImGuiCol_PopupBg] = white;
    colors[ImGuiCol_MenuBarBg] = ImVec4(0.85f, 0.85f, 0.85f, 1.0f);
    colors[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.85f);
    colors[ImGuiCol_FrameBg] = white;
    colors[ImGuiCol_FrameBgHovered] = ImVec4(0.88f, 0.93f, 1.0f, 1.0f);
    colors[ImGuiCol_FrameBgActive] = ImVec4(0.80f, 0.88f, 1.0f, 1.0f);
    colors[ImGuiCol_Header] = ImVec4(0.55f, 0.75f, 1.0f, 1.0f);
    colors[ImGuiCol_HeaderHovered] = ImVec4(0.70f, 0.80f, 0.95f, 1.0f);
    colors[ImGuiCol_HeaderActive] = ImVec4(0.45f, 0.68f, 1.0f, 1.0f);
    colors[ImGuiCol_Button] = ImVec4(0.82f, 0.86f, 0.92f, 1.0f);
    colors[ImGuiCol_ButtonHovered] = ImVec4(0.65f, 0.75f, 0.90f, 1.0f);
    colors[ImGuiCol_ButtonActive] = ImVec4(0.50f, 0.63f, 0.85f, 1.0f);
    colors[ImGuiCol_CheckMark] = ImVec4(0.0f, 0.20f, 0.55f, 1.0f);
    colors[ImGuiCol_TableHeaderBg] = ImVec4(0.82f, 0.82f, 0.82f, 1.0f);
    colors[ImGuiCol_TableBorderStrong] = black;
    colors[ImGuiCol_TableBorderLight] = ImVec4(0.35f, 0.35f, 0.35f, 1.0f);
    colors[ImGuiCol_TableRowBgAlt] = ImVec4(0.93f, 0.93f, 0.93f, 1.0f);
    colors[ImGuiCol_Separator] = black;
    colors[ImGuiCol_ScrollbarGrab] = ImVec4(0.35f, 0.35f, 0.35f, 1.0f);
}

bool isPrivateScreen(std::string_view screen_id) { return screen_id == "review" || screen_id == "development"; }

}  // namespace etappe::ui
