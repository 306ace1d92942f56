// The selected step of the conversation planner: coaching, checkpoints, the
// step's own fields and notes; beside it the aids drawn from customer knowledge.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "rules/knowledge.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "views/planner_view.h"

namespace etappe::app {

namespace {

using Step = method::ConversationStep;

std::string stepKey(std::size_t step) {
    return "step." + std::string(method::conversationStepKey(method::conversationStepAt(step)));
}

void fieldCaption(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

}  // namespace

void PlannerView::drawStep(UiContext& ctx, model::Customer& /*customer*/, model::ConversationPlan& plan) {
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
    ImGui::InputTextMultiline("##notes", &plan.steps[step].notes, ImVec2(-FLT_MIN, ui::em(4.0f)));
    draft_.commitIfLeft(ctx);
}

void PlannerView::drawStepFields(UiContext& ctx, model::ConversationPlan& plan) {
    const auto& tr = ctx.tr;
    const char* remove = tr.text("list.remove");
    bool commit = false;
    const auto multiline = [&](const char* caption_key, const char* id, std::string& text) {
        fieldCaption(tr.text(caption_key));
        ImGui::InputTextMultiline(id, &text, ImVec2(-FLT_MIN, ui::em(3.2f)));
        commit |= ImGui::IsItemDeactivatedAfterEdit();
    };
    const auto single = [&](const char* caption_key, const char* id, std::string& text, const char* hint_key) {
        fieldCaption(tr.text(caption_key));
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputTextWithHint(id, tr.text(hint_key), &text);
        ui::reportItem(std::string("plan.field") + id);
        commit |= ImGui::IsItemDeactivatedAfterEdit();
    };
    const auto list = [&](const char* caption_key, const char* id, std::vector<std::string>& items, const char* hint_key) {
        fieldCaption(tr.text(caption_key));
        commit |= ui::stringListEditor(id, items, tr.text(hint_key), tr.label("list.add"), remove);
    };
    switch (method::conversationStepAt(static_cast<std::size_t>(step_))) {
        case Step::Preparation:
            multiline("plan.sales_goals", "##sales_goals", plan.sales_goals);
            multiline("plan.missing_information", "##missing_information", plan.missing_information);
            break;
        case Step::Opening:
            single("plan.hook", "##hook", plan.hook, "plan.hook_hint");
            single("plan.intention", "##intention", plan.intention, "plan.intention_hint");
            break;
        case Step::CustomerSituation:
            list("plan.situation_questions", "situation", plan.situation_questions, "plan.question_hint");
            break;
        case Step::CustomerGoals:
            list("plan.goal_hypotheses", "hypotheses", plan.goal_hypotheses, "plan.hypothesis_hint");
            break;
        case Step::Proposals:
            fieldCaption(tr.text("plan.proposals"));
            commit |= ui::recordListEditor<model::Proposal, 3>(
                "proposals", plan.proposals,
                {&model::Proposal::feature, &model::Proposal::advantage, &model::Proposal::benefit},
                {tr.text("plan.feature"), tr.text("plan.advantage"), tr.text("plan.benefit")}, tr.label("list.add"), remove);
            break;
        case Step::Objections:
            fieldCaption(tr.text("plan.objections"));
            commit |= ui::recordListEditor<model::PreparedObjection, 2>(
                "objections", plan.objections,
                {&model::PreparedObjection::objection, &model::PreparedObjection::answer},
                {tr.text("plan.objection"), tr.text("plan.answer")}, tr.label("list.add"), remove);
            break;
        case Step::Decision:
            list("plan.decision_criteria", "criteria", plan.decision_criteria, "plan.criterion_hint");
            list("plan.decision_impulses", "impulses", plan.decision_impulses, "plan.impulse_hint");
            break;
        case Step::AdditionalBusiness:
            list("plan.additional_offers", "offers", plan.additional_offers, "plan.offer_hint");
            break;
        case Step::Support:
            multiline("plan.after_sales_mail", "##after_sales_mail", plan.after_sales_mail);
            break;
        default:
            break;
    }
    if (commit) draft_.commit(ctx);
}

void PlannerView::drawPreparationAids(UiContext& ctx, model::Customer& customer, model::ConversationPlan& plan) {
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
        const std::string question = tr.text(key + ".question");
        ImGui::PushID(static_cast<int>(area));
        ImGui::Separator();
        ImGui::TextColored(ui::kWarning, "%s", tr.text(key + ".name"));
        ImGui::TextWrapped("%s", question.c_str());
        const auto& questions = plan.situation_questions;
        const bool added = std::find(questions.begin(), questions.end(), question) != questions.end();
        ImGui::BeginDisabled(added);
        if (ImGui::SmallButton(added ? tr.label("plan.question_added") : tr.label("plan.add_question"))) {
            plan.situation_questions.push_back(question);
            draft_.commit(ctx);
        }
        ui::reportItem("plan.add_question." + std::string(method::knowledgeAreaKey(area)));
        ImGui::EndDisabled();
        ImGui::PopID();
    }
}

}  // namespace etappe::app
