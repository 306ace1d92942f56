#include "views/workshop_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "history/edit.h"
#include "rules/activity_coach.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "workshop/compare_export.h"
#include "views/workshop_helpers.h"

namespace etappe::app {

namespace {

using workshop_helpers::kindText;
using workshop_helpers::stepName;
using workshop_helpers::titleOf;

bool withoutTarget(const model::Exercise& e) {
    return e.kind == model::ExerciseKind::RephraseActivities ? e.activity_ids.empty() : e.customer_ids.empty();
}

}  // namespace

std::string WorkshopView::sidebarBadge(const UiContext& ctx) const {
    const auto n = ctx.portfolio().exercises.size();
    return n == 0 ? std::string() : std::to_string(n);  // the shell adds the parentheses
}

void WorkshopView::openMode(UiContext&, std::string_view mode) { compare_tab_ = mode == "compare"; }

void WorkshopView::draw(UiContext& ctx) {
    const auto& tr = ctx.tr;
    if (ImGui::RadioButton(tr.label("workshop.tab.exercises"), !compare_tab_)) compare_tab_ = false;
    ui::reportItem("workshop.tab.exercises");
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.label("workshop.tab.compare"), compare_tab_)) compare_tab_ = true;
    ui::reportItem("workshop.tab.compare");
    ImGui::Separator();
    if (compare_tab_) {
        drawCompare(ctx);
    } else {
        drawExercises(ctx);
    }
}

void WorkshopView::addExercise(UiContext& ctx, model::ExerciseKind kind) {
    const model::Portfolio& p = ctx.portfolio();
    model::Exercise e;
    e.id = history::nextFreeId(p);
    e.kind = kind;
    e.instruction = ctx.tr.text("workshop.instruction." + std::string(model::exerciseKindKey(kind)));
    // A sensible first target from the open file; the trainer changes it below.
    switch (kind) {
        case model::ExerciseKind::PrepareMeeting:
            for (const auto& c : p.customers) {
                if (ctx.treatedAsA(c.id)) {
                    e.customer_ids = {c.id};
                    break;
                }
            }
            e.first_step = 2;
            e.last_step = 9;
            break;
        case model::ExerciseKind::DebriefMeeting:
            for (const auto& c : p.customers) {
                if (!c.plans.empty()) {
                    e.customer_ids = {c.id};
                    break;
                }
            }
            break;
        case model::ExerciseKind::RephraseActivities:
            for (const auto& a : p.activities) {
                if (rules::reviewText(a.action, ctx.today).has(rules::CoachFlag::PseudoActivity)) e.activity_ids.push_back(a.id);
                if (e.activity_ids.size() >= 5) break;
            }
            break;
        case model::ExerciseKind::ClassifyCustomers:
            for (std::size_t i = 0; i < p.customers.size() && i < 8; ++i) e.customer_ids.push_back(p.customers[i].id);
            break;
    }
    if (e.customer_ids.empty() && !p.customers.empty() && kind != model::ExerciseKind::RephraseActivities)
        e.customer_ids = {p.customers.front().id};
    e.title = kindText(ctx.tr, kind);
    if (!e.customer_ids.empty() && kind != model::ExerciseKind::ClassifyCustomers)
        e.title += ": " + p.findCustomer(e.customer_ids.front())->name;
    if (ctx.apply(history::editExercise(p, std::nullopt, e))) selected_ = e.id;
}

