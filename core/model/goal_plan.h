#pragma once
#include <string>
#include <vector>

#include "model/ids.h"
#include "model/money.h"

namespace etappe::model {

// Revenue booked in the goal period (entered by the rep), for progress.
struct Booking {
    Id id = kNoId;
    Id customer_id = kNoId;
    std::string date;  // ISO date
    Money amount;
    bool new_customer = false;  // a customer won in this period
    bool operator==(const Booking&) const = default;
};

// Quantitative sales goals for a period (METHOD §7), as answers to the
// strategic questions. What follows from them is derived in rules/goal_figures.
struct GoalPlan {
    Id id = kNoId;
    std::string title;         // e.g. "Jahresziele 2026"
    std::string period_start;  // ISO date
    std::string deadline;      // ISO date: by when the increases are reached
    int customers_now = 0;
    int customers_to_win = 0;
    Money revenue_existing_now;   // revenue with existing customers today
    Money revenue_existing_gain;  // additional revenue planned with them
    Money revenue_new;            // revenue planned with new customers
    Money revenue_per_customer_now;   // average revenue per customer today
    Money revenue_per_customer_gain;  // planned gain per customer
    std::vector<Booking> bookings;

    bool operator==(const GoalPlan&) const = default;
};

}  // namespace etappe::model
