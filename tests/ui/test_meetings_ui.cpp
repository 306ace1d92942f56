// Meetings in the agenda and the calendar open their plan (issue 10, item 2).
#include <doctest/doctest.h>

#include "app_fixture.h"
#include "drawn_text.h"
#include "history/edit.h"

using namespace etappe;
using testing::AppDriver;
using ui::ItemRect;

namespace {

// The sample's meeting to prepare next: the newest plan of its first customer.
const model::ConversationPlan& upcomingPlan(AppDriver& d) {
    const model::Customer& customer = d.portfolio().customers.front();
    REQUIRE_FALSE(customer.plans.empty());
    return customer.plans.back();
}

}  // namespace

TEST_CASE("a meeting in the week calendar opens its plan on the plan screen") {
    AppDriver d(testing::sampleOn("activities"));
    const model::Id customer = d.portfolio().customers.front().id;
    const model::ConversationPlan& plan = upcomingPlan(d);
    REQUIRE_FALSE(plan.date.empty());
    auto& view = d.app->activitiesView();
    view.setMode(app::ActivitiesView::Mode::Week);
    view.showDate(plan.date);
    d.frames(2);
    const std::string probe = "activities.meeting." + std::to_string(plan.id);
    REQUIRE(d.probes.count(probe) == 1);
    d.click(probe);
    d.frames(1);
    CHECK(d.app->screenId() == "plan");
    CHECK(d.app->plannerView().customerId() == customer);
    CHECK(d.app->plannerView().planId() == plan.id);
}

TEST_CASE("the agenda lists this week's meetings, also the B customers' next contacts") {
    AppDriver d(testing::sampleOn("activities"));
    d.frames(2);
    const model::ConversationPlan& plan = upcomingPlan(d);
    CHECK(d.probes.count("activities.meeting." + std::to_string(plan.id)) == 1);
    // A B customer's reduced plan with a date is a meeting as well; a click opens that customer.
    model::Id reduced_customer = model::kNoId;
    for (const model::Customer& c : d.portfolio().customers)
        if (!c.reduced_plan.date.empty() && c.plans.empty() && reduced_customer == model::kNoId)
            reduced_customer = c.id;
    REQUIRE(reduced_customer != model::kNoId);
    const std::string probe = "activities.meeting.reduced." + std::to_string(reduced_customer);
    REQUIRE(d.probes.count(probe) == 1);
    d.click(probe);
    d.frames(1);
    CHECK(d.app->screenId() == "plan");
    CHECK(d.app->plannerView().customerId() == reduced_customer);
}

TEST_CASE("a meeting in the calendar shows time, customer and goal, cut with \"…\" and whole on hover") {
    AppDriver d(testing::sampleOn("activities"));
    const model::Customer& customer = d.portfolio().customers.front();
    model::Customer renamed = customer;
    renamed.name = "Strassberger Fördersysteme und Anlagenbau GmbH & Co. KG, Werk Regensburg";
    REQUIRE(d.app->session().document().apply(history::changeCustomer(d.portfolio(), customer, renamed)));
    const model::ConversationPlan& plan = upcomingPlan(d);
    REQUIRE_FALSE(plan.time.empty());
    REQUIRE_FALSE(plan.goal.empty());
    auto& view = d.app->activitiesView();
    for (const auto mode : {app::ActivitiesView::Mode::Week, app::ActivitiesView::Mode::Month}) {
        view.setMode(mode);
        view.showDate(plan.date);
        d.probes.clear();
        d.frames(2);
        const std::string probe = "activities.meeting." + std::to_string(plan.id);
        REQUIRE(d.probes.count(probe) == 1);
        const ItemRect entry{d.probes.at(probe).min, d.probes.at(probe).max};
        const std::string text = testing::drawnText(d);
        // Time, then the customer (the entry may break the line between them).
        const auto at = text.find("◆ " + plan.time);
        REQUIRE(at != std::string::npos);
        CHECK(text.substr(at, 40).find("Strassberger") != std::string::npos);
        CHECK(text.find("…") != std::string::npos);
        CHECK(text.find(renamed.name) == std::string::npos);
        // It stays in its day's column: no wider than a seventh of the calendar.
        CHECK(entry.max.x - entry.min.x < ImGui::GetIO().DisplaySize.x / 7.0f);

        d.ui.moveMouse(entry.centre());
        d.frames(2);
        const std::string hovered = testing::drawnText(d);
        CHECK(hovered.find(renamed.name) != std::string::npos);
        CHECK(hovered.find(plan.goal) != std::string::npos);
        d.ui.moveMouse(ImVec2(0, 0));
    }
}
