#include "ui/fit.h"

#include <algorithm>

namespace etappe::ui {

namespace {

float measure(std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; }

float widthOrRest(float width) { return width < 0.0f ? ImGui::GetContentRegionAvail().x : width; }

void tooltipIfCut(bool cut, std::string_view text) {
    if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%.*s", static_cast<int>(text.size()), text.data());
}

}  // namespace

float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

float checkboxWidth(const char* label) {
    const float text = ImGui::CalcTextSize(label, nullptr, true).x;
    return ImGui::GetFrameHeight() + (text > 0.0f ? ImGui::GetStyle().ItemInnerSpacing.x + text : 0.0f);
}

float textWidth(const char* text) { return ImGui::CalcTextSize(text, nullptr, true).x; }

bool sameLineOrWrap(float next_width, float spacing) {
    if (spacing < 0.0f) spacing = ImGui::GetStyle().ItemSpacing.x;
    // Window coordinates, as the cursor: the line ends where the content region ends.
    const float line_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    const float right_edge = ImGui::GetWindowContentRegionMax().x;
    if (!fitsOnLine(line_end, spacing, next_width, right_edge)) return false;
    ImGui::SameLine(0.0f, spacing);
    return true;
}

void alignRight(float width) {
    const float right = ImGui::GetWindowContentRegionMax().x - width;
    if (right > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(right);
}

std::string fitToWidth(std::string_view text, float width) { return fitText(text, width, measure); }

std::vector<std::string> wrapToWidth(std::string_view text, float width, int max_lines) {
    return wrapText(text, width, max_lines, measure);
}

bool fittedText(std::string_view text, float width) {
    const std::string shown = fitToWidth(text, widthOrRest(width));
    ImGui::TextUnformatted(shown.c_str());
    const bool cut = shown != text;
    tooltipIfCut(cut, text);
    return cut;
}

bool fittedTextColored(const ImVec4& colour, std::string_view text, float width) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    const bool cut = fittedText(text, width);
    ImGui::PopStyleColor();
    return cut;
}

bool fittedSelectable(std::string_view text, const char* id, bool selected, ImGuiSelectableFlags flags, float width) {
    const std::string shown = fitToWidth(text, widthOrRest(width));
    const std::string label = shown + "###" + id;
    const bool clicked = ImGui::Selectable(label.c_str(), selected, flags);
    tooltipIfCut(shown != text, text);
    return clicked;
}

bool beginFittedCombo(const char* id, std::string_view preview, ImGuiComboFlags flags, const char* hint) {
    const ImGuiStyle& style = ImGui::GetStyle();
    // The preview stands left of the arrow button, inside the frame's padding.
    const float room = ImGui::CalcItemWidth() - ImGui::GetFrameHeight() - style.FramePadding.x * 2.0f;
    const std::string shown = fitToWidth(preview, std::max(room, 0.0f));
    if (ImGui::BeginCombo(id, shown.c_str(), flags)) return true;
    if (ImGui::IsItemHovered()) {
        const bool cut = shown != preview;
        const std::string whole(preview);
        if (cut && hint) ImGui::SetTooltip("%s\n%s", whole.c_str(), hint);
        else if (cut) ImGui::SetTooltip("%s", whole.c_str());
        else if (hint) ImGui::SetTooltip("%s", hint);
    }
    return false;
}

bool wrappedSelectable(std::string_view text, const char* id, bool selected, int max_lines) {
    const std::vector<std::string> lines = wrapText(text, ImGui::GetContentRegionAvail().x, max_lines, measure);
    const float line_height = ImGui::GetTextLineHeight();
    const int count = std::max(1, static_cast<int>(lines.size()));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const std::string label = std::string("##") + id;
    const bool clicked = ImGui::Selectable(label.c_str(), selected, 0, ImVec2(0.0f, line_height * static_cast<float>(count)));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        draw->AddText(ImVec2(origin.x, origin.y + line_height * static_cast<float>(i)), ImGui::GetColorU32(ImGuiCol_Text),
                      lines[i].c_str());
        ImGui::LogText("\n%s", lines[i].c_str());  // drawn past ImGui's text functions: logged for copying (and tests)
    }
    tooltipIfCut(lines.size() != 1 || lines.front() != text, text);
    return clicked;
}

}  // namespace etappe::ui
