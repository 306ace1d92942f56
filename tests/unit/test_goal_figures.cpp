#include <doctest/doctest.h>

#include <limits>

#include "rules/goal_figures.h"

using namespace etappe;
using rules::Pace;

namespace {
model::Money euros(std::int64_t cents) { return model::Money{cents, "EUR"}; }

// The running example, all figures in cents:
//   customers 40 now, 6 to win;
//   existing 1.984.833,30 € = 198,483,330 ct now, +150.000 € = 15,000,000 ct;
//   new customers 120.000 € = 12,000,000 ct;
//   per customer 49.620,83 € = 4,962,083 ct now (1.984.833,30 / 40, rounded), +2.500 € = 250,000 ct;
//   period 2026-01-01 … 2026-12-31.
model::GoalPlan examplePlan() {
    model::GoalPlan plan;
    plan.period_start = "2026-01-01";
    plan.deadline = "2026-12-31";
    plan.customers_now = 40;
    plan.customers_to_win = 6;
    plan.revenue_existing_now = euros(198'483'330);
    plan.revenue_existing_gain = euros(15'000'000);
    plan.revenue_new = euros(12'000'000);
    plan.revenue_per_customer_now = euros(4'962'083);
    plan.revenue_per_customer_gain = euros(250'000);
    return plan;
}

model::Booking booking(model::Id customer, const char* date, std::int64_t cents, bool new_customer = false) {
    return model::Booking{0, customer, date, euros(cents), new_customer};
}
}  // namespace

TEST_CASE("goal figures of the running example, worked out by hand") {
    const auto f = rules::deriveGoalFigures(examplePlan());
    // 40 + 6 = 46 customers; 6 / 40 = 0.15 → 15 %.
    CHECK(f.customers_then == 46);
    REQUIRE(f.customers_increase_percent);
    CHECK(*f.customers_increase_percent == doctest::Approx(15.0));
    // 198,483,330 + 15,000,000 = 213,483,330 ct = 2.134.833,30 €;
    // 15,000,000 / 198,483,330 = 0.0755730… → 7.5573 %.
    CHECK(f.revenue_existing_then_cents == 213'483'330);
    REQUIRE(f.revenue_existing_increase_percent);
    CHECK(*f.revenue_existing_increase_percent == doctest::Approx(15'000'000.0 / 198'483'330.0 * 100.0));
    CHECK(*f.revenue_existing_increase_percent == doctest::Approx(7.5573).epsilon(1e-5));
    // Target: 213,483,330 + 12,000,000 = 225,483,330 ct = 2.254.833,30 €;
    // over today: (225,483,330 − 198,483,330) / 198,483,330 = 27,000,000 / 198,483,330 = 0.136031… → 13.6032 %.
    CHECK(f.target_revenue_cents == 225'483'330);
    REQUIRE(f.target_revenue_increase_percent);
    CHECK(*f.target_revenue_increase_percent == doctest::Approx(27'000'000.0 / 198'483'330.0 * 100.0));
    CHECK(*f.target_revenue_increase_percent == doctest::Approx(13.6032).epsilon(1e-5));
    // Per customer: 4,962,083 + 250,000 = 5,212,083 ct = 52.120,83 €;
    // 250,000 / 4,962,083 = 0.0503821… → 5.0382 %.
    CHECK(f.target_per_customer_cents == 5'212'083);
    REQUIRE(f.target_per_customer_increase_percent);
    CHECK(*f.target_per_customer_increase_percent == doctest::Approx(5.0382).epsilon(1e-5));
}

TEST_CASE("an increase over nothing has no percentage") {
    model::GoalPlan plan;
    plan.customers_to_win = 5;
    plan.revenue_existing_gain = euros(100);
    plan.revenue_new = euros(50);
    plan.revenue_per_customer_gain = euros(7);
    const auto f = rules::deriveGoalFigures(plan);
    CHECK(f.customers_then == 5);  // 0 + 5
    CHECK_FALSE(f.customers_increase_percent);
    CHECK(f.revenue_existing_then_cents == 100);
    CHECK_FALSE(f.revenue_existing_increase_percent);
    CHECK(f.target_revenue_cents == 150);  // 0 + 100 + 50
    CHECK_FALSE(f.target_revenue_increase_percent);
    CHECK(f.target_per_customer_cents == 7);
    CHECK_FALSE(f.target_per_customer_increase_percent);
}

TEST_CASE("an empty plan gives zeros, no percentages and no progress") {
    const model::GoalPlan plan;
    const auto f = rules::deriveGoalFigures(plan);
    CHECK(f.customers_then == 0);
    CHECK(f.revenue_existing_then_cents == 0);
    CHECK(f.target_revenue_cents == 0);
    CHECK(f.target_per_customer_cents == 0);
    CHECK_FALSE(f.customers_increase_percent);
    CHECK_FALSE(f.target_revenue_increase_percent);
    const auto p = rules::goalProgress(plan, "2026-11-23");
    CHECK(p.booked_cents == 0);
    CHECK(p.customers_won == 0);
    CHECK_FALSE(p.revenue_fraction);
    CHECK_FALSE(p.customers_fraction);
    CHECK_FALSE(p.expected_fraction);
    CHECK(p.pace == Pace::NotStarted);
    CHECK(p.behind_cents == 0);
    CHECK(p.customers_behind == 0);
}

TEST_CASE("the largest accepted amounts add up exactly; beyond int64 the figure saturates") {
    model::GoalPlan plan;
    plan.revenue_existing_now = euros(model::kMaxMoneyCents);
    plan.revenue_existing_gain = euros(model::kMaxMoneyCents);
    plan.revenue_new = euros(model::kMaxMoneyCents);
    auto f = rules::deriveGoalFigures(plan);
    CHECK(f.target_revenue_cents == 3 * model::kMaxMoneyCents);
    CHECK(*f.target_revenue_increase_percent == doctest::Approx(200.0));
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    plan.revenue_existing_now = euros(kMax);
    plan.revenue_existing_gain = euros(kMax);
    plan.customers_now = std::numeric_limits<int>::max();
    plan.customers_to_win = 1;
    f = rules::deriveGoalFigures(plan);
    CHECK(f.revenue_existing_then_cents == kMax);  // not wrapped into a negative number
    CHECK(f.target_revenue_cents == kMax);
    CHECK(f.customers_then == std::numeric_limits<int>::max());
    CHECK(*f.revenue_existing_increase_percent == doctest::Approx(100.0));
}

TEST_CASE("mid-period: 40 % booked at half time is behind by 10 % of the target") {
    auto plan = examplePlan();
    // 40 % of 225,483,330 ct = 90,193,332 ct, booked in three parts inside the period.
    plan.bookings = {booking(101, "2026-01-15", 50'000'000, true), booking(101, "2026-03-01", 30'000'000, true),
                     booking(102, "2026-06-30", 10'193'332, true),
                     booking(103, "2025-12-31", 99'000'000, true),  // before the period: ignored
                     booking(104, "", 5'000'000, true)};            // undated: cannot be placed in the period
    // Jan 1 → Jul 2: 31+28+31+30+31+30 = 181 days to Jul 1, +1 = 182 elapsed of 364 → 0.5 exactly.
    const auto p = rules::goalProgress(plan, "2026-07-02");
    CHECK(p.booked_cents == 90'193'332);
    CHECK(p.customers_won == 2);  // 101 (twice) and 102
    CHECK(*p.revenue_fraction == doctest::Approx(0.4));
    CHECK(*p.customers_fraction == doctest::Approx(2.0 / 6.0));
    CHECK(*p.expected_fraction == 0.5);
    CHECK(p.pace == Pace::Behind);
    // 0.5 × 225,483,330 = 112,741,665; minus 90,193,332 = 22,548,333 ct = 10 % of the target.
    CHECK(p.behind_cents == 22'548'333);
    // ceil(0.5 × 6) = 3 expected, 2 won → 1 behind.
    CHECK(p.customers_behind == 1);
}

TEST_CASE("exactly on the linear path is on track") {
    auto plan = examplePlan();
    // Half of 225,483,330 = 112,741,665 ct and 3 of 6 new customers at half time.
    plan.bookings = {booking(1, "2026-02-01", 112'741'665, true), booking(2, "2026-03-01", 0, true),
                     booking(3, "2026-04-01", 0, true)};
    const auto p = rules::goalProgress(plan, "2026-07-02");
    CHECK(p.pace == Pace::OnTrack);
    CHECK(p.behind_cents == 0);
    CHECK(p.customers_behind == 0);
    plan.bookings.pop_back();  // revenue on path, but only 2 of 3 customers
    const auto q = rules::goalProgress(plan, "2026-07-02");
    CHECK(q.pace == Pace::Behind);
    CHECK(q.behind_cents == 0);
    CHECK(q.customers_behind == 1);
}

TEST_CASE("before the period starts, nothing is expected yet") {
    const auto p = rules::goalProgress(examplePlan(), "2025-12-31");
    CHECK(p.pace == Pace::NotStarted);
    CHECK(*p.expected_fraction == 0.0);
    CHECK(p.behind_cents == 0);
}

TEST_CASE("after the deadline, a goal not reached is over") {
    auto plan = examplePlan();
    plan.bookings = {booking(1, "2026-12-31", 225'483'329, true)};  // one cent short
    const auto p = rules::goalProgress(plan, "2027-01-01");
    CHECK(p.pace == Pace::Over);
    CHECK(*p.expected_fraction == 1.0);
    CHECK(p.behind_cents == 0);  // the gap is reported only while the period runs
}

TEST_CASE("a goal reached is reached, early or after the deadline") {
    auto plan = examplePlan();
    plan.bookings = {booking(1, "2026-03-01", 225'483'330)};
    for (model::Id c = 10; c < 16; ++c) plan.bookings.push_back(booking(c, "2026-04-01", 0, true));
    CHECK(rules::goalProgress(plan, "2026-04-02").pace == Pace::Reached);
    CHECK(rules::goalProgress(plan, "2027-06-30").pace == Pace::Reached);
    CHECK(*rules::goalProgress(plan, "2026-04-02").revenue_fraction == doctest::Approx(1.0));
    plan.bookings.pop_back();  // revenue reached, one new customer missing: not reached
    CHECK(rules::goalProgress(plan, "2026-04-02").pace == Pace::OnTrack);
    CHECK(rules::goalProgress(plan, "2027-01-01").pace == Pace::Over);
}

TEST_CASE("the expected share is exact: a third of 3 customers is 1, not 2") {
    model::GoalPlan plan;
    plan.period_start = "2026-01-01";
    plan.deadline = "2026-01-31";  // 30 days
    plan.customers_to_win = 3;
    plan.revenue_new = euros(100);
    plan.bookings = {booking(1, "2026-01-02", 0)};  // one booking, so the pace is judged
    const auto p = rules::goalProgress(plan, "2026-01-11");  // 10 of 30 days
    CHECK(*p.expected_fraction == doctest::Approx(1.0 / 3.0));
    CHECK(p.pace == Pace::Behind);
    CHECK(p.customers_behind == 1);  // ceil(10 × 3 / 30) = 1
    CHECK(p.behind_cents == 33);     // round(100 / 3)
}

TEST_CASE("without a valid period every booking counts and there is no pace to judge") {
    auto plan = examplePlan();
    plan.period_start = "";
    plan.bookings = {booking(1, "", 1'000, true), booking(2, "2020-01-01", 2'000, false)};
    auto p = rules::goalProgress(plan, "2026-07-02");
    CHECK(p.booked_cents == 3'000);
    CHECK(p.customers_won == 1);
    CHECK_FALSE(p.expected_fraction);
    CHECK(p.pace == Pace::NotStarted);
    plan.period_start = "2027-01-01";  // after the deadline: not a period either
    p = rules::goalProgress(plan, "2026-07-02");
    CHECK(p.booked_cents == 3'000);
    CHECK_FALSE(p.expected_fraction);
}

TEST_CASE("a one-day period is due in full on that day") {
    model::GoalPlan plan;
    plan.period_start = plan.deadline = "2026-11-23";
    plan.revenue_new = euros(1'000);
    plan.bookings = {booking(1, "2026-11-23", 400)};
    const auto p = rules::goalProgress(plan, "2026-11-23");
    CHECK_FALSE(p.expected_fraction);  // no span to divide
    CHECK(p.pace == Pace::Behind);
    CHECK(p.behind_cents == 600);
}

TEST_CASE("wins without a linked customer count one each; linked ones once per customer") {
    model::GoalPlan plan;
    plan.customers_to_win = 4;
    plan.bookings = {booking(model::kNoId, "", 0, true), booking(model::kNoId, "", 0, true), booking(7, "", 0, true),
                     booking(7, "", 0, true), booking(8, "", 0, false)};
    const auto p = rules::goalProgress(plan, "2026-11-23");
    CHECK(p.customers_won == 3);
    CHECK(*p.customers_fraction == doctest::Approx(0.75));
}

TEST_CASE("a running plan without any booking is not behind yet: its pace is judged from the first booking") {
    // A goal plan made in November for the year has 90 % of the year behind it;
    // before the rep entered anything it must not read "behind by 90 % of the target".
    auto plan = examplePlan();
    const auto fresh = rules::goalProgress(plan, "2026-11-23");
    CHECK(fresh.pace == Pace::NoBookings);
    CHECK(fresh.behind_cents == 0);
    CHECK(fresh.customers_behind == 0);
    CHECK(*fresh.expected_fraction > 0.8);  // the straight path is still shown
    plan.bookings = {booking(1, "2026-11-20", 1'000'000)};
    CHECK(rules::goalProgress(plan, "2026-11-23").pace == Pace::Behind);  // from the first booking on
    plan.bookings = {booking(1, "2025-11-20", 1'000'000)};                 // outside the period: still none
    CHECK(rules::goalProgress(plan, "2026-11-23").pace == Pace::NoBookings);
    plan.bookings.clear();
    CHECK(rules::goalProgress(plan, "2027-01-02").pace == Pace::Over);  // the deadline passing is a fact either way
}
