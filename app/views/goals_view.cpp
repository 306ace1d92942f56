#include "views/goals_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>

#include "dates/clock.h"
#include "dates/date_format.h"
#include "dates/date_input.h"
#include "dates/iso_date.h"
#include "i18n/format.h"
#include "rules/goal_figures.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace etappe::app {

namespace {

// "+15 %" or "—" when the figure cannot be computed.
std::string percentText(const std::optional<double>& percent) {
    if (!percent) return "—";
    char text[32];
    std::snprintf(text, sizeof text, "%+.0f %%", std::round(*percent));
    return text;
}

std::string moneyText(std::int64_t cents, const i18n::Translator& tr) {
    return i18n::formatMoneyRounded(model::Money{cents, "EUR"}, tr.language());
}

// Reads a typed date relative to `today`; an empty field means "no date".
auto optionalDateReader(const std::string& today) {
    return [today](const std::string& text) -> std::optional<std::string> {
        if (text.empty()) return std::string();
        return dates::parseDate(text, today);
    };
}

}  // namespace

void GoalsView::newGoalPlan(UiContext& ctx) {
    if (ctx.read_only) return;
    const model::Portfolio& portfolio = ctx.portfolio();
    const std::string today = ctx.today;
    const auto today_parts = dates::dateParts(today);
    if (!today_parts) return;
    const int year = today_parts->year;
    model::GoalPlan plan;
    plan.id = history::nextFreeId(portfolio);
    plan.title = std::string(ctx.tr.text("goals.default_title")) + " " + std::to_string(year);
    plan.period_start = dates::isoFromParts(year, 1, 1).value_or("");
    plan.deadline = dates::isoFromParts(year, 12, 31).value_or("");
    // "Now" comes from the portfolio: customers and their revenue.
    plan.customers_now = static_cast<int>(portfolio.customers.size());
    for (const auto& c : portfolio.customers) plan.revenue_existing_now.cents += c.annual_revenue.cents;
    if (plan.customers_now > 0) plan.revenue_per_customer_now.cents = plan.revenue_existing_now.cents / plan.customers_now;
    if (ctx.apply(history::editGoalPlan(portfolio, std::nullopt, plan))) goal_plan_id_ = plan.id;
}

void GoalsView::draw(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const auto& plans = ctx.portfolio().goal_plans;
    if (!ctx.portfolio().findGoalPlan(goal_plan_id_)) goal_plan_id_ = plans.empty() ? model::kNoId : plans.back().id;
    drawToolbar(ctx);
    model::GoalPlan* plan = draft_.sync(ctx, goal_plan_id_);
    if (!plan) {
        ImGui::Spacing();
        ui::hintText(tr.text("goals.none_yet"));
        return;
    }
    ImGui::BeginDisabled(ctx.read_only);
    // The questions need their long labels plus fields that show a whole amount; below that width the
    // figures go under the questions, in one scrolling column.
    const ui::PaneSplit split =
        ui::splitPanes(ImGui::GetContentRegionAvail().x, ImGui::GetStyle().ItemSpacing.x, ui::em(32.0f), ui::em(26.0f), 0.45f);
    ImGui::BeginChild("questions", ImVec2(split.first_width, 0), true);
    drawQuestions(ctx, *plan);
    if (split.stacked) {
        ImGui::Separator();
    } else {
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("figures", ImVec2(0, 0), true);
    }
    drawFigures(ctx, *plan);
    ImGui::Spacing();
    drawProgress(ctx, *plan);
    ImGui::Spacing();
    drawBookings(ctx, *plan);
    ImGui::EndChild();
    ImGui::EndDisabled();
    draft_.commitWhenIdle(ctx);
}

