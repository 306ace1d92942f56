#include "views/review_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "dates/date_format.h"
#include "exports/review_report.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/review_helpers.h"

namespace etappe::app {

namespace {

using review_helpers::outcomeColour;
using review_helpers::treatedAsA;

std::string meetingTitle(const UiContext& ctx, const model::Review& r) {
    if (const model::ConversationPlan* plan = r.plan_id == model::kNoId ? nullptr : ctx.portfolio().findPlan(r.plan_id))
        if (!plan->goal.empty()) return plan->goal;
    if (!r.title.empty()) return r.title;
    return ctx.tr.text(r.process == model::ReviewProcess::Reduced ? "review.process_reduced" : "review.adhoc_title");
}

}  // namespace

const std::vector<rules::DueReview>& ReviewView::due(const UiContext& ctx) const {
    return due_.get(ctx.derivedKey(), [&] { return rules::reviewsDue(ctx.portfolio(), ctx.today, &ctx.classification); });
}

std::string ReviewView::sidebarBadge(const UiContext& ctx) const {
    const std::size_t count = due(ctx).size();
    return count == 0 ? std::string() : std::to_string(count);
}

void ReviewView::open(UiContext& ctx, const NavigationRequest& request) {
    const model::Portfolio& p = ctx.portfolio();
    if (request.review_id != model::kNoId) {
        if (p.findReview(request.review_id)) review_id_ = request.review_id;
        return;
    }
    if (request.plan_id != model::kNoId) {
        if (const model::ConversationPlan* plan = p.findPlan(request.plan_id))
            reviewMeeting(ctx, request.customer_id, plan->id, plan->date, false);
        return;
    }
    if (!p.findCustomer(request.customer_id)) return;
    // A reduced contact's meeting (the agenda's "review due"): that meeting's review.
    if (!request.date.empty()) {
        reviewMeeting(ctx, request.customer_id, model::kNoId, request.date, true);
        return;
    }
    // A customer: its due meeting, else its newest review, else a new review of a call today.
    for (const rules::DueReview& d : due(ctx)) {
        if (d.customer_id != request.customer_id) continue;
        reviewMeeting(ctx, d.customer_id, d.plan_id, d.date, d.plan_id == model::kNoId);
        return;
    }
    const auto reviews = rules::reviewsOf(p, request.customer_id);
    if (!reviews.empty()) {
        review_id_ = reviews.front()->id;
        return;
    }
    reviewMeeting(ctx, request.customer_id, model::kNoId, ctx.today, !ctx.treatedAsA(request.customer_id));
}

void ReviewView::reviewMeeting(UiContext& ctx, model::Id customer_id, model::Id plan_id, const std::string& date, bool reduced) {
    const model::Portfolio& p = ctx.portfolio();
    if (plan_id != model::kNoId || reduced) {
        if (const model::Review* existing = rules::reviewOfMeeting(p, customer_id, plan_id, date)) {
            review_id_ = existing->id;
            return;
        }
    }
    model::Review review = rules::startReview(p, customer_id, plan_id, date, reduced, ctx.today);
    review.id = history::nextFreeId(p);
    if (ctx.apply(history::editReview(p, std::nullopt, review))) review_id_ = review.id;
}

void ReviewView::draw(UiContext& ctx) {
    if (!default_chosen_) {
        default_chosen_ = true;
        if (review_id_ == model::kNoId)
            if (const model::Review* latest = rules::latestReview(ctx.portfolio(), &ctx.classification)) review_id_ = latest->id;
    }
    const float list_width = std::min(ui::em(20.0f), ImGui::GetContentRegionAvail().x * 0.34f);
    ImGui::BeginChild("##review_list", ImVec2(list_width, 0), true);
    drawList(ctx);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##review_body", ImVec2(0, 0), false);
    model::Review* review = draft_.sync(ctx, review_id_);
    if (!review) {
        ui::hintText(ctx.tr.text(ctx.portfolio().reviews.empty() ? "review.none_yet" : "review.choose"));
    } else {
        ImGui::BeginDisabled(ctx.read_only);
        drawReview(ctx, *review);
        ImGui::EndDisabled();
        draft_.commitWhenIdle(ctx);
    }
    ImGui::EndChild();
    if (auto path = export_dialog_.draw(ctx.tr)) exportTo(ctx, *path);
}

void ReviewView::exportTo(UiContext& ctx, const std::string& path) {
    const model::Review* stored = ctx.portfolio().findReview(review_id_);
    if (!stored) return;
    const auto result = exports::writeReview(path, ctx.portfolio(), *stored, ctx.tr, true);
    if (result.ok()) ctx.rememberExport(path);
    char text[600];
    std::snprintf(text, sizeof text, ctx.tr.text(result.ok() ? "review.exported" : "review.export_failed"), path.c_str());
    ctx.status(text);
}

void ReviewView::drawList(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const model::Portfolio& p = ctx.portfolio();
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("review.due"));
    ImGui::PopFont();
    const auto& due_list = due(ctx);
    if (due_list.empty()) ui::hintText(tr.text("review.due_none"));
    for (std::size_t i = 0; i < due_list.size(); ++i) {
        const rules::DueReview d = due_list[i];
        const model::Customer* customer = p.findCustomer(d.customer_id);
        if (!customer) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextWrapped("%s", customer->name.c_str());
        char when[200];
        if (d.past_24_hours()) std::snprintf(when, sizeof when, tr.text("review.due_days"), d.days_ago);
        else std::snprintf(when, sizeof when, "%s", tr.text("review.due_yesterday"));
        ImGui::PushStyleColor(ImGuiCol_Text, d.past_24_hours() ? ui::kWarning : ui::kMutedText);
        ImGui::TextWrapped("%s · %s", dates::formatIsoDate(d.date, tr.language()).c_str(), when);
        ImGui::PopStyleColor();
        if (ImGui::SmallButton(tr.label("review.start"))) reviewMeeting(ctx, d.customer_id, d.plan_id, d.date, d.plan_id == model::kNoId);
        ui::reportItem("review.due." + std::to_string(i));
        ImGui::Separator();
        ImGui::PopID();
    }
    // A call without a plan, with any customer.
    ImGui::Spacing();
    const model::Customer* chosen = p.findCustomer(adhoc_customer_);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##adhoc_customer", chosen ? chosen->name.c_str() : tr.text("review.adhoc_customer"))) {
        for (const model::Customer& c : p.customers)
            if (ImGui::Selectable(c.name.c_str(), c.id == adhoc_customer_)) adhoc_customer_ = c.id;
        ImGui::EndCombo();
    }
    ImGui::BeginDisabled(!chosen || ctx.read_only);
    if (ImGui::Button(tr.label("review.adhoc")) && chosen)
        reviewMeeting(ctx, chosen->id, model::kNoId, ctx.today, !ctx.treatedAsA(chosen->id));
    ImGui::EndDisabled();
    ui::reportItem("review.adhoc");

    ImGui::Spacing();
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("review.list"));
    ImGui::PopFont();
    ui::hintText(tr.text("review.private"));
    // Newest meeting first.
    std::vector<const model::Review*> reviews;
    for (const model::Review& r : p.reviews) reviews.push_back(&r);
    std::sort(reviews.begin(), reviews.end(), [](const model::Review* a, const model::Review* b) {
        return a->meeting_date != b->meeting_date ? a->meeting_date > b->meeting_date : a->id > b->id;
    });
    for (const model::Review* r : reviews) {
        const model::Customer* customer = p.findCustomer(r->customer_id);
        ImGui::PushID(static_cast<int>(r->id));
        const std::string label = dates::formatIsoDate(r->meeting_date, tr.language()) + "  " + (customer ? customer->name : "");
        if (ImGui::Selectable(label.c_str(), r->id == review_id_)) review_id_ = r->id;
        ui::reportItem("review.item." + std::to_string(r->id));
        ImGui::Indent();
        ImGui::TextColored(outcomeColour(r->outcome), "%s", tr.text("review.outcome." + std::string(model::outcomeKey(r->outcome))));
        ImGui::SameLine();
        const bool complete = rules::reviewComplete(*r, p, treatedAsA(ctx, *r));
        ImGui::TextColored(complete ? ui::kSuccess : ui::kMutedText, "· %s", tr.text(complete ? "review.complete" : "review.incomplete"));
        ImGui::Unindent();
        ImGui::PopID();
    }
}

