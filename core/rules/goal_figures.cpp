#include "rules/goal_figures.h"

#include <algorithm>
#include <limits>
#include <set>

#include "dates/iso_date.h"

namespace etappe::rules {

namespace {
__extension__ typedef __int128 Wide;  // sums and products of two ≤ 1e15-cent amounts never overflow it

// Inputs are validated to ≤ kMaxMoneyCents, so clamping only ever acts on a
// corrupt file; it keeps a wrong figure visible ("very large") instead of
// wrapping into a plausible-looking negative number.
std::int64_t clampToCents(Wide value) {
    constexpr Wide kMax = std::numeric_limits<std::int64_t>::max();
    constexpr Wide kMin = std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(value > kMax ? kMax : value < kMin ? kMin : value);
}

int clampToInt(std::int64_t value) {
    constexpr std::int64_t kMax = std::numeric_limits<int>::max();
    constexpr std::int64_t kMin = std::numeric_limits<int>::min();
    return static_cast<int>(value > kMax ? kMax : value < kMin ? kMin : value);
}

// increase / base × 100; no figure when there is no base to compare with.
std::optional<double> percentOf(Wide increase, Wide base) {
    if (base == 0) return std::nullopt;
    return static_cast<double>(increase) / static_cast<double>(base) * 100.0;
}

std::optional<double> fractionOf(Wide part, Wide whole) {
    if (whole <= 0) return std::nullopt;  // no goal (or a nonsensical negative one): nothing to measure against
    return static_cast<double>(part) / static_cast<double>(whole);
}

// The goal period as day numbers, when both ends are dates in the right order.
struct Period {
    std::int64_t start = 0;
    std::int64_t deadline = 0;
};

std::optional<Period> periodOf(const model::GoalPlan& plan) {
    const auto start = dates::dayNumber(plan.period_start);
    const auto deadline = dates::dayNumber(plan.deadline);
    if (!start || !deadline || *deadline < *start) return std::nullopt;
    return Period{*start, *deadline};
}

// Without a valid period every booking counts: the rep enters bookings for
// this plan, so they are the best evidence there is. With a period, only
// bookings dated inside it (an undated booking cannot be placed in it).
bool counts(const model::Booking& booking, const std::optional<Period>& period) {
    if (!period) return true;
    const auto day = dates::dayNumber(booking.date);
    return day && *day >= period->start && *day <= period->deadline;
}

// Distinct customers won. A booking marked "new customer" without a linked
// customer still is a win the rep reported; it counts once on its own.
void tallyBookings(const model::GoalPlan& plan, const std::optional<Period>& period, GoalProgress& out) {
    Wide booked = 0;
    std::set<model::Id> won;
    int unlinked_wins = 0;
    for (const model::Booking& booking : plan.bookings) {
        if (!counts(booking, period)) continue;
        ++out.bookings;
        booked += booking.amount.cents;
        if (!booking.new_customer) continue;
        if (booking.customer_id == model::kNoId) {
            ++unlinked_wins;
        } else {
            won.insert(booking.customer_id);
        }
    }
    out.booked_cents = clampToCents(booked);
    out.customers_won = clampToInt(static_cast<std::int64_t>(won.size()) + unlinked_wins);
}

// Where the linear path stands today, in whole days (exact, no rounding drift).
struct Elapsed {
    std::int64_t days = 0;
    std::int64_t total = 0;
};

// A one-day period (start == deadline) is due in full on that day.
Elapsed elapsedOn(const Period& period, std::int64_t today) {
    const std::int64_t total = period.deadline - period.start;
    if (total == 0) return {1, 1};
    return {std::clamp<std::int64_t>(today - period.start, 0, total), total};
}

// The share of `amount` the linear path expects by now, in exact integer
// arithmetic so that e.g. ⅓ of 3 customers is 1, not ceil(1.0000000000000002) = 2.
Wide roundedShare(Wide amount, const Elapsed& e) {
    const Wide product = amount * e.days;
    const Wide half = e.total / 2;
    return product >= 0 ? (product + half) / e.total : (product - half) / e.total;
}

Wide ceilShare(Wide amount, const Elapsed& e) {
    const Wide product = amount * e.days;
    return product >= 0 ? (product + e.total - 1) / e.total : product / e.total;
}

// The goals, as the pace rules need them.
struct Goal {
    Wide target = 0;  // revenue, cents
    Wide to_win = 0;  // new customers
};

bool reachedGoal(const Goal& g, const GoalProgress& p) {
    const bool revenue_met = g.target <= 0 || p.booked_cents >= g.target;
    const bool customers_met = g.to_win <= 0 || p.customers_won >= g.to_win;
    return (g.target > 0 || g.to_win > 0) && revenue_met && customers_met;
}

// booked / target ≥ elapsed / total (and the same for customers), cross-multiplied to stay exact.
bool onPath(const Goal& g, const GoalProgress& p, const Elapsed& e) {
    const bool revenue = g.target <= 0 || Wide{p.booked_cents} * e.total >= g.target * e.days;
    const bool customers = g.to_win <= 0 || Wide{p.customers_won} * e.total >= g.to_win * e.days;
    return revenue && customers;
}

Pace paceOf(const Goal& g, const GoalProgress& p, const std::optional<Period>& period, std::optional<std::int64_t> today) {
    const bool reached = reachedGoal(g, p);
    if (!period || !today) return reached ? Pace::Reached : Pace::NotStarted;  // no timeline: only "reached" can be said
    if (*today < period->start) return Pace::NotStarted;
    if (reached) return Pace::Reached;
    if (*today > period->deadline) return Pace::Over;
    if (p.bookings == 0) return Pace::NoBookings;  // nothing entered yet is no evidence of being behind
    return onPath(g, p, elapsedOn(*period, *today)) ? Pace::OnTrack : Pace::Behind;
}

void measureGap(const Goal& g, const Period& period, std::int64_t today, GoalProgress& p) {
    const Elapsed e = elapsedOn(period, today);
    if (g.target > 0) p.behind_cents = clampToCents(std::max<Wide>(0, roundedShare(g.target, e) - p.booked_cents));
    if (g.to_win > 0) p.customers_behind = static_cast<int>(std::max<Wide>(0, ceilShare(g.to_win, e) - p.customers_won));
}
}  // namespace

GoalFigures deriveGoalFigures(const model::GoalPlan& plan) {
    GoalFigures f;
    f.customers_then = clampToInt(std::int64_t{plan.customers_now} + plan.customers_to_win);
    f.customers_increase_percent = percentOf(plan.customers_to_win, plan.customers_now);

    const Wide existing_now = plan.revenue_existing_now.cents;
    const Wide existing_then = existing_now + plan.revenue_existing_gain.cents;
    f.revenue_existing_then_cents = clampToCents(existing_then);
    f.revenue_existing_increase_percent = percentOf(plan.revenue_existing_gain.cents, existing_now);

    const Wide target = existing_then + plan.revenue_new.cents;
    f.target_revenue_cents = clampToCents(target);
    f.target_revenue_increase_percent = percentOf(target - existing_now, existing_now);

    const Wide per_customer_now = plan.revenue_per_customer_now.cents;
    f.target_per_customer_cents = clampToCents(per_customer_now + plan.revenue_per_customer_gain.cents);
    f.target_per_customer_increase_percent = percentOf(plan.revenue_per_customer_gain.cents, per_customer_now);
    return f;
}

// Progress is booked revenue against the target revenue of the period (what
// the rep promised to sell in total), not against the increase alone: a rep
// reads "62 % of the year's target", and existing business counts toward it.
GoalProgress goalProgress(const model::GoalPlan& plan, std::string_view today) {
    GoalProgress out;
    const auto period = periodOf(plan);
    tallyBookings(plan, period, out);
    const Goal goal{deriveGoalFigures(plan).target_revenue_cents, plan.customers_to_win};
    out.revenue_fraction = fractionOf(out.booked_cents, goal.target);
    out.customers_fraction = fractionOf(out.customers_won, plan.customers_to_win);
    const auto day = dates::dayNumber(today);
    if (period && day && period->deadline > period->start) {
        const Elapsed e = elapsedOn(*period, *day);
        out.expected_fraction = static_cast<double>(e.days) / static_cast<double>(e.total);
    }
    out.pace = paceOf(goal, out, period, day);
    if (out.pace == Pace::Behind) measureGap(goal, *period, *day, out);
    return out;
}

}  // namespace etappe::rules
