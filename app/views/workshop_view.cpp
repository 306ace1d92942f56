#include "views/workshop_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "history/edit.h"
#include "rules/activity_coach.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "workshop/compare_export.h"

namespace etappe::app {

namespace {

std::string kindText(const i18n::Translator& tr, model::ExerciseKind kind) {
    return tr.text("exercise.kind." + std::string(model::exerciseKindKey(kind)));
}

std::string titleOf(const i18n::Translator& tr, const model::Exercise& e) { return e.title.empty() ? kindText(tr, e.kind) : e.title; }

bool withoutTarget(const model::Exercise& e) {
    return e.kind == model::ExerciseKind::RephraseActivities ? e.activity_ids.empty() : e.customer_ids.empty();
}

// Heat from white (0) to the method's green (1).
ImVec4 heat(int score, int out_of) {
    const float share = out_of > 0 ? static_cast<float>(score) / static_cast<float>(out_of) : 0.0f;
    return ImVec4(1.0f - 0.68f * share, 1.0f - 0.37f * share, 1.0f - 0.68f * share, 1.0f);
}

void heatCell(int score, int out_of, const std::string& text) {
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(heat(score, out_of)));
    ImGui::TextUnformatted(text.c_str());
}

void bulletList(const std::vector<std::string>& items) {
    if (items.empty()) ImGui::TextColored(ui::kMutedText, "–");
    for (const auto& item : items) ImGui::BulletText("%s", item.c_str());
}

std::string stepName(const i18n::Translator& tr, int step) {
    return std::to_string(step) + " " +
           tr.text("step." + std::string(method::conversationStepKey(method::conversationStepAt(static_cast<std::size_t>(step - 1)))) +
                   ".name");
}

}  // namespace

