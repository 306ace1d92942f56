#include "views/planner_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <utility>

#include "dates/clock.h"
#include "dates/date_format.h"
#include "dates/date_input.h"
#include "rules/knowledge.h"
#include "rules/next_activity.h"
#include "rules/plan_progress.h"
#include "rules/search_text.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/step_path.h"
#include "ui/theme.h"

namespace etappe::app {

namespace {

std::string stepKey(std::size_t step) {
    return "step." + std::string(method::conversationStepKey(method::conversationStepAt(step)));
}

// "5 · Positive relationship" (English adds the German method term in brackets).
std::string stepTitle(const i18n::Translator& tr, std::size_t step) {
    const std::string key = stepKey(step);
    std::string title = std::to_string(step + 1) + " · " + tr.text(key + ".name");
    if (tr.language() == i18n::Language::English) title += std::string(" (") + tr.text(key + ".term") + ")";
    return title;
}

ui::StationState stationState(rules::StepStatus status) {
    switch (status) {
        case rules::StepStatus::Done: return ui::StationState::Done;
        case rules::StepStatus::Current: return ui::StationState::Current;
        case rules::StepStatus::Next: return ui::StationState::Next;
        case rules::StepStatus::Open: return ui::StationState::Open;
    }
    return ui::StationState::Open;
}

}  // namespace

void PlannerView::openCustomer(model::Id customer_id) {
    if (customer_id == customer_id_) return;
    customer_id_ = customer_id;
    plan_id_ = model::kNoId;
    step_chosen_ = false;
}

void PlannerView::openPlan(model::Id customer_id, model::Id plan_id) {
    openCustomer(customer_id);
    if (plan_id == model::kNoId || plan_id == plan_id_) return;
    plan_id_ = plan_id;
    step_chosen_ = false;
}

// The planner follows the customer selected in the table when that selection
// changed; otherwise it keeps the customer the rep chose here.
void PlannerView::onShow(UiContext& ctx, model::Id selected_customer) {
    if (selected_customer == table_selection_) return;
    table_selection_ = selected_customer;
    if (ctx.portfolio().findCustomer(selected_customer)) openCustomer(selected_customer);
}

void PlannerView::open(UiContext& ctx, const NavigationRequest& request) {
    if (ctx.portfolio().findCustomer(request.customer_id)) openPlan(request.customer_id, request.plan_id);
}

std::vector<Shortcut> PlannerView::shortcuts() {
    return {{ui::ctrlKey('F'), true, [this](UiContext&) { find_customer_ = true; }}};
}

void PlannerView::openMode(UiContext& ctx, std::string_view mode) {
    if (mode != "reduced") return;
    for (const model::Customer& c : ctx.portfolio().customers) {
        if (ctx.effectiveClass(c.id) == method::CustomerClass::B && !ctx.treatedAsA(c.id)) {
            openCustomer(c.id);
            return;
        }
    }
}

// The plan the planner shows: the chosen one, else the newest; its draft is what widgets edit.
model::ConversationPlan* PlannerView::currentPlan(UiContext& ctx, const model::Customer& customer) {
    if (customer.plans.empty()) return nullptr;
    if (!customer.findPlan(plan_id_)) {
        plan_id_ = customer.plans.back().id;
        step_chosen_ = false;
    }
    return draft_.sync(ctx, plan_id_);
}

void PlannerView::newPlan(UiContext& ctx, bool copy_last) {
    const model::Customer* customer = ctx.portfolio().findCustomer(customer_id_);
    if (!customer || ctx.read_only) return;
    const model::Id id = history::nextFreeId(ctx.portfolio());
    model::ConversationPlan plan;
    if (copy_last && !customer->plans.empty()) {
        plan = rules::copyForNextMeeting(customer->plans.back(), id, ctx.today);
    } else {
        plan.id = id;
        plan.date = ctx.today;
    }
    if (!ctx.apply(history::editPlan(ctx.portfolio(), customer->id, std::nullopt, std::move(plan)))) return;
    plan_id_ = id;
    step_ = 0;
    step_chosen_ = false;
}

void PlannerView::deletePlan(UiContext& ctx) {
    model::Id owner = model::kNoId;
    const model::ConversationPlan* plan = ctx.portfolio().findPlan(plan_id_, &owner);
    if (!plan || !ctx.apply(history::editPlan(ctx.portfolio(), owner, *plan, std::nullopt))) return;
    plan_id_ = model::kNoId;
    ctx.status(ctx.tr.text("plan.deleted"));
}

// An activity that continues the open plan: its customer, attendee and step are known here.
void PlannerView::planNextActivity(UiContext& ctx, const model::Customer& customer, const model::ConversationPlan& plan) {
    const model::Activity activity =
        rules::activityFromPlan(customer, &plan, history::nextFreeId(ctx.portfolio()), ctx.today);
    if (ctx.apply(history::editActivity(ctx.portfolio(), std::nullopt, activity))) ctx.status(ctx.tr.text("plan.activity_added"));
}

void PlannerView::draw(UiContext& ctx) {
    const auto& tr = ctx.tr;
    if (!ctx.portfolio().findCustomer(customer_id_)) {
        customer_id_ = model::kNoId;
        for (const model::Customer& c : ctx.portfolio().customers) {
            if (ctx.treatedAsA(c.id)) {
                openCustomer(c.id);
                break;
            }
        }
    }
    const model::Customer* customer = ctx.portfolio().findCustomer(customer_id_);
    if (!customer) {
        ui::hintText(tr.text("plan.no_a_customer"));
        return;
    }
    drawToolbar(ctx, *customer);
    // Process depth follows the class: B and C customers get the five-element plan.
    if (!ctx.treatedAsA(customer->id)) {
        reduced_.draw(ctx, customer->id);
        return;
    }
    model::ConversationPlan* plan = currentPlan(ctx, *customer);
    if (!plan) {
        ImGui::Spacing();
        ui::hintText(tr.text("plan.none_yet"));
        ImGui::BeginDisabled(ctx.read_only);
        if (ImGui::Button(tr.label("plan.new"))) newPlan(ctx, false);
        ui::reportItem("plan.new");
        ImGui::EndDisabled();
        return;
    }
    if (!step_chosen_) step_ = static_cast<int>(std::min(rules::currentStep(*plan), method::kConversationStepCount - 1));
    ImGui::BeginDisabled(ctx.read_only);
    // In a low window (or at a large zoom) header and path would leave the step a sliver: then the
    // whole plan scrolls as one page.
    const bool one_page = ImGui::GetContentRegionAvail().y < ui::em(34.0f);
    if (one_page) ImGui::BeginChild("plan_page");
    drawPlanHeader(ctx, *customer, *plan);
    drawPath(ctx, *plan);
    ImGui::Separator();
    // The aids sit beside the step while both stay readable, else under it in the same scrolling column.
    const ui::PaneSplit split =
        ui::splitPanes(ImGui::GetContentRegionAvail().x, ImGui::GetStyle().ItemSpacing.x, ui::em(26.0f), ui::em(16.0f), 0.7f);
    if (one_page || split.stacked) {
        if (!one_page) ImGui::BeginChild("step");
        drawStep(ctx, *plan);
        ImGui::Separator();
        drawPreparationAids(ctx, *customer, *plan);
        ImGui::EndChild();  // "step", or the page
    } else {
        ImGui::BeginChild("step", ImVec2(split.first_width, 0));
        drawStep(ctx, *plan);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("aids", ImVec2(0, 0), true);
        drawPreparationAids(ctx, *customer, *plan);
        ImGui::EndChild();
    }
    ImGui::EndDisabled();
    draft_.commitWhenIdle(ctx);
}

void PlannerView::drawPlanHeader(UiContext& ctx, const model::Customer& customer, model::ConversationPlan& plan) {
    const auto& tr = ctx.tr;
    // Four captioned fields side by side: a row of captions, then a row of fields. In a narrow
    // window the goal, the longest text, gets a row of its own instead of a sliver.
    const bool goal_below = ImGui::GetContentRegionAvail().x < ui::em(46.0f);
    const std::array<float, 4> shares = goal_below ? std::array<float, 4>{1.0f, 0.6f, 2.4f, 0.0f}
                                                   : std::array<float, 4>{1.0f, 0.6f, 1.6f, 2.8f};
    const std::size_t first_row = goal_below ? 3 : 4;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float share_sum = shares[0] + shares[1] + shares[2] + shares[3];
    const float unit = (ImGui::GetContentRegionAvail().x - static_cast<float>(first_row - 1) * spacing) / share_sum;
    std::array<float, 4> x{};
    for (std::size_t i = 1; i < x.size(); ++i) x[i] = x[i - 1] + unit * shares[i - 1] + spacing;
    const float left = ImGui::GetCursorPosX();
    const std::array<const char*, 4> captions = {"plan.date", "plan.time", "plan.place", "plan.goal"};
    const auto caption_row = [&](std::size_t from, std::size_t to) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kMutedText);
        for (std::size_t i = from; i < to; ++i) {
            if (i > from) ImGui::SameLine(left + x[i]);
            ImGui::TextUnformatted(tr.text(captions[i]));
        }
        ImGui::PopStyleColor();
    };
    caption_row(0, first_row);
    std::size_t column = 0;
    const auto field = [&]() {
        if (column == 3 && goal_below) {
            caption_row(3, 4);
            ImGui::SetNextItemWidth(-FLT_MIN);
            ++column;
            return;
        }
        if (column > 0) ImGui::SameLine(left + x[column]);
        ImGui::SetNextItemWidth(unit * shares[column++]);
    };
    field();
    const std::string today = ctx.today;
    const auto parse_date = [&today](const std::string& text) -> std::optional<std::string> {
        if (text.empty()) return std::string();
        return dates::parseDate(text, today);
    };
    if (auto date = date_input_.draw("##date", dates::formatIsoDate(plan.date, tr.language()), parse_date,
                                     tr.text("plan.date_invalid"))) {
        plan.date = *date;
        draft_.commit(ctx);
    }
    field();
    const auto parse_time = [](const std::string& text) -> std::optional<std::string> {
        if (text.empty()) return std::string();
        return dates::parseTime(text);
    };
    if (auto time = time_input_.draw("##time", plan.time, parse_time, tr.text("plan.time_invalid"), "14:30")) {
        plan.time = *time;
        draft_.commit(ctx);
    }
    field();
    ImGui::InputTextWithHint("##place", tr.text("plan.place_hint"), &plan.place);
    draft_.commitIfLeft(ctx);
    field();
    ui::wrappedTextField("##goal", plan.goal, tr.text("plan.goal_hint"), ImGui::CalcItemWidth());
    ui::reportItem("plan.goal");
    draft_.commitIfLeft(ctx);

    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ui::kMutedText, "%s", tr.text("plan.attendees"));
    if (customer.contacts.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ui::kMutedText, "%s", tr.text("plan.no_contacts"));
    }
    for (const model::Contact& contact : customer.contacts) {
        auto& ids = plan.attendee_ids;
        bool attends = std::find(ids.begin(), ids.end(), contact.id) != ids.end();
        const std::string label = (contact.name.empty() ? std::string("?") : contact.name) + "##attendee" + std::to_string(contact.id);
        ui::sameLineOrWrap(ui::checkboxWidth(label.c_str()));
        if (ImGui::Checkbox(label.c_str(), &attends)) {
            if (attends) {
                ids.push_back(contact.id);
            } else {
                std::erase(ids, contact.id);
            }
            draft_.commit(ctx);
        }
        if (ImGui::IsItemHovered() && !contact.role.empty()) ImGui::SetTooltip("%s", contact.role.c_str());
    }
    // Beside the attendees where it fits, else under them: the next activity goes to the first of them.
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("plan.next_activity")), ui::em(1.5f));
    if (ImGui::SmallButton(tr.label("plan.next_activity"))) planNextActivity(ctx, customer, plan);
    ui::reportItem("plan.next_activity");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.text("plan.next_activity_tooltip"));
}

