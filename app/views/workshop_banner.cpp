#include "views/workshop_banner.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "history/edit.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace etappe::app {

namespace {

// The screen an exercise is worked on, and what it opens there.
NavigationRequest whereTo(const model::Exercise& e) {
    NavigationRequest request;
    const model::Id customer = e.customer_ids.empty() ? model::kNoId : e.customer_ids.front();
    switch (e.kind) {
        case model::ExerciseKind::PrepareMeeting: request.screen = "plan"; request.customer_id = customer; break;
        case model::ExerciseKind::RephraseActivities:
            request.screen = "activities";
            request.activity_id = e.activity_ids.empty() ? model::kNoId : e.activity_ids.front();
            break;
        case model::ExerciseKind::ClassifyCustomers: request.screen = "priorities"; break;
        case model::ExerciseKind::DebriefMeeting: request.screen = "review"; request.customer_id = customer; break;
    }
    return request;
}

}  // namespace

void ExerciseBanner::draw(UiContext& ctx, std::string_view showing_screen) {
    const auto& exercises = ctx.portfolio().exercises;
    if (exercises.empty() || showing_screen == "workshop") return;
    const auto& tr = ctx.tr;
    // The current exercise: the one chosen with "next", else the first not done.
    std::size_t index = exercises.size();
    for (std::size_t i = 0; i < exercises.size(); ++i)
        if (exercises[i].id == current_) index = i;
    if (index == exercises.size()) {
        index = 0;
        for (std::size_t i = 0; i < exercises.size(); ++i) {
            if (!exercises[i].done) {
                index = i;
                break;
            }
        }
        current_ = exercises[index].id;
    }
    const model::Exercise e = exercises[index];  // a copy: the buttons below change the document

    // Heading and title on the first line, the buttons after them when they
    // fit, else on a line of their own (a projector), and the instruction in
    // at most two lines below, whole in a tooltip when cut: the banner never scrolls.
    char heading[96];
    std::snprintf(heading, sizeof heading, tr.text("workshop.banner.heading"), static_cast<int>(index + 1),
                  static_cast<int>(exercises.size()));
    std::string title =
        e.title.empty() ? std::string(tr.text(("exercise.kind." + std::string(model::exerciseKindKey(e.kind))).c_str())) : e.title;
    if (e.done) title.insert(0, "✓ ");  // in front, so a cut title keeps it; the button says "not done yet"
    const char* go = tr.label("workshop.banner.go");
    const char* done = tr.label(e.done ? "workshop.banner.undone" : "workshop.banner.done");
    const char* next = tr.label("workshop.banner.next");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float inner = ImGui::GetContentRegionAvail().x - 2.0f * style.WindowPadding.x;
    const float buttons = ui::buttonWidth(go) + ui::buttonWidth(done) + ui::buttonWidth(next) + 2.0f * style.ItemSpacing.x;
    const float heading_width = ui::textWidth(heading) + style.ItemSpacing.x;
    // One line while the title keeps some 8 letters' room (cut with "…", whole in its tooltip).
    const float title_room = std::min(ui::textWidth(title.c_str()), ui::em(8.0f));
    const bool one_line = heading_width + title_room + style.ItemSpacing.x + buttons <= inner;
    const std::string instruction = e.instruction.empty() ? tr.text("workshop.banner.no_instruction") : e.instruction;
    // On a short screen (a projector at 720 lines) one line of instruction leaves the screen below its room.
    const int max_lines = ImGui::GetContentRegionAvail().y < ui::em(30.0f) ? 1 : 2;
    const std::vector<std::string> lines = ui::wrapToWidth(instruction, inner, max_lines);
    const float height = 2.0f * style.WindowPadding.y + ImGui::GetFrameHeightWithSpacing() * (one_line ? 1.0f : 2.0f) +
                         ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::max<std::size_t>(1, lines.size()));

    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.93f, 0.96f, 0.99f, 1.0f));
    ImGui::BeginChild("##exercise_banner", ImVec2(0, height), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ui::kAccent, "%s", heading);
    ImGui::SameLine();
    ui::fittedText(title, one_line ? ImGui::GetContentRegionAvail().x - buttons - style.ItemSpacing.x : -1.0f);
    if (one_line) ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttons);
    drawButtons(ctx, e, index, go, done, next);
    for (const std::string& line : lines) ImGui::TextUnformatted(line.c_str());
    const bool cut = !lines.empty() && lines.back().ends_with("…") && !instruction.ends_with("…");  // wrapText marks a cut so
    if (cut && ImGui::IsWindowHovered()) ImGui::SetTooltip("%s", instruction.c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ui::reportItem("workshop.banner");
}

void ExerciseBanner::drawButtons(UiContext& ctx, const model::Exercise& e, std::size_t index, const char* go, const char* done,
                                 const char* next) {
    const auto& exercises = ctx.portfolio().exercises;
    if (ImGui::Button(go)) ctx.navigate = whereTo(e);
    ui::reportItem("workshop.banner.go");
    ImGui::SameLine();
    if (ImGui::Button(done)) {
        model::Exercise after = e;
        after.done = !e.done;
        // Done moves on to the next exercise not done yet (after this one, then from the start).
        model::Id following = current_;
        if (after.done) {
            for (std::size_t step = 1; step < exercises.size(); ++step) {
                const model::Exercise& candidate = exercises[(index + step) % exercises.size()];
                if (!candidate.done) {
                    following = candidate.id;
                    break;
                }
            }
        }
        if (ctx.apply(history::editExercise(ctx.portfolio(), e, after))) current_ = following;
    }
    ui::reportItem("workshop.banner.done");
    ImGui::SameLine();
    if (ImGui::Button(next)) current_ = exercises[(index + 1) % exercises.size()].id;
    ui::reportItem("workshop.banner.next");
}

}  // namespace etappe::app
