#pragma once
// What follows from the answers to the strategic questions (METHOD §7), and the
// progress against them. Money stays in integer cents; a percentage is a double
// that the UI rounds for display. Missing figures (division by zero, empty
// inputs) are std::nullopt, shown as "—".
#include <cstdint>
#include <optional>
#include <string_view>

#include "model/goal_plan.h"

namespace etappe::rules {

struct GoalFigures {
    int customers_then = 0;
    std::optional<double> customers_increase_percent;
    std::int64_t revenue_existing_then_cents = 0;
    std::optional<double> revenue_existing_increase_percent;
    std::int64_t target_revenue_cents = 0;  // existing then + new
    std::optional<double> target_revenue_increase_percent;  // over revenue_existing_now
    std::int64_t target_per_customer_cents = 0;
    std::optional<double> target_per_customer_increase_percent;
};
GoalFigures deriveGoalFigures(const model::GoalPlan& plan);

// Over: the deadline has passed. NoBookings: the period runs but nothing is
// booked in it yet; a new plan would otherwise read "behind by the whole
// expected share" before the rep entered anything (issue 10, item 14), so the
// pace is judged from the first booking on.
enum class Pace { NotStarted, OnTrack, Behind, Reached, Over, NoBookings };

struct GoalProgress {
    std::int64_t booked_cents = 0;            // all bookings in the period
    int bookings = 0;                         // how many bookings count for the period
    int customers_won = 0;                    // bookings marked new_customer, counted per distinct customer
    std::optional<double> revenue_fraction;   // booked / (target revenue − revenue_existing_now) … see .cpp
    std::optional<double> customers_fraction; // won / customers_to_win
    std::optional<double> expected_fraction;  // linear: elapsed / (deadline − period_start) at today
    Pace pace = Pace::NotStarted;
    std::int64_t behind_cents = 0;            // how much revenue is missing to be on the linear path today
    int customers_behind = 0;
};
GoalProgress goalProgress(const model::GoalPlan& plan, std::string_view today);

}  // namespace etappe::rules
