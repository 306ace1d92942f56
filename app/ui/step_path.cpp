#include "ui/step_path.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/step_path_layout.h"
#include "ui/theme.h"

namespace etappe::ui {

namespace {

ImU32 fillOf(StationState state) {
    switch (state) {
        case StationState::Done: return ImGui::GetColorU32(kSuccess);
        case StationState::Current: return ImGui::GetColorU32(kAccent);
        case StationState::Next: return ImGui::GetColorU32(ImVec4(0.80f, 0.88f, 0.95f, 1.0f));
        case StationState::Open: return ImGui::GetColorU32(ImVec4(0.93f, 0.93f, 0.94f, 1.0f));
    }
    return 0;
}

}  // namespace

int stepPath(const char* id, const std::vector<Station>& stations, int selected) {
    const float radius = em(0.85f);
    const float label_height = ImGui::GetTextLineHeight() * 1.1f;
    const float width = ImGui::GetContentRegionAvail().x;
    const StepPathLayout layout =
        layoutStepPath(static_cast<int>(stations.size()), width, radius, em(2.8f), label_height);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, ImVec2(width, layout.height + label_height));
    int clicked = -1;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const int hovered = ImGui::IsItemHovered()
                            ? stationAt(layout, PathPoint{mouse.x - origin.x, mouse.y - origin.y})
                            : -1;
    if (ImGui::IsItemClicked() && hovered >= 0) clicked = hovered;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 line = ImGui::GetColorU32(ImVec4(0.70f, 0.72f, 0.75f, 1.0f));
    for (std::size_t i = 0; i + 1 < layout.centres.size(); ++i) {
        const ImVec2 a(origin.x + layout.centres[i].x, origin.y + layout.centres[i].y);
        const ImVec2 b(origin.x + layout.centres[i + 1].x, origin.y + layout.centres[i + 1].y);
        if (a.y == b.y) draw->AddLine(a, b, line, em(0.15f));
    }
    for (std::size_t i = 0; i < layout.centres.size(); ++i) {
        const Station& station = stations[i];
        const ImVec2 c(origin.x + layout.centres[i].x, origin.y + layout.centres[i].y);
        draw->AddCircleFilled(c, radius, fillOf(station.state), 32);
        reportRect(std::string("path.station.") + std::to_string(i + 1), ImVec2(c.x - radius, c.y - radius),
                   ImVec2(c.x + radius, c.y + radius));
        if (static_cast<int>(i) == selected) draw->AddCircle(c, radius + em(0.22f), ImGui::GetColorU32(kAccent), 32, em(0.15f));
        if (static_cast<int>(i) == hovered) draw->AddCircle(c, radius, ImGui::GetColorU32(ImGuiCol_Text), 32, 1.5f);
        const bool light = station.state == StationState::Done || station.state == StationState::Current;
        const std::string number = station.state == StationState::Done ? "✓" : std::to_string(i + 1);
        const ImVec2 size = ImGui::CalcTextSize(number.c_str());
        draw->AddText(ImVec2(c.x - size.x * 0.5f, c.y - size.y * 0.5f),
                      light ? IM_COL32_WHITE : ImGui::GetColorU32(ImGuiCol_Text), number.c_str());
        // Labels only where there is room: under the selected station and the current one.
        if (static_cast<int>(i) == selected || static_cast<int>(i) == hovered) {
            const ImVec2 label_size = ImGui::CalcTextSize(station.label.c_str());
            const float x = std::clamp(c.x - label_size.x * 0.5f, origin.x, origin.x + width - label_size.x);
            draw->AddText(ImVec2(x, c.y + radius + em(0.2f)), ImGui::GetColorU32(ImGuiCol_Text), station.label.c_str());
        }
    }
    if (hovered >= 0) ImGui::SetTooltip("%s", stations[static_cast<std::size_t>(hovered)].tooltip.c_str());
    reportItem(std::string("path.") + id);
    return clicked;
}

}  // namespace etappe::ui
