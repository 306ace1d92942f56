#include "views/welcome_view.h"

#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace etappe::app {

WelcomeView::Choice WelcomeView::draw(UiContext& ctx) {
    const auto& tr = ctx.tr;
    Choice choice = Choice::None;
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui::em(34.0f));
    ImGui::SetCursorPos(ImVec2((ImGui::GetContentRegionAvail().x - width) * 0.5f + ImGui::GetCursorPosX(),
                               ImGui::GetCursorPosY() + ui::em(3.0f)));
    ImGui::BeginChild("welcome", ImVec2(width, 0));
    ImGui::PushFont(ui::titleFont());
    ImGui::TextWrapped("%s", tr.text("welcome.title"));
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr.text("welcome.body"));
    ImGui::Spacing();
    ImGui::Spacing();
    const ImVec2 button(width, ui::em(2.4f));
    ImGui::PushStyleColor(ImGuiCol_Button, ui::kAccent);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (ImGui::Button(tr.label("welcome.open_sample"), button)) choice = Choice::OpenSample;
    ui::reportItem("welcome.open_sample");
    ImGui::PopStyleColor(2);
    ui::hintText(tr.text("welcome.sample_hint"));
    ImGui::Spacing();
    ImGui::BeginDisabled(ctx.read_only);
    if (ImGui::Button(tr.label("welcome.add_customer"), button)) choice = Choice::AddCustomer;
    ui::reportItem("welcome.add_customer");
    ImGui::EndDisabled();
    ImGui::Spacing();
    if (ImGui::Button(tr.label("welcome.open_file"), button)) choice = Choice::OpenFile;
    ImGui::EndChild();
    return choice;
}

}  // namespace etappe::app