void ReviewView::drawReview(UiContext& ctx, model::Review& review) {
    drawHeader(ctx, review);
    drawOutcome(ctx, review);
    drawReplay(ctx, review);
    drawAttitude(ctx, review);
    drawBalance(ctx, review);
    drawLessons(ctx, review);
    drawFollowUp(ctx, review);
}

void ReviewView::drawHeader(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    const model::Customer* customer = ctx.portfolio().findCustomer(review.customer_id);
    ImGui::PushFont(ui::titleFont());
    ImGui::TextWrapped("%s", customer ? customer->name.c_str() : "");
    ImGui::PopFont();
    ImGui::TextWrapped("%s %s – %s (%s)", tr.text("review.meeting_on"),
                       dates::formatIsoDate(review.meeting_date, tr.language()).c_str(), meetingTitle(ctx, review).c_str(),
                       tr.text(review.process == model::ReviewProcess::Reduced ? "review.process_reduced" : "review.process_full"));
    if (review.plan_deleted) ImGui::TextColored(ui::kWarning, "%s", tr.text("review.meeting_deleted"));
    if (review.plan_id == model::kNoId && !review.plan_deleted) {
        ImGui::SetNextItemWidth(std::min(ui::em(26.0f), ImGui::GetContentRegionAvail().x));
        ImGui::InputTextWithHint("##title", tr.text("review.title_hint"), &review.title);
        draft_.commitIfLeft(ctx);
    }
    // What is still open, so the rep sees at once whether the review is done.
    const auto gaps = rules::reviewGaps(review, ctx.portfolio(), treatedAsA(ctx, review));
    if (gaps.empty()) {
        ImGui::TextColored(ui::kSuccess, "✓ %s", tr.text("review.is_complete"));
    } else {
        std::string open;
        for (const auto gap : gaps) open += (open.empty() ? "" : ", ") + std::string(tr.text("review.gap." + std::string(rules::reviewGapKey(gap))));
        ImGui::TextColored(ui::kWarning, "%s %s", tr.text("review.gaps"), open.c_str());
    }
    ui::reportItem("review.gaps");
    if (review.plan_id != model::kNoId) {
        if (ImGui::SmallButton(tr.label("review.open_plan")))
            ctx.navigate = NavigationRequest{"plan", review.customer_id, review.plan_id};
        ui::sameLineOrWrap(ui::textWidth(tr.text("review.export")));
    }
    // The toolbar wraps in a narrow pane rather than running out of it.
    ImGui::TextUnformatted(tr.text("review.export"));
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("review.export_md")));
    if (ImGui::SmallButton(tr.label("review.export_md"))) {
        export_dialog_.show(ui::FileDialog::Mode::Save, ctx.exportFolder(), "review.md", {".md", ".html"}, "review");
    }
    ui::reportItem("review.export_md");
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("review.export_html")));
    if (ImGui::SmallButton(tr.label("review.export_html"))) {
        export_dialog_.show(ui::FileDialog::Mode::Save, ctx.exportFolder(), "review.html", {".html", ".md"}, "review");
    }
    ui::reportItem("review.export_html");
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("review.delete")));
    if (ImGui::SmallButton(tr.label("review.delete"))) {
        if (const model::Review* stored = ctx.portfolio().findReview(review.id)) {
            if (ctx.apply(history::editReview(ctx.portfolio(), *stored, std::nullopt))) {
                review_id_ = model::kNoId;
                ctx.status(tr.text("review.deleted"));
            }
        }
    }
    ui::reportItem("review.delete");
}

}  // namespace etappe::app