void GoalsView::drawToolbar(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const model::GoalPlan* current = ctx.portfolio().findGoalPlan(goal_plan_id_);
    ImGui::SetNextItemWidth(ui::em(16.0f));
    if (ImGui::BeginCombo("##goal_plan", current ? current->title.c_str() : tr.text("goals.none"))) {
        for (const auto& plan : ctx.portfolio().goal_plans) {
            ImGui::PushID(static_cast<int>(plan.id));
            if (ImGui::Selectable(plan.title.c_str(), plan.id == goal_plan_id_)) goal_plan_id_ = plan.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(ctx.read_only);
    if (ImGui::Button(tr.label("goals.new"))) newGoalPlan(ctx);
    ui::reportItem("goals.new");
    ImGui::SameLine();
    ImGui::BeginDisabled(!current);
    if (ImGui::Button(tr.label("goals.delete")) && current) {
        ctx.apply(history::editGoalPlan(ctx.portfolio(), *current, std::nullopt));
        ctx.status(tr.text("goals.deleted"));
    }
    ImGui::EndDisabled();
    ImGui::EndDisabled();
}

void GoalsView::drawQuestions(UiContext& ctx, model::GoalPlan& plan) {
    const auto& tr = ctx.tr;
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("goals.questions"));
    ImGui::PopFont();
    if (!ui::beginForm("goal_form", tr, {"goals.title", "goals.period_start", "goals.deadline", "goals.customers_now",
                                         "goals.customers_to_win", "goals.revenue_existing_now", "goals.revenue_existing_gain",
                                         "goals.revenue_new", "goals.per_customer_now", "goals.per_customer_gain"}))
        return;
    ui::formRow(tr.text("goals.title"));
    ImGui::InputText("##title", &plan.title);
    draft_.commitIfLeft(ctx);
    ui::formRow(tr.text("goals.period_start"));
    if (auto date = start_input_.draw("##start", dates::formatIsoDate(plan.period_start, tr.language()), optionalDateReader(ctx.today),
                                      tr.text("plan.date_invalid"))) {
        plan.period_start = *date;
        draft_.commit(ctx);
    }
    ui::formRow(tr.text("goals.deadline"));
    if (auto date = deadline_input_.draw("##deadline", dates::formatIsoDate(plan.deadline, tr.language()), optionalDateReader(ctx.today),
                                         tr.text("plan.date_invalid"))) {
        plan.deadline = *date;
        draft_.commit(ctx);
    }
    ui::formRow(tr.text("goals.customers_now"));
    if (ImGui::InputInt("##customers_now", &plan.customers_now, 0)) plan.customers_now = std::clamp(plan.customers_now, 0, 10'000'000);
    ui::reportItem("goals.customers_now");
    draft_.commitIfLeft(ctx);
    ui::formRow(tr.text("goals.customers_to_win"));
    if (ImGui::InputInt("##customers_to_win", &plan.customers_to_win, 0))
        plan.customers_to_win = std::clamp(plan.customers_to_win, 0, 10'000'000);
    ui::reportItem("goals.customers_to_win");
    draft_.commitIfLeft(ctx);
    const std::array<std::pair<const char*, model::Money*>, 5> amounts = {{
        {"goals.revenue_existing_now", &plan.revenue_existing_now},
        {"goals.revenue_existing_gain", &plan.revenue_existing_gain},
        {"goals.revenue_new", &plan.revenue_new},
        {"goals.per_customer_now", &plan.revenue_per_customer_now},
        {"goals.per_customer_gain", &plan.revenue_per_customer_gain},
    }};
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        ui::formRow(tr.text(amounts[i].first));
        const std::string id = std::string("##") + amounts[i].first;
        if (money_inputs_[i].draw(id.c_str(), amounts[i].second->cents, amounts[i].second->currency, tr)) draft_.commit(ctx);
    }
    ui::endForm();
    ui::hintText(tr.text("goals.questions_hint"));
}