std::string WorkshopView::sidebarBadge(const UiContext& ctx) const {
    const auto n = ctx.portfolio().exercises.size();
    return n == 0 ? std::string() : "(" + std::to_string(n) + ")";
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
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(ui::kMutedText, "%s", tr.text("workshop.intro"));
    ImGui::PopTextWrapPos();
    for (const model::ExerciseKind kind : model::kExerciseKinds) {
        const std::string key = "workshop.add." + std::string(model::exerciseKindKey(kind));
        if (ImGui::Button(tr.label(key))) addExercise(ctx, kind);
        ui::reportItem(key);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    if (static_cast<int>(exercises.size()) >= model::kMaxExercises) ImGui::TextColored(ui::kWarning, "%s", tr.text("workshop.full"));

    ImGui::BeginChild("##exercise_list", ImVec2(ui::em(18.0f), 0), true);
    if (exercises.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ui::kMutedText, "%s", tr.text("workshop.none"));
        ImGui::PopTextWrapPos();
    }
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        const model::Exercise& e = exercises[i];
        ImGui::PushID(static_cast<int>(e.id));
        const std::string line = std::to_string(i + 1) + ". " + titleOf(tr, e);
        if (ImGui::Selectable(line.c_str(), selected_ == e.id)) selected_ = e.id;
        if (withoutTarget(e)) ImGui::TextColored(ui::kWarning, "   %s", tr.text("workshop.no_target"));
        ImGui::PopID();
    }
    ImGui::EndChild();
    ui::reportItem("workshop.list");
    ImGui::SameLine();
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
    ImGui::InputTextMultiline("##instruction", &instruction_draft_, ImVec2(-1.0f, ui::em(5.0f)));
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        model::Exercise after = e;
        after.instruction = instruction_draft_;
        commit(after);
    }
    ui::reportItem("workshop.instruction");

    const bool one_customer = e.kind == model::ExerciseKind::PrepareMeeting || e.kind == model::ExerciseKind::DebriefMeeting;
    if (one_customer) {
        const model::Customer* current = e.customer_ids.empty() ? nullptr : p.findCustomer(e.customer_ids.front());
        ImGui::TextUnformatted(tr.text("workshop.customer"));
        ImGui::SetNextItemWidth(ui::em(20.0f));
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

void WorkshopView::runComparison(const UiContext& ctx) {
    workshop::LoadedParticipants loaded = workshop::loadParticipants(files_);
    const model::Portfolio* reference = ctx.portfolio().exercises.empty() ? nullptr : &ctx.portfolio();
    comparison_ = workshop::compare(reference, std::move(loaded.participants), std::move(loaded.skipped), ctx.today);
    detail_ = 0;
}

void WorkshopView::drawCompare(UiContext& ctx) {
    const auto& tr = ctx.tr;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(ui::kMutedText, "%s", tr.text("workshop.compare_intro"));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr.label("workshop.add_file"))) {
        const char* home = std::getenv("HOME");
        open_dialog_.show(ui::FileDialog::Mode::Open, home ? home : ".", "", {".etappe"}, "compare");
    }
    ui::reportItem("workshop.add_file");
    if (auto path = open_dialog_.draw(tr)) {
        if (std::find(files_.begin(), files_.end(), *path) == files_.end()) files_.push_back(*path);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(files_.empty());
    if (ImGui::Button(tr.label("workshop.run_compare"))) runComparison(ctx);
    ui::reportItem("workshop.run_compare");
    ImGui::SameLine();
    if (ImGui::Button(tr.label("workshop.clear_files"))) {
        files_.clear();
        comparison_.reset();
    }
    ImGui::EndDisabled();
    if (comparison_) {
        ImGui::SameLine();
        if (ImGui::Button(tr.label("workshop.export"))) {
            const char* home = std::getenv("HOME");
            export_dialog_.show(ui::FileDialog::Mode::Save, home ? home : ".", "workshop.html", {".html", ".json"}, "compare_export");
        }
        ui::reportItem("workshop.export");
    }
    if (auto path = export_dialog_.draw(tr)) {
        if (comparison_) {
            const auto result = workshop::writeComparison(*path, *comparison_, tr, true);
            if (result.ok()) {
                ctx.status(tr.text("workshop.exported"));
            } else {
                ctx.status(std::string(tr.text("workshop.export_failed")) + " " + i18n::render(tr, result.detail));
            }
        }
    }
    char count[64];
    std::snprintf(count, sizeof count, tr.text("workshop.files"), static_cast<int>(files_.size()),
                  static_cast<int>(workshop::kMaxParticipants));
    ImGui::TextUnformatted(count);
    if (!comparison_) {
        for (const auto& f : files_) ImGui::BulletText("%s", f.c_str());
        return;
    }
    const workshop::Comparison& c = *comparison_;
    ImGui::BeginChild("##comparison", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    if (!c.skipped.empty()) {
        ImGui::TextColored(ui::kWarning, "%s", tr.text("compare.skipped"));
        for (const auto& s : c.skipped) {
            std::string reason = tr.text(s.reason_key);
            if (!s.detail.empty()) {
                reason += " – ";
                reason += i18n::render(tr, s.detail);
            }
            ImGui::BulletText("%s: %s", s.file.c_str(), reason.c_str());
        }
    }
    // The summary: participants × exercises, heat by the exercise's figure.
    ImGui::TextUnformatted(tr.text("compare.summary"));
    const int columns = static_cast<int>(c.exercises.size()) + 4;
    if (columns <= 64 && ImGui::BeginTable("##summary", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn(tr.text("compare.participant"));
        for (std::size_t x = 0; x < c.exercises.size(); ++x) ImGui::TableSetupColumn(std::to_string(x + 1).c_str());
        ImGui::TableSetupColumn(tr.text("compare.checkpoints"));
        ImGui::TableSetupColumn(tr.text("compare.concrete"));
        ImGui::TableSetupColumn("A / B / C");
        ImGui::TableHeadersRow();
        for (const auto& p : c.participants) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.label.c_str());
            for (const auto& a : p.answers) {
                ImGui::TableNextColumn();
                heatCell(a.score, a.out_of, std::to_string(a.score) + "/" + std::to_string(a.out_of) + (a.done ? " ✓" : ""));
            }
            ImGui::TableNextColumn();
            ImGui::Text("%d", p.checkpoints_ticked);
            ImGui::TableNextColumn();
            ImGui::Text("%d / %d", p.concrete_activities, p.activities);
            ImGui::TableNextColumn();
            ImGui::Text("%d / %d / %d", p.classes[0], p.classes[1], p.classes[2]);
        }
        ImGui::EndTable();
    }
    ui::reportItem("compare.summary");
    if (c.exercises.empty() || c.participants.empty()) {
        ImGui::EndChild();
        return;
    }
    detail_ = std::min(detail_, c.exercises.size() - 1);
    ImGui::Spacing();
    for (std::size_t x = 0; x < c.exercises.size(); ++x) {
        ImGui::PushID(static_cast<int>(x));
        if (ImGui::RadioButton((std::to_string(x + 1) + ". " + titleOf(tr, c.exercises[x])).c_str(), detail_ == x)) detail_ = x;
        ImGui::PopID();
        if (x + 1 < c.exercises.size()) ImGui::SameLine();
    }
    drawExerciseDetail(ctx, c, detail_);
    ImGui::EndChild();
}

