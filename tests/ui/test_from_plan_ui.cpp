// Issue 10, item 14: an activity planned from a plan knows its customer,
// person and step; a new goal plan is not "behind" before anything is booked.
#include <doctest/doctest.h>

#include <string>

#include "app_fixture.h"
#include "dates/iso_date.h"
#include "rules/goal_figures.h"

using namespace etappe;
using testing::AppDriver;

namespace {

const model::Activity& newestActivity(AppDriver& d) {
    REQUIRE_FALSE(d.portfolio().activities.empty());
    return d.portfolio().activities.back();
}

std::string paceProbe(rules::Pace pace) {
    return "goals.pace." + std::to_string(static_cast<int>(pace));
}

}  // namespace

TEST_CASE("the planner's next activity takes customer, first attendee and the plan's step, in one undo step") {
    AppDriver d(testing::sampleOn("plan"));
    const model::Customer& customer = d.portfolio().customers.front();
    const model::ConversationPlan& plan = customer.plans.back();
    REQUIRE_FALSE(plan.attendee_ids.empty());
    d.app->plannerView().openPlan(customer.id, plan.id);
    d.frames(2);
    const auto before = d.portfolio().activities.size();
    d.click("plan.next_activity");
    REQUIRE(d.portfolio().activities.size() == before + 1);
    const model::Activity& added = newestActivity(d);
    CHECK(added.customer_id == customer.id);
    CHECK(added.contact_id == plan.attendee_ids.front());
    CHECK_FALSE(added.step_key.empty());
    CHECK(added.date == dates::addDays(d.today, 1));
    d.key('Z', true);
    CHECK(d.portfolio().activities.size() == before);
}

TEST_CASE("'plan next step' for an A customer without one takes the person and step from its newest plan") {
    AppDriver d(testing::sampleOn("activities"));
    d.frames(2);
    // Find an A customer offered the button, and one that has a plan with attendees.
    const model::Customer* offered = nullptr;
    for (const model::Customer& c : d.portfolio().customers)
        if (d.probes.count("activities.plan_next." + std::to_string(c.id)) && !c.plans.empty() &&
            !c.plans.back().attendee_ids.empty())
            offered = &c;
    if (!offered) {
        // The sample gives every A customer a next step; take one away to be offered the button.
        const model::Customer& c = d.portfolio().customers.front();
        std::vector<model::Id> next;
        for (const model::Activity& a : d.portfolio().activities)
            if (a.customer_id == c.id && a.status == model::ActivityStatus::Planned && a.date >= d.today)
                next.push_back(a.id);
        app::UiContext ctx = d.app->context();
        for (const model::Id id : next)
            REQUIRE(ctx.apply(history::editActivity(d.portfolio(), *d.portfolio().findActivity(id), std::nullopt)));
        d.frames(2);
        offered = &d.portfolio().customers.front();
    }
    const model::Id customer = offered->id;
    const model::Id attendee = offered->plans.back().attendee_ids.front();
    d.click("activities.plan_next." + std::to_string(customer));
    const model::Activity& added = newestActivity(d);
    CHECK(added.customer_id == customer);
    CHECK(added.contact_id == attendee);
    CHECK_FALSE(added.step_key.empty());
}

TEST_CASE("a new goal plan late in the year shows a neutral pace until the first booking") {
    AppDriver d(testing::sampleOn("goals"));
    d.today = "2026-11-23";  // eleven months of the year behind it
    d.frames(2);
    d.click("goals.new");
    d.probes.clear();  // the sample's own plan, drawn before, is behind
    d.frames(2);
    CHECK(d.probes.count(paceProbe(rules::Pace::NoBookings)) == 1);
    CHECK(d.probes.count(paceProbe(rules::Pace::Behind)) == 0);
}
