#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "shell/sample_case.h"
#include "storage/format.h"
#include "storage/portfolio_file.h"

using namespace etappe;

TEST_CASE("the shipped sample is a full workshop case: classes, contacts, plans, goals and activities") {
    const storage::LoadResult raw = storage::loadPortfolioFile(app::sampleCasePath());
    REQUIRE_MESSAGE(raw.ok(), storage::loadProblemKey(raw.problem), " ", raw.detail);
    const model::Portfolio& p = *raw.portfolio;
    CHECK(raw.format_version == storage::kFormatVersion);
    CHECK(p.customers.size() >= 15);
    std::set<method::CustomerClass> classes;
    int a_with_plans = 0;
    for (const auto& c : p.customers) {
        classes.insert(c.customer_class);
        CHECK_MESSAGE(!c.contacts.empty(), c.name);
        if (c.customer_class == method::CustomerClass::A && !c.plans.empty()) ++a_with_plans;
    }
    CHECK(classes.size() == 3);
    const auto overridden_with_reason = std::count_if(p.customers.begin(), p.customers.end(), [](const auto& c) {
        return c.class_decision.overridden && !c.class_decision.reason.empty();
    });
    const auto could_become_a = std::count_if(p.customers.begin(), p.customers.end(),
                                              [](const auto& c) { return c.class_decision.could_become_a; });
    CHECK(overridden_with_reason >= 1);
    CHECK(could_become_a >= 1);
    CHECK(a_with_plans >= 3);
    CHECK(p.goal_plans.size() == 1);
    CHECK(p.activities.size() >= 20);
}

TEST_CASE("opening the sample moves its activities and meetings to today, and its goals to this year") {
    storage::LoadResult moved = app::loadSampleCase("2027-01-04");  // 42 days after the sample's own today
    const storage::LoadResult raw = storage::loadPortfolioFile(app::sampleCasePath());
    REQUIRE(moved.ok());
    REQUIRE(raw.ok());
    const auto& before = raw.portfolio->activities.front();
    const auto& after = moved.portfolio->activities.front();
    REQUIRE(before.date == "2026-11-18");
    CHECK(after.date == "2026-12-30");
    CHECK(moved.portfolio->customers.front().plans.back().date == "2027-01-07");  // was 2026-11-26
    CHECK(moved.portfolio->goal_plans.front().period_start == "2027-01-01");
    CHECK(moved.portfolio->goal_plans.front().title == "Jahresziele 2027");
    const storage::LoadResult again = storage::validatePortfolio(*moved.portfolio);
    CHECK(again.ok());
}