void PlannerView::drawPath(UiContext& ctx, model::ConversationPlan& plan) {
    const auto& tr = ctx.tr;
    const auto statuses = rules::stepStatuses(plan);
    std::vector<ui::Station> stations;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        int ticked = 0;
        for (const bool c : plan.steps[i].checkpoints) ticked += c ? 1 : 0;
        char progress[32];
        std::snprintf(progress, sizeof progress, " – %d/3", ticked);
        stations.push_back(ui::Station{stationState(statuses[i]), tr.text(stepKey(i) + ".name"), stepTitle(tr, i) + progress});
    }
    ImGui::Spacing();
    const int clicked = ui::stepPath("steps", stations, step_);
    if (clicked >= 0) {
        step_ = clicked;
        step_chosen_ = true;
    }
    const std::size_t current = rules::currentStep(plan);
    char summary[160];
    std::snprintf(summary, sizeof summary, tr.text("plan.progress"), plan.checkedCount(), rules::kTotalCheckpoints);
    ImGui::TextUnformatted(summary);
    char next[256];
    if (current < method::kConversationStepCount) {
        std::snprintf(next, sizeof next, tr.text("plan.next_step"), stepTitle(tr, current).c_str());
    } else {
        std::snprintf(next, sizeof next, "%s", tr.text("plan.all_done"));
    }
    ui::sameLineOrWrap(ui::textWidth(next));
    ImGui::TextColored(current < method::kConversationStepCount ? ui::kAccent : ui::kSuccess, "%s", next);
    // What the colours of the path mean, beside the summary where it fits.
    const std::array<const char*, 4> legend = {tr.text("path.done"), tr.text("path.current"), tr.text("path.next"),
                                               tr.text("path.open")};
    ui::sameLineOrWrap(ui::stepPathLegendWidth(legend), ui::em(2.0f));  // the legend moves as one
    ui::stepPathLegend(legend);
}

}  // namespace etappe::app