void WorkshopView::drawExercises(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const auto& exercises = ctx.portfolio().exercises;
    if (exercises.empty()) {  // once there are exercises, the room goes to them
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ui::kMutedText, "%s", tr.text("workshop.intro"));
        ImGui::PopTextWrapPos();
    }
    bool first_button = true;
    for (const model::ExerciseKind kind : model::kExerciseKinds) {
        const std::string key = "workshop.add." + std::string(model::exerciseKindKey(kind));
        const char* label = tr.label(key);
        if (!first_button) ui::sameLineOrWrap(ui::buttonWidth(label));  // four buttons do not fit a projector's line
        first_button = false;
        if (ImGui::Button(label)) addExercise(ctx, kind);
        ui::reportItem(key);
    }
    if (static_cast<int>(exercises.size()) >= model::kMaxExercises) ImGui::TextColored(ui::kWarning, "%s", tr.text("workshop.full"));
    // The first exercise is open from the start, so the editor is never an empty pane.
    const bool selected_exists = std::any_of(exercises.begin(), exercises.end(), [&](const auto& e) { return e.id == selected_; });
    if (!selected_exists) selected_ = exercises.empty() ? model::kNoId : exercises.front().id;

    // List and editor side by side while both have room, else the list above the editor.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ui::PaneSplit split = ui::splitPanes(avail.x, ImGui::GetStyle().ItemSpacing.x, ui::em(14.0f), ui::em(26.0f), 0.34f);
    const float list_height = split.stacked ? ui::stackedFirstHeight(avail.y, 0.3f, ui::em(6.0f), ui::em(16.0f)) : 0.0f;
    ImGui::BeginChild("##exercise_list", ImVec2(split.stacked ? 0.0f : split.first_width, list_height), true);
    if (exercises.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ui::kMutedText, "%s", tr.text("workshop.none"));
        ImGui::PopTextWrapPos();
    }
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const model::Exercise& e = exercises[i];
        ImGui::PushID(static_cast<int>(e.id));
        const std::string line = std::to_string(i + 1) + ". " + titleOf(tr, e);
        if (ui::fittedSelectable(line, "##exercise", selected_ == e.id)) selected_ = e.id;
        if (withoutTarget(e)) ImGui::TextColored(ui::kWarning, "   %s", tr.text("workshop.no_target"));
        ImGui::PopID();
    }
    ImGui::EndChild();
    ui::reportItem("workshop.list");
    if (!split.stacked) ImGui::SameLine();
    ImGui::BeginChild("##exercise_editor", ImVec2(0, 0), true);
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        if (exercises[i].id == selected_) drawEditor(ctx, exercises[i], i);
    }
    ImGui::EndChild();
}

