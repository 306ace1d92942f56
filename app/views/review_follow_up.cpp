// The review's follow-up section: the next activity from one sentence, what was learnt, back to defence.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "dates/date_format.h"
#include "dates/example_date.h"
#include "method/knowledge_areas.h"
#include "rules/activity_coach.h"
#include "ui/coach_verdict.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/review_helpers.h"
#include "views/review_view.h"

namespace etappe::app {

namespace {

using review_helpers::sectionTitle;
using review_helpers::treatedAsA;

}  // namespace

void ReviewView::makeNextActivity(UiContext& ctx, model::Review& review) {
    const model::Portfolio& p = ctx.portfolio();
    const model::Review* stored = p.findReview(review.id);
    if (!stored) return;
    model::Activity a;
    a.id = history::nextFreeId(p);
    a.customer_id = review.customer_id;
    a.action = next_sentence_;
    a.step_key = review.process == model::ReviewProcess::Reduced ? "reduced.follow_up" : "follow_up";
    rules::fillFieldsFromText(a, ctx.today);
    // The named person, when the sentence names one of the customer's contacts.
    const rules::CoachVerdict verdict = rules::reviewText(next_sentence_, ctx.today);
    if (const model::Customer* customer = p.findCustomer(review.customer_id); customer && verdict.person_in_text) {
        for (const model::Contact& contact : customer->contacts) {
            const auto space = contact.name.rfind(' ');
            const std::string surname = space == std::string::npos ? contact.name : contact.name.substr(space + 1);
            if (!surname.empty() && verdict.person_in_text->find(surname) != std::string::npos) a.contact_id = contact.id;
        }
    }
    // The draft as it stands (it is committed at the end of the frame), with the link.
    model::Review linked = review;
    linked.next_activity_id = a.id;
    // One undo step: the activity and the review's link to it.
    history::Edit edit = history::editActivity(p, std::nullopt, a);
    const model::Id next_id_after = edit.next_id_after;
    edit.append(history::editReview(p, *stored, linked));
    edit.next_id_after = next_id_after;
    if (ctx.apply(std::move(edit))) {
        review.next_activity_id = a.id;
        next_sentence_.clear();
    }
}

void ReviewView::drawFollowUp(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.follow_up"));
    const model::Portfolio& p = ctx.portfolio();
    ImGui::TextUnformatted(tr.text("review.next_activity"));
    if (const model::Activity* a = review.next_activity_id == model::kNoId ? nullptr : p.findActivity(review.next_activity_id)) {
        ImGui::TextColored(ui::kSuccess, "✓");
        ImGui::SameLine();
        ImGui::TextWrapped("%s %s – %s", tr.text("review.activity_made"), dates::formatIsoDate(a->date, tr.language()).c_str(),
                           a->action.c_str());
        if (ImGui::SmallButton(tr.label("review.open_activity")))
            ctx.navigate = NavigationRequest{"activities", a->customer_id, model::kNoId, a->id};
    } else {
        if (treatedAsA(ctx, review)) ui::hintText(tr.text("review.next_activity_required"));
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##next_activity", dates::withExampleDate(tr, "review.next_activity_hint", ctx.today).c_str(),
                                 &next_sentence_);
        ui::reportItem("review.next_sentence");
        if (!next_sentence_.empty()) {
            const rules::CoachVerdict verdict = rules::reviewText(next_sentence_, ctx.today);
            ui::coachVerdict(verdict, tr, ctx.today, "review.coach", false);
            ImGui::BeginDisabled(!verdict.concrete());
            if (ImGui::Button(tr.label("review.make_activity"))) makeNextActivity(ctx, review);
            ui::reportItem("review.make_activity");
            ImGui::EndDisabled();
        }
    }
    // What the call taught about the customer (METHOD §2), offered for update.
    ImGui::Spacing();
    ImGui::TextUnformatted(tr.text("review.knowledge"));
    for (std::size_t i = 0; i < review.knowledge_learned.size(); ++i) {
        if (i % 4 != 0) ImGui::SameLine();
        bool learned = review.knowledge_learned[i];
        const std::string label = std::string(tr.text("knowledge." + std::string(method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i))) + ".name")) +
                                  "##learned" + std::to_string(i);
        if (ImGui::Checkbox(label.c_str(), &learned)) review.knowledge_learned[i] = learned;
    }
    if (std::any_of(review.knowledge_learned.begin(), review.knowledge_learned.end(), [](bool b) { return b; })) {
        if (ImGui::SmallButton(tr.label("review.update_knowledge")))
            ctx.navigate = NavigationRequest{"customers", review.customer_id};
    }
    // A postponed decision sends the customer back to defence (METHOD §11).
    const model::Customer* customer = p.findCustomer(review.customer_id);
    if (customer && customer->phase == method::SalesPhase::Decision &&
        (review.outcome == model::ReviewOutcome::Continuation || review.goal_reached == model::Reached::No) &&
        review.outcome != model::ReviewOutcome::Unset) {
        ImGui::Spacing();
        ImGui::TextColored(ui::kWarning, "%s", tr.text("review.postponed"));
        if (ImGui::Button(tr.label("review.move_to_defence"))) {
            model::Customer after = *customer;
            after.phase = method::SalesPhase::Defence;
            ctx.apply(history::changeCustomer(p, *customer, after));
        }
        ui::reportItem("review.move_to_defence");
    }
}

}  // namespace etappe::app