void WorkshopView::drawExerciseDetail(UiContext& ctx, const workshop::Comparison& c, std::size_t x) {
    const auto& tr = ctx.tr;
    const model::Exercise& e = c.exercises[x];
    if (!e.instruction.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ui::kMutedText, "%s", e.instruction.c_str());
        ImGui::PopTextWrapPos();
    }
    const int people = static_cast<int>(std::min<std::size_t>(c.participants.size(), 60));
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;
    switch (e.kind) {
        case model::ExerciseKind::PrepareMeeting: {
            if (!ImGui::BeginTable("##prepare", people + 1, flags)) break;
            ImGui::TableSetupColumn(tr.text("compare.step"));
            for (int i = 0; i < people; ++i) ImGui::TableSetupColumn(c.participants[static_cast<std::size_t>(i)].label.c_str());
            ImGui::TableHeadersRow();
            for (int step = e.first_step; step <= e.last_step; ++step) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(stepName(tr, step).c_str());
                for (int i = 0; i < people; ++i) {
                    ImGui::TableNextColumn();
                    const auto& a = c.participants[static_cast<std::size_t>(i)].answers[x].prepare;
                    if (!a.has_plan) {
                        ImGui::TextColored(ui::kMutedText, "–");
                        continue;
                    }
                    int ticked = 0;
                    std::string marks;
                    for (bool b : a.checkpoints[static_cast<std::size_t>(step - e.first_step)]) {
                        ticked += b ? 1 : 0;
                        marks += b ? "●" : "○";
                    }
                    heatCell(ticked, 3, marks);
                }
            }
            const auto row = [&](const char* key, auto fill) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(tr.text(key));
                for (int i = 0; i < people; ++i) {
                    ImGui::TableNextColumn();
                    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ui::em(14.0f));
                    fill(c.participants[static_cast<std::size_t>(i)].answers[x].prepare);
                    ImGui::PopTextWrapPos();
                }
            };
            row("compare.hook", [](const workshop::PrepareAnswer& a) { ImGui::TextUnformatted(a.hook.empty() ? "–" : a.hook.c_str()); });
            row("compare.questions", [](const workshop::PrepareAnswer& a) { bulletList(a.questions); });
            row("compare.proposals", [](const workshop::PrepareAnswer& a) { bulletList(a.proposals); });
            row("compare.objections", [](const workshop::PrepareAnswer& a) { bulletList(a.objections); });
            ImGui::EndTable();
            break;
        }
        case model::ExerciseKind::RephraseActivities: {
            if (!ImGui::BeginTable("##rephrase", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) break;
            ImGui::TableSetupColumn(tr.text("compare.participant"), ImGuiTableColumnFlags_WidthFixed, ui::em(8.0f));
            ImGui::TableSetupColumn(tr.text("compare.sentence"));
            ImGui::TableSetupColumn(tr.text("compare.verdict"));
            ImGui::TableHeadersRow();
            for (const auto& p : c.participants) {
                for (const auto& a : p.answers[x].activities) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(p.label.c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextWrapped("%s", a.text.c_str());
                    ImGui::TableNextColumn();
                    std::string verdict = !a.present ? tr.text("compare.deleted") : a.concrete ? tr.text("compare.concrete") : "";
                    for (const auto& flag : a.flag_keys) verdict += (verdict.empty() ? "" : ", ") + std::string(tr.text("compare.flag." + flag));
                    heatCell(a.concrete ? 1 : 0, 1, verdict);
                }
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TableNextColumn();
                char counts[96];
                std::snprintf(counts, sizeof counts, tr.text("compare.concrete_of"), p.answers[x].score, p.answers[x].out_of);
                ImGui::TextColored(ui::kAccent, "%s", counts);
            }
            ImGui::EndTable();
            break;
        }
        case model::ExerciseKind::ClassifyCustomers: {
            if (!ImGui::BeginTable("##classify", people + 2, flags)) break;
            ImGui::TableSetupColumn(tr.text("compare.customer"));
            ImGui::TableSetupColumn(tr.text("compare.proposal"));
            for (int i = 0; i < people; ++i) ImGui::TableSetupColumn(c.participants[static_cast<std::size_t>(i)].label.c_str());
            ImGui::TableHeadersRow();
            for (std::size_t k = 0; k < e.customer_ids.size(); ++k) {
                const auto& first = c.participants.front().answers[x].classes[k];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(first.customer.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(std::string(method::customerClassKey(first.proposed)).c_str());
                for (int i = 0; i < people; ++i) {
                    ImGui::TableNextColumn();
                    const auto& a = c.participants[static_cast<std::size_t>(i)].answers[x].classes[k];
                    heatCell(a.present && a.chosen == a.proposed ? 1 : 0, 1,
                             a.present ? std::string(method::customerClassKey(a.chosen)) : "–");
                    if (!a.reason.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.reason.c_str());
                }
            }
            ImGui::EndTable();
            break;
        }
        case model::ExerciseKind::DebriefMeeting: {
            if (!ImGui::BeginTable("##debrief", people + 1, flags)) break;
            ImGui::TableSetupColumn(tr.text("compare.step"));
            for (int i = 0; i < people; ++i) ImGui::TableSetupColumn(c.participants[static_cast<std::size_t>(i)].label.c_str());
            ImGui::TableHeadersRow();
            for (int step = 1; step <= static_cast<int>(method::kConversationStepCount); ++step) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(stepName(tr, step).c_str());
                for (int i = 0; i < people; ++i) {
                    ImGui::TableNextColumn();
                    const auto& d = c.participants[static_cast<std::size_t>(i)].answers[x].debrief;
                    const auto rating = d.steps[static_cast<std::size_t>(step - 1)];
                    const int score = rating == model::StepRating::Well ? 2 : rating == model::StepRating::Partly ? 1 : 0;
                    if (!d.has_review || rating == model::StepRating::Unset) {
                        ImGui::TextColored(ui::kMutedText, "–");
                    } else {
                        heatCell(score, 2, tr.text("review.rating." + std::string(model::ratingKey(rating)) + ".short"));
                    }
                }
            }
            ImGui::EndTable();
            break;
        }
    }
}

}  // namespace etappe::app