void WorkshopView::drawEditor(UiContext& ctx, const model::Exercise& exercise, std::size_t index) {
    const auto& tr = ctx.tr;
    const model::Portfolio& p = ctx.portfolio();
    // Work on a copy: the document may change under the buttons below.
    const model::Exercise e = exercise;
    if (draft_of_ != e.id || (!ImGui::IsAnyItemActive())) {
        title_draft_ = e.title;
        instruction_draft_ = e.instruction;
        draft_of_ = e.id;
    }
    auto commit = [&](const model::Exercise& after) {
        if (after != e) ctx.apply(history::editExercise(p, e, after));
    };
    ImGui::TextColored(ui::kAccent, "%s", kindText(tr, e.kind).c_str());
    ImGui::TextUnformatted(tr.text("workshop.title"));
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##title", &title_draft_);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        model::Exercise after = e;
        after.title = title_draft_;
        commit(after);
    }
    ui::reportItem("workshop.title");
    ImGui::TextUnformatted(tr.text("workshop.instruction"));
    if (ui::wrappedTextEditor("##instruction", instruction_draft_, 0.0f, 3, 8)) {
        model::Exercise after = e;
        after.instruction = instruction_draft_;
        commit(after);
    }
    ui::reportItem("workshop.instruction");

    const bool one_customer = e.kind == model::ExerciseKind::PrepareMeeting || e.kind == model::ExerciseKind::DebriefMeeting;
    if (one_customer) {
        const model::Customer* current = e.customer_ids.empty() ? nullptr : p.findCustomer(e.customer_ids.front());
        ImGui::TextUnformatted(tr.text("workshop.customer"));
        ImGui::SetNextItemWidth(std::min(ui::em(20.0f), ImGui::GetContentRegionAvail().x));
        if (ImGui::BeginCombo("##customer", current ? current->name.c_str() : tr.text("workshop.no_target"))) {
            for (const auto& c : p.customers) {
                if (ImGui::Selectable(c.name.c_str(), current == &c)) {
                    model::Exercise after = e;
                    after.customer_ids = {c.id};
                    commit(after);
                }
            }
            ImGui::EndCombo();
        }
        ui::reportItem("workshop.customer");
    }
    if (e.kind == model::ExerciseKind::PrepareMeeting) {
        int first = e.first_step;
        int last = e.last_step;
        const int steps = static_cast<int>(method::kConversationStepCount);
        // Steps a–b with − and + (each click one undo step); b never below a.
        ImGui::SetNextItemWidth(ui::em(8.0f));
        const bool a = ImGui::InputInt(tr.label("workshop.first_step"), &first);
        ui::reportItem("workshop.first_step");
        ImGui::SetNextItemWidth(ui::em(8.0f));
        const bool b = ImGui::InputInt(tr.label("workshop.last_step"), &last);
        ui::reportItem("workshop.last_step");
        if (a || b) {
            model::Exercise after = e;
            after.first_step = std::clamp(first, 1, steps);
            after.last_step = std::clamp(last, after.first_step, steps);
            if (a && after.last_step < after.first_step) after.last_step = after.first_step;
            commit(after);
        }
        ImGui::TextColored(ui::kMutedText, "%s – %s", stepName(tr, e.first_step).c_str(), stepName(tr, e.last_step).c_str());
    }
    if (e.kind == model::ExerciseKind::ClassifyCustomers) {
        ImGui::TextUnformatted(tr.text("workshop.customers"));
        ImGui::BeginChild("##targets", ImVec2(0, ui::em(12.0f)), true);
        for (const auto& c : p.customers) {
            bool on = std::find(e.customer_ids.begin(), e.customer_ids.end(), c.id) != e.customer_ids.end();
            ImGui::PushID(static_cast<int>(c.id));
            if (ImGui::Checkbox(c.name.c_str(), &on)) {
                model::Exercise after = e;
                if (on) {
                    after.customer_ids.push_back(c.id);
                } else {
                    std::erase(after.customer_ids, c.id);
                }
                commit(after);
            }
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    if (e.kind == model::ExerciseKind::RephraseActivities) {
        ImGui::TextUnformatted(tr.text("workshop.activities"));
        ImGui::BeginChild("##targets", ImVec2(0, ui::em(12.0f)), true);
        for (const auto& a : p.activities) {
            bool on = std::find(e.activity_ids.begin(), e.activity_ids.end(), a.id) != e.activity_ids.end();
            ImGui::PushID(static_cast<int>(a.id));
            const std::string label = a.action.empty() ? "–" : a.action;
            if (ImGui::Checkbox(label.c_str(), &on)) {
                model::Exercise after = e;
                if (on) {
                    after.activity_ids.push_back(a.id);
                } else {
                    std::erase(after.activity_ids, a.id);
                }
                commit(after);
            }
            if (rules::reviewText(a.action, ctx.today).has(rules::CoachFlag::PseudoActivity)) {
                ImGui::SameLine();
                ImGui::TextColored(ui::kWarning, "%s", tr.text("compare.flag.pseudo_activity"));
            }
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    if (withoutTarget(e)) ImGui::TextColored(ui::kWarning, "%s", tr.text("workshop.no_target_hint"));

    ImGui::Spacing();
    const auto& list = p.exercises;
    if (index > 0 && ImGui::Button(tr.label("workshop.up"))) {
        // Moving is a delete and an add at the new position: one undo step.
        history::Edit edit = history::editExercise(p, e, std::nullopt);
        edit.changes.push_back(history::Change<model::Exercise>{std::nullopt, e, model::kNoId, static_cast<int>(index - 1)});
        ctx.apply(std::move(edit));
        return;
    }
    ImGui::SameLine();
    if (index + 1 < list.size() && ImGui::Button(tr.label("workshop.down"))) {
        history::Edit edit = history::editExercise(p, e, std::nullopt);
        edit.changes.push_back(history::Change<model::Exercise>{std::nullopt, e, model::kNoId, static_cast<int>(index + 1)});
        ctx.apply(std::move(edit));
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.label("workshop.delete"))) {
        ctx.apply(history::editExercise(p, e, std::nullopt));
        selected_ = model::kNoId;
    }
    ui::reportItem("workshop.delete");
}
}  // namespace etappe::app
