#include "ui/step_path.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/step_path_layout.h"
#include "ui/theme.h"

namespace etappe::ui {

namespace {

constexpr int kMaxLabelLines = 2;  // "Positive Beziehung" may take two lines
constexpr int kMinPerRow = 6;       // at most three rows of stations: more would push the step off the screen

ImU32 fillOf(StationState state) {
    switch (state) {
        case StationState::Done: return ImGui::GetColorU32(kSuccess);
        case StationState::Current: return ImGui::GetColorU32(kAccent);
        case StationState::Next: return ImGui::GetColorU32(ImVec4(0.80f, 0.88f, 0.95f, 1.0f));
        case StationState::Open: return ImGui::GetColorU32(ImVec4(0.93f, 0.93f, 0.94f, 1.0f));
    }
    return 0;
}

// The path as drawn: where the stations are, and each name's lines and place (none: numbers only).
struct PathPlan {
    StepPathLayout layout;
    std::vector<std::vector<std::string>> labels;
    LabelPlacement placement;
    int lines = 0;  // label lines above and below each row; 0: numbers on the path, the names in a list under it
};

// Every name under or over its station, in the fewest rows and lines that fit; else numbers only.
PathPlan planPath(const std::vector<Station>& stations, float width, float radius) {
    const int count = static_cast<int>(stations.size());
    const float line = ImGui::GetTextLineHeight();
    const float margin = em(0.45f);  // the selection ring and its anti-aliasing
    const float pad = em(0.6f);
    const float gap = em(2.8f);
    PathPlan plan;
    const StepPathLayout natural = layoutStepPath(count, width, radius, gap, 0.0f, margin);
    const int natural_per_row = std::max(1, (count + natural.rows - 1) / natural.rows);
    for (int per_row = natural_per_row; per_row >= std::min(kMinPerRow, natural_per_row); --per_row) {
        for (int lines = 1; lines <= kMaxLabelLines; ++lines) {
            plan.layout = layoutStepPath(count, width, radius, gap, 2.0f * line * static_cast<float>(lines), margin, per_row);
            const float room = 2.0f * plan.layout.slot - pad;  // the neighbours' labels sit on the other side
            plan.labels.clear();
            std::vector<float> widths;
            for (const Station& station : stations) {
                plan.labels.push_back(lines == 1 ? std::vector<std::string>{station.label} : wrapToWidth(station.label, room, lines));
                float widest = 0.0f;
                for (const std::string& l : plan.labels.back()) widest = std::max(widest, ImGui::CalcTextSize(l.c_str()).x);
                // A name cut with "…" is not readable: that does not count as fitting.
                for (const std::string& l : plan.labels.back()) {
                    if (lines > 1 && l.ends_with("…") && !station.label.ends_with("…")) widest = width + 1.0f;
                }
                widths.push_back(widest);
            }
            // A little short of the right edge: a child window clips its last pixel or two.
            plan.placement = placeLabels(plan.layout, widths, width - em(0.3f), pad);
            if (plan.placement.fits) {
                plan.lines = lines;
                return plan;
            }
        }
    }
    // The names go into a list under the path: the stations may stand closer, in fewer rows.
    plan.layout = layoutStepPath(count, width, radius, em(1.2f), 0.0f, margin);
    plan.labels.clear();
    plan.lines = 0;
    return plan;
}

// Where the path has no room for its names: all of them under it, "1 Reflection", in reading order and
// wrapping like a toolbar. The selected and the hovered station's name stand out; a name is clickable too.
int nameList(const std::vector<Station>& stations, int selected, int hovered) {
    int clicked = -1;
    for (std::size_t i = 0; i < stations.size(); ++i) {
        const int index = static_cast<int>(i);
        const std::string text = std::to_string(i + 1) + " " + stations[i].label;
        const float width = ImGui::CalcTextSize(text.c_str()).x;
        if (i > 0) sameLineOrWrap(width, em(1.0f));
        const bool emphasised = index == selected || index == hovered;
        ImGui::PushStyleColor(ImGuiCol_Text, emphasised ? ImGui::GetStyleColorVec4(ImGuiCol_Text) : kMutedText);
        ImGui::PushID(index);
        if (ImGui::Selectable(text.c_str(), index == selected, 0, ImVec2(width, 0.0f))) clicked = index;
        ImGui::PopID();
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", stations[i].tooltip.c_str());
        reportItem("path.name." + std::to_string(i + 1));
    }
    return clicked;
}

}  // namespace

int stepPath(const char* id, const std::vector<Station>& stations, int selected) {
    const float radius = em(0.85f);
    const float width = ImGui::GetContentRegionAvail().x;
    const PathPlan plan = planPath(stations, width, radius);
    const StepPathLayout& layout = plan.layout;
    const float line = ImGui::GetTextLineHeight();
    // With names on both sides, the first row's names above need room over it; the layout keeps room for
    // names above and below every row, of which the last row uses only those below.
    const float above = line * static_cast<float>(plan.lines);
    const ImVec2 area = ImGui::GetCursorScreenPos();
    const ImVec2 origin(area.x, area.y + above);
    ImGui::InvisibleButton(id, ImVec2(width, layout.height));
    reportItem(std::string("path.") + id);
    int clicked = -1;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const int hovered = ImGui::IsItemHovered()
                            ? stationAt(layout, PathPoint{mouse.x - origin.x, mouse.y - origin.y})
                            : -1;
    if (ImGui::IsItemClicked() && hovered >= 0) clicked = hovered;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 line_colour = ImGui::GetColorU32(ImVec4(0.70f, 0.72f, 0.75f, 1.0f));
    for (std::size_t i = 0; i + 1 < layout.centres.size(); ++i) {
        const ImVec2 a(origin.x + layout.centres[i].x, origin.y + layout.centres[i].y);
        const ImVec2 b(origin.x + layout.centres[i + 1].x, origin.y + layout.centres[i + 1].y);
        if (a.y == b.y) draw->AddLine(a, b, line_colour, em(0.15f));
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
        const bool emphasised = static_cast<int>(i) == selected || static_cast<int>(i) == hovered;
        if (plan.lines > 0) {
            // Every name, alternately under and over its station; the selected one in the text colour.
            const std::vector<std::string>& lines = plan.labels[i];
            const bool over = plan.placement.above[i];
            const float first_y = over ? c.y - radius - em(0.15f) - line * static_cast<float>(lines.size()) : c.y + radius + em(0.15f);
            const ImU32 colour = emphasised ? ImGui::GetColorU32(ImGuiCol_Text) : ImGui::GetColorU32(kMutedText);
            float widest = 0.0f;
            for (const std::string& l : lines) widest = std::max(widest, ImGui::CalcTextSize(l.c_str()).x);
            for (std::size_t l = 0; l < lines.size(); ++l) {
                const float w = ImGui::CalcTextSize(lines[l].c_str()).x;
                const float x = origin.x + plan.placement.left[i] + (widest - w) * 0.5f;
                draw->AddText(ImVec2(x, first_y + line * static_cast<float>(l)), colour, lines[l].c_str());
                ImGui::LogText("\n%s", lines[l].c_str());  // drawn past ImGui's text functions: logged for copying (and tests)
            }
        }
    }
    if (hovered >= 0) ImGui::SetTooltip("%s", stations[static_cast<std::size_t>(hovered)].tooltip.c_str());
    if (plan.lines == 0) {
        const int named = nameList(stations, selected, hovered);
        if (named >= 0) clicked = named;
    }
    return clicked;
}

namespace {
float legendItemWidth(const char* name) {
    return 2.0f * em(0.35f) + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(name).x;
}
}  // namespace

float stepPathLegendWidth(const std::array<const char*, 4>& names) {
    float width = em(1.0f) * static_cast<float>(names.size() - 1);
    for (const char* name : names) width += legendItemWidth(name);
    return width;
}

void stepPathLegend(const std::array<const char*, 4>& names) {
    const float dot = em(0.35f);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const float item_width = legendItemWidth(names[i]);
        if (i > 0) sameLineOrWrap(item_width, em(1.0f));
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float middle = pos.y + ImGui::GetTextLineHeight() * 0.5f;
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + dot, middle), dot, fillOf(static_cast<StationState>(i)), 16);
        // The open state's fill is nearly the background: an outline keeps it visible.
        ImGui::GetWindowDrawList()->AddCircle(ImVec2(pos.x + dot, middle), dot, ImGui::GetColorU32(ImVec4(0.70f, 0.72f, 0.75f, 1.0f)), 16);
        ImGui::Dummy(ImVec2(2.0f * dot, ImGui::GetTextLineHeight()));
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::TextColored(kMutedText, "%s", names[i]);
        reportItem(std::string("path.legend.") + std::to_string(i));
    }
}

}  // namespace etappe::ui
