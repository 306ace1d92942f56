// The selected step of the conversation planner: coaching, checkpoints, the
// step's own fields and notes; beside it the aids drawn from customer knowledge.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "method/plan_fields.h"
#include "rules/knowledge.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "views/private_notes.h"
#include "views/planner_view.h"

namespace etappe::app {

namespace {

std::string stepKey(std::size_t step) {
    return "step." + std::string(method::conversationStepKey(method::conversationStepAt(step)));
}

void fieldCaption(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

// Records edited side by side, one column per part the method describes ("plan.<part>" as hint).
template <class Record, std::size_t N>
bool recordEditor(const i18n::Translator& tr, const char* id, std::vector<Record>& items,
                  const std::array<method::RecordPart<Record>, N>& parts) {
    std::array<std::string Record::*, N> members{};
    std::array<const char*, N> hints{};
    for (std::size_t i = 0; i < N; ++i) {
        members[i] = parts[i].text;
        hints[i] = tr.text("plan." + std::string(parts[i].key));
    }
    return ui::recordListEditor<Record, N>(id, items, members, hints, tr.label("list.add"), tr.text("list.remove"));
}

}  // namespace

void PlannerView::drawStep(UiContext& ctx, model::ConversationPlan& plan) {
    const auto& tr = ctx.tr;
    const auto step = static_cast<std::size_t>(step_);
    const std::string key = stepKey(step);
    ImGui::PushFont(ui::titleFont());
    ImGui::Text("%d · %s", step_ + 1, tr.text(key + ".name"));
    ImGui::PopFont();
    if (tr.language() == i18n::Language::English) {
        ImGui::SameLine();
        ImGui::TextColored(ui::kMutedText, "(%s)", tr.text(key + ".term"));
    }
    ui::hintText(tr.text(key + ".coaching"));
    ImGui::Spacing();
    for (std::size_t i = 0; i < method::kCheckpointsPerStep; ++i) {
        bool checked = plan.steps[step].checkpoints[i];
        const std::string label = std::string(tr.text(key + ".checkpoint." + std::to_string(i + 1))) + "##checkpoint" +
                                  std::to_string(i);
        if (ImGui::Checkbox(label.c_str(), &checked)) {
            plan.steps[step].checkpoints[i] = checked;
            step_chosen_ = true;  // stay on this step while ticking it off
            draft_.commit(ctx);
        }
        ui::reportItem("plan.checkpoint." + std::to_string(i + 1));
    }
    drawStepFields(ctx, plan);
    fieldCaption(tr.text("plan.notes"));
    const model::Customer* customer = ctx.portfolio().findCustomer(customer_id_);
    if (customer && privateHidden(ctx, *customer)) {
        privateNotesHint(tr);
        return;
    }
    ui::wrappedTextEditor("##notes", plan.steps[step].notes, 0.0f, 3);
    ui::reportItem("plan.notes");
    draft_.commitIfLeft(ctx);
}

// The fields the method describes for the selected step; widget ids are the
// fields' keys, captions "plan.<key>", hints "plan.<key>.hint".
void PlannerView::drawStepFields(UiContext& ctx, model::ConversationPlan& plan) {
    using Kind = method::PlanFieldKind;
    using method::PlanMember;
    const auto& tr = ctx.tr;
    bool commit = false;
    for (const method::PlanField& field : method::kPlanFields) {
        if (field.step != method::conversationStepAt(static_cast<std::size_t>(step_))) continue;
        const std::string key(field.key);
        const std::string id = "##" + key;
        const auto hint = [&] { return tr.text("plan." + key + ".hint"); };  // Text and TextList only
        fieldCaption(tr.text("plan." + key));
        switch (field.kind) {
            case Kind::MultiLineText:
                ui::wrappedTextEditor(id.c_str(), plan.*std::get<PlanMember<std::string>>(field.member), 0.0f, 2);
                commit |= ImGui::IsItemDeactivatedAfterEdit();
                break;
            case Kind::Text:
                ui::wrappedTextField(id.c_str(), plan.*std::get<PlanMember<std::string>>(field.member), hint(),
                                     ImGui::GetContentRegionAvail().x);
                ui::reportItem("plan.field" + id);
                commit |= ImGui::IsItemDeactivatedAfterEdit();
                break;
            case Kind::TextList:
                commit |= ui::stringListEditor(key.c_str(), plan.*std::get<PlanMember<std::vector<std::string>>>(field.member),
                                               hint(), tr.label("list.add"), tr.text("list.remove"),
                                               field.key == "situation_questions" ? focus_question_ : -1);
                if (field.key == "situation_questions") focus_question_ = -1;
                break;
            case Kind::ProposalList:
                commit |= recordEditor(tr, key.c_str(), plan.*std::get<PlanMember<std::vector<model::Proposal>>>(field.member),
                                       method::kProposalParts);
                break;
            case Kind::ObjectionList:
                commit |= recordEditor(
                    tr, key.c_str(), plan.*std::get<PlanMember<std::vector<model::PreparedObjection>>>(field.member),
                    method::kObjectionParts);
                break;
        }
    }
    if (commit) draft_.commit(ctx);
}

void PlannerView::drawPreparationAids(UiContext& ctx, const model::Customer& customer, model::ConversationPlan& plan) {
    const auto& tr = ctx.tr;
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("plan.aids_heading"));
    ImGui::PopFont();
    const int readiness = rules::knowledgeReadinessPercent(customer);
    ImGui::Text(tr.text("knowledge.heading"), readiness);
    ui::readinessBar(readiness, ImVec2(-FLT_MIN, ui::em(0.35f)));
    const auto gaps = rules::knowledgeGaps(customer);
    if (gaps.empty()) {
        ui::hintText(tr.text("plan.no_gaps"));
        return;
    }
    ui::hintText(tr.text("plan.gaps_hint"));
    for (const method::KnowledgeArea area : gaps) {
        const std::string key = "knowledge." + std::string(method::knowledgeAreaKey(area));
        ImGui::PushID(static_cast<int>(area));
        ImGui::Separator();
        ImGui::TextColored(ui::kWarning, "%s", tr.text(key + ".name"));
        ImGui::TextWrapped("%s", tr.text(key + ".question"));  // what the rep wants to know
        // What the rep asks the customer, added to step 6 (customer situation) to be worded on.
        const std::string ask = tr.text(key + ".ask");
        const auto& questions = plan.situation_questions;
        const bool added = std::find(questions.begin(), questions.end(), ask) != questions.end();
        ImGui::BeginDisabled(added);
        if (ImGui::SmallButton(added ? tr.label("plan.question_added") : tr.label("plan.add_question"))) {
            plan.situation_questions.push_back(ask);
            step_ = static_cast<int>(method::ConversationStep::CustomerSituation);
            step_chosen_ = true;
            focus_question_ = static_cast<int>(plan.situation_questions.size()) - 1;
            draft_.commit(ctx);
            ctx.status(tr.text("plan.question_added_status"));
        }
        ui::reportItem("plan.add_question." + std::string(method::knowledgeAreaKey(area)));
        ImGui::EndDisabled();
        ImGui::PopID();
    }
}

}  // namespace etappe::app
