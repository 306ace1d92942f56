#include <doctest/doctest.h>

#include "app_fixture.h"
#include "dates/example_date.h"
#include "rules/goal_figures.h"

using namespace etappe;
using testing::AppDriver;

namespace {

const model::Activity& selectedActivity(AppDriver& d) {
    const model::Activity* activity = d.portfolio().findActivity(d.app->activitiesView().selectedId());
    REQUIRE(activity != nullptr);
    return *activity;
}
}  // namespace

TEST_CASE("an activity typed as one sentence is flagged by the coach until it is concrete") {
    AppDriver d(testing::sampleOn("activities"));
    const auto before = d.portfolio().activities.size();
    d.click("activities.quick");
    d.type("Auf Entscheidung warten");
    d.key(testing::kEnter);
    d.frames(2);
    REQUIRE(d.portfolio().activities.size() == before + 1);
    CHECK(selectedActivity(d).action == "Auf Entscheidung warten");
    d.probes.clear();
    d.frames(2);
    CHECK(d.probes.count("coach.flagged") == 1);
    CHECK(d.probes.count("coach.concrete") == 0);

    // A day still ahead, whenever the test runs (a fixed day would pass and be flagged).
    const std::string sentence =
        "Am " + dates::exampleDate(d.today, i18n::Language::German) + " Herrn Wendt das Konsignationslager-Konzept präsentieren";
    d.click("activity.action");
    d.key('A', true);
    d.type(sentence);
    d.click("activities.quick");  // leaving the field commits the text
    CHECK(selectedActivity(d).action == sentence);
    d.probes.clear();
    d.frames(2);
    CHECK(d.probes.count("coach.concrete") == 1);
    CHECK(d.probes.count("coach.flagged") == 0);

    d.key(256);  // leave the quick entry field
    d.key('Z', true);
    CHECK(selectedActivity(d).action == "Auf Entscheidung warten");
}

TEST_CASE("a date written in the sentence becomes the activity's date") {
    AppDriver d(testing::sampleOn("activities"));
    d.click("activities.quick");
    d.type("Am 18.06.2027 Herrn Demir die Linie 4 zeigen");
    d.key(testing::kEnter);
    d.frames(2);
    CHECK(selectedActivity(d).date == "2027-06-18");
}

TEST_CASE("marking an activity done is one undo step") {
    AppDriver d(testing::sampleOn("activities"));
    const model::Activity& first = d.portfolio().activities.front();
    const model::Id id = first.id;
    d.app->activitiesView().select(id);
    d.frames(2);
    d.click("activity.done");
    CHECK(d.portfolio().findActivity(id)->status == model::ActivityStatus::Done);
    d.key('Z', true);
    CHECK(d.portfolio().findActivity(id)->status == model::ActivityStatus::Planned);
}

TEST_CASE("a new goal plan takes today's customers and revenue from the portfolio, and derived figures follow the input") {
    AppDriver d(testing::sampleOn("goals"));
    std::int64_t revenue = 0;
    for (const auto& c : d.portfolio().customers) revenue += c.annual_revenue.cents;
    const int customers = static_cast<int>(d.portfolio().customers.size());
    d.click("goals.new");
    const model::GoalPlan* plan = d.portfolio().findGoalPlan(d.app->goalsView().goalPlanId());
    REQUIRE(plan != nullptr);
    CHECK(plan->customers_now == customers);
    CHECK(plan->revenue_existing_now.cents == revenue);

    d.click("goals.customers_to_win");
    d.key('A', true);
    d.type("5");
    d.key(testing::kEnter);
    plan = d.portfolio().findGoalPlan(d.app->goalsView().goalPlanId());
    CHECK(plan->customers_to_win == 5);
    CHECK(rules::deriveGoalFigures(*plan).customers_then == customers + 5);
    d.key('Z', true);
    CHECK(d.portfolio().findGoalPlan(d.app->goalsView().goalPlanId())->customers_to_win == 0);
}

TEST_CASE("the coach's verdicts follow the date while the app stays open overnight") {
    AppDriver d(testing::sampleOn("activities"));
    d.today = "2026-11-23";
    d.frames(2);
    model::Activity call;
    call.id = history::nextFreeId(d.portfolio());
    call.date = "2026-11-24";
    call.action = "Am 24.11. Herrn Wendt das Konzept präsentieren";
    app::UiContext ctx = d.app->context();
    REQUIRE(ctx.apply(history::editActivity(d.portfolio(), std::nullopt, call)));
    d.frames(2);
    auto& view = d.app->activitiesView();
    CHECK_FALSE(view.verdictFor(d.app->context(), *d.portfolio().findActivity(call.id)).has(rules::CoachFlag::PastDatePlanned));
    // Two days later, without any edit: the planned date now lies in the past.
    d.today = "2026-11-25";
    d.frames(2);
    CHECK(view.verdictFor(d.app->context(), *d.portfolio().findActivity(call.id)).has(rules::CoachFlag::PastDatePlanned));
}

TEST_CASE("the month calendar turns by calendar months: back from 31 January shows December") {
    AppDriver d(testing::sampleOn("activities"));
    auto& view = d.app->activitiesView();
    view.setMode(app::ActivitiesView::Mode::Month);
    view.showDate("2027-01-31");
    d.frames(2);
    d.click("calendar.previous");
    CHECK(view.shownDate() == "2026-12-31");
    d.click("calendar.previous");
    CHECK(view.shownDate() == "2026-11-30");
    d.click("calendar.next");
    d.click("calendar.next");
    CHECK(view.shownDate() == "2027-01-30");
    d.click("calendar.next");
    CHECK(view.shownDate() == "2027-02-28");  // the day clamps to the shorter month
}

TEST_CASE("the week calendar turns by seven days") {
    AppDriver d(testing::sampleOn("activities"));
    auto& view = d.app->activitiesView();
    view.setMode(app::ActivitiesView::Mode::Week);
    view.showDate("2027-01-31");
    d.frames(2);
    d.click("calendar.previous");
    CHECK(view.shownDate() == "2027-01-24");
    d.click("calendar.next");
    d.click("calendar.next");
    CHECK(view.shownDate() == "2027-02-07");
}
