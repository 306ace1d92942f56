#include "views/workshop_banner.h"

#include <imgui.h>

#include <string>

#include "history/edit.h"
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

    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.93f, 0.96f, 0.99f, 1.0f));
    ImGui::BeginChild("##exercise_banner", ImVec2(0, ui::em(4.6f)), true);
    char heading[96];
    std::snprintf(heading, sizeof heading, tr.text("workshop.banner.heading"), static_cast<int>(index + 1),
                  static_cast<int>(exercises.size()));
    ImGui::TextColored(ui::kAccent, "%s", heading);
    ImGui::SameLine();
    const std::string title =
        e.title.empty() ? std::string(tr.text(("exercise.kind." + std::string(model::exerciseKindKey(e.kind))).c_str())) : e.title;
    ImGui::TextUnformatted(title.c_str());
    if (e.done) {
        ImGui::SameLine();
        ImGui::TextColored(ui::kSuccess, "%s", tr.text("workshop.banner.is_done"));
    }
    ImGui::SameLine(ImGui::GetWindowWidth() - ui::em(24.0f));
    if (ImGui::SmallButton(tr.label("workshop.banner.go"))) ctx.navigate = whereTo(e);
    ui::reportItem("workshop.banner.go");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label(e.done ? "workshop.banner.undone" : "workshop.banner.done"))) {
        model::Exercise after = e;
        after.done = !e.done;
        // Done moves on to the next exercise not done yet (after this one, then from the start).
        model::Id next = current_;
        if (after.done) {
            for (std::size_t step = 1; step < exercises.size(); ++step) {
                const model::Exercise& candidate = exercises[(index + step) % exercises.size()];
                if (!candidate.done) {
                    next = candidate.id;
                    break;
                }
            }
        }
        if (ctx.apply(history::editExercise(ctx.portfolio(), e, after))) current_ = next;
    }
    ui::reportItem("workshop.banner.done");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("workshop.banner.next"))) current_ = exercises[(index + 1) % exercises.size()].id;
    ui::reportItem("workshop.banner.next");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(e.instruction.empty() ? tr.text("workshop.banner.no_instruction") : e.instruction.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ui::reportItem("workshop.banner");
}

}  // namespace etappe::app