void GoalsView::drawFigures(UiContext& ctx, const model::GoalPlan& plan) {
    const auto& tr = ctx.tr;
    const rules::GoalFigures figures = rules::deriveGoalFigures(plan);
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("goals.figures"));
    ImGui::PopFont();
    if (!ImGui::BeginTable("figures", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(tr.text("goals.figure"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr.text("goals.then"), ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn(tr.text("goals.increase"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableHeadersRow();
    const auto row = [&](const char* key, const std::string& value, const std::optional<double>& percent) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(tr.text(key));
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(value.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(percentText(percent).c_str());
    };
    row("goals.customers_then", std::to_string(figures.customers_then), figures.customers_increase_percent);
    row("goals.revenue_existing_then", moneyText(figures.revenue_existing_then_cents, tr), figures.revenue_existing_increase_percent);
    row("goals.target_revenue", moneyText(figures.target_revenue_cents, tr), figures.target_revenue_increase_percent);
    row("goals.target_per_customer", moneyText(figures.target_per_customer_cents, tr), figures.target_per_customer_increase_percent);
    ImGui::EndTable();
}

void GoalsView::drawProgress(UiContext& ctx, model::GoalPlan& plan) {
    const auto& tr = ctx.tr;
    const rules::GoalFigures figures = rules::deriveGoalFigures(plan);
    const rules::GoalProgress progress = rules::goalProgress(plan, ctx.today);
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("goals.progress"));
    ImGui::PopFont();
    const auto bar = [&](const char* key, const std::optional<double>& fraction, const std::string& detail) {
        ImGui::TextUnformatted(tr.text(key));
        const float value = fraction ? static_cast<float>(std::clamp(*fraction, 0.0, 1.0)) : 0.0f;
        ImGui::ProgressBar(value, ImVec2(-FLT_MIN, 0), detail.c_str());
    };
    bar("goals.revenue_progress", progress.revenue_fraction,
        moneyText(progress.booked_cents, tr) + " / " + moneyText(figures.target_revenue_cents, tr));
    bar("goals.customer_progress", progress.customers_fraction,
        std::to_string(progress.customers_won) + " / " + std::to_string(plan.customers_to_win));
    if (progress.expected_fraction) {
        char expected[96];
        std::snprintf(expected, sizeof expected, tr.text("goals.expected_today"),
                      static_cast<int>(std::round(*progress.expected_fraction * 100.0)));
        ui::hintText(expected);
    }
    char pace[256];
    switch (progress.pace) {
        case rules::Pace::NotStarted: ImGui::TextColored(ui::kMutedText, "%s", tr.text("goals.pace_not_started")); break;
        case rules::Pace::NoBookings:
            ImGui::PushStyleColor(ImGuiCol_Text, ui::kMutedText);
            ImGui::TextWrapped("%s", tr.text("goals.pace_no_bookings"));
            ImGui::PopStyleColor();
            break;
        case rules::Pace::OnTrack: ImGui::TextColored(ui::kSuccess, "✓ %s", tr.text("goals.pace_on_track")); break;
        case rules::Pace::Reached: ImGui::TextColored(ui::kSuccess, "✓ %s", tr.text("goals.pace_reached")); break;
        case rules::Pace::Over: ImGui::TextColored(ui::kDanger, "%s", tr.text("goals.pace_over")); break;
        case rules::Pace::Behind:
            std::snprintf(pace, sizeof pace, tr.text("goals.pace_behind"), moneyText(progress.behind_cents, tr).c_str(),
                          progress.customers_behind);
            ImGui::PushStyleColor(ImGuiCol_Text, ui::kWarning);
            ImGui::TextWrapped("%s", pace);
            ImGui::PopStyleColor();
            break;
    }
    ui::reportItem("goals.pace." + std::to_string(static_cast<int>(progress.pace)));
}

void GoalsView::drawBookings(UiContext& ctx, model::GoalPlan& plan) {
    const auto& tr = ctx.tr;
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("goals.bookings"));
    ImGui::PopFont();
    if (plan.bookings.empty()) ui::hintText(tr.text("goals.no_bookings"));
    booking_inputs_.resize(plan.bookings.size());
    booking_dates_.resize(plan.bookings.size());
    int remove_index = -1;
    if (!plan.bookings.empty() && ImGui::BeginTable("bookings", 5, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr.text("activity.customer"), ImGuiTableColumnFlags_WidthStretch, 1.8f);
        ImGui::TableSetupColumn(tr.text("activity.date"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(tr.text("goals.amount"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(tr.text("goals.new_short"), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < plan.bookings.size(); ++i) {
            model::Booking& booking = plan.bookings[i];
            ImGui::PushID(static_cast<int>(booking.id));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            const model::Customer* customer = ctx.portfolio().findCustomer(booking.customer_id);
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (ImGui::BeginCombo("##customer", customer ? customer->name.c_str() : tr.text("goals.choose_customer"))) {
                for (const auto& c : ctx.portfolio().customers) {
                    if (ImGui::Selectable(c.name.c_str(), c.id == booking.customer_id)) {
                        booking.customer_id = c.id;
                        draft_.commit(ctx);
                    }
                }
                ImGui::EndCombo();
            }
            ImGui::TableSetColumnIndex(1);
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (auto date = booking_dates_[i].draw("##date", dates::formatIsoDate(booking.date, tr.language()),
                                                   [&ctx](const std::string& text) { return dates::parseDate(text, ctx.today); },
                                                   tr.text("plan.date_invalid"))) {
                booking.date = *date;
                draft_.commit(ctx);
            }
            ImGui::TableSetColumnIndex(2);
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (booking_inputs_[i].draw("##amount", booking.amount.cents, booking.amount.currency, tr)) draft_.commit(ctx);
            ImGui::TableSetColumnIndex(3);
            if (ImGui::Checkbox("##new", &booking.new_customer)) draft_.commit(ctx);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.text("goals.new_customer"));
            ImGui::TableSetColumnIndex(4);
            if (ui::listRemoveButton(tr.text("list.remove"))) remove_index = static_cast<int>(i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove_index >= 0) {
        plan.bookings.erase(plan.bookings.begin() + remove_index);
        draft_.commit(ctx);
    }
    if (ImGui::SmallButton(tr.label("goals.add_booking"))) {
        model::Booking booking;
        booking.id = history::nextFreeId(ctx.portfolio());
        for (const auto& b : plan.bookings) booking.id = std::max(booking.id, b.id + 1);
        booking.date = ctx.today;
        plan.bookings.push_back(booking);
        draft_.commit(ctx);
    }
}

}  // namespace etappe::app
