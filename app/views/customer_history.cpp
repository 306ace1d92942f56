#include "views/customer_history.h"

#include <imgui.h>

#include <algorithm>

#include "dates/date_format.h"
#include "rules/plan_progress.h"
#include "rules/reviews.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/activities_view.h"
#include "views/planner_view.h"
#include "views/review_view.h"

namespace etappe::app {

namespace {

// One line of the pane's width; a longer text is cut and shown whole on hover.
bool historyEntry(const std::string& text, const std::string& id) {
    const bool clicked = ImGui::Selectable((text + "##" + id).c_str(), false, 0, ImVec2(ImGui::GetContentRegionAvail().x, 0));
    ui::reportItem("history." + id);
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(text.c_str()).x > ImGui::GetItemRectSize().x)
        ImGui::SetTooltip("%s", text.c_str());
    return clicked;
}

std::string dateLabel(const UiContext& ctx, const std::string& iso) {
    return iso.empty() ? ctx.tr.text("plan.no_date") : dates::formatIsoDate(iso, ctx.language());
}

const char* statusMark(model::ActivityStatus status) {
    switch (status) {
        case model::ActivityStatus::Done: return "✓";
        case model::ActivityStatus::Cancelled: return "✗";
        case model::ActivityStatus::Planned: break;
    }
    return "·";
}

}  // namespace

void CustomerHistory::draw(UiContext& ctx, const model::Customer& customer) {
    const auto& tr = ctx.tr;
    if (!ImGui::CollapsingHeader(tr.label("history.heading"), ImGuiTreeNodeFlags_DefaultOpen)) return;
    const auto& activities = ctx.portfolio().activities;
    const std::vector<int>& mine = activities_.get({ctx.derivedKey(), customer.id}, [&] {
        std::vector<int> rows;
        for (std::size_t i = 0; i < activities.size(); ++i) {
            if (activities[i].customer_id == customer.id) rows.push_back(static_cast<int>(i));
        }
        // Newest first; undated ones (not yet planned) on top, as they need attention.
        const auto sortDate = [&](int i) -> std::string_view {
            const std::string& date = activities[static_cast<std::size_t>(i)].date;
            return date.empty() ? std::string_view("9999-12-31") : std::string_view(date);
        };
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return sortDate(a) > sortDate(b); });
        return rows;
    });

    ImGui::TextColored(ui::kMutedText, "%s", tr.text("history.meetings"));
    if (customer.plans.empty() && customer.reduced_plan.date.empty()) ui::hintText(tr.text("history.no_meetings"));
    for (auto it = customer.plans.rbegin(); it != customer.plans.rend(); ++it) {
        char progress[64];
        std::snprintf(progress, sizeof progress, tr.text("history.checkpoints"), it->checkedCount(), rules::kTotalCheckpoints);
        const std::string label = dateLabel(ctx, it->date) + "  ·  " + (it->goal.empty() ? tr.text("history.no_goal") : it->goal) +
                                  "  (" + progress + ")";
        if (historyEntry(label, "plan." + std::to_string(it->id)))
            ctx.navigate = NavigationRequest{PlannerView::kInfo.id, customer.id, it->id};
    }
    if (!customer.reduced_plan.date.empty()) {
        const std::string label = dateLabel(ctx, customer.reduced_plan.date) + "  ·  " + tr.text("history.reduced_plan");
        if (historyEntry(label, "reduced")) ctx.navigate = NavigationRequest{PlannerView::kInfo.id, customer.id};
    }

    // Reviews are the rep's private diary: never on the projector.
    if (!ctx.presenting) drawReviews(ctx, customer);

    ImGui::Spacing();
    ImGui::TextColored(ui::kMutedText, "%s", tr.text("history.activities"));
    if (mine.empty()) ui::hintText(tr.text("history.no_activities"));
    for (const int index : mine) {
        const model::Activity& a = activities[static_cast<std::size_t>(index)];
        std::string label = std::string(statusMark(a.status)) + "  " + dateLabel(ctx, a.date) + "  ·  " + a.action;
        if (!a.outcome.empty()) label += "  →  " + a.outcome;
        if (historyEntry(label, "activity." + std::to_string(a.id)))
            ctx.navigate = NavigationRequest{ActivitiesView::kInfo.id, customer.id, model::kNoId, a.id};
    }
}

void CustomerHistory::drawReviews(UiContext& ctx, const model::Customer& customer) {
    const auto& tr = ctx.tr;
    const model::Portfolio& p = ctx.portfolio();
    ImGui::Spacing();
    ImGui::TextColored(ui::kMutedText, "%s", tr.text("history.reviews"));
    const auto reviews = rules::reviewsOf(p, customer.id);
    if (reviews.empty()) ui::hintText(tr.text("history.no_reviews"));
    for (const model::Review* r : reviews) {
        const std::string outcome_key = "review.outcome." + std::string(model::outcomeKey(r->outcome));
        std::string label = dateLabel(ctx, r->meeting_date) + "  ·  " + tr.text(outcome_key);
        if (!r->agreed.empty()) label += "  ·  " + r->agreed;
        else if (!r->title.empty()) label += "  ·  " + r->title;
        if (!rules::reviewComplete(*r, p, ctx.treatedAsA(customer.id))) label += "  (" + std::string(tr.text("review.incomplete")) + ")";
        if (historyEntry(label, "review." + std::to_string(r->id))) {
            NavigationRequest request{ReviewView::kInfo.id, customer.id};
            request.review_id = r->id;
            ctx.navigate = request;
        }
    }
}

}  // namespace etappe::app
