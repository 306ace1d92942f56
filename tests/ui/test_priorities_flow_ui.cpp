#include <doctest/doctest.h>

#include "app_fixture.h"

using namespace etappe;
using testing::AppDriver;

namespace {

const model::Customer& customerNamed(AppDriver& d, const std::string& part) {
    for (const auto& c : d.portfolio().customers) {
        if (c.name.find(part) != std::string::npos) return c;
    }
    FAIL("no customer named " << part);
    return d.portfolio().customers.front();
}
}  // namespace

TEST_CASE("overriding the proposed class keeps the proposal visible and is one undo step") {
    AppDriver d(testing::sampleOn("customers"));
    const model::Customer& strassberger = customerNamed(d, "Strassberger");
    const model::Id id = strassberger.id;
    CHECK_FALSE(strassberger.class_decision.overridden);  // A by revenue, as proposed
    d.click("customers.row." + std::to_string(id));
    d.click("class.B");
    const model::Customer* after = d.portfolio().findCustomer(id);
    CHECK(after->class_decision.overridden);
    CHECK(after->customer_class == method::CustomerClass::B);
    REQUIRE(d.probes.count("customer.class_reason"));
    d.click("customer.class_reason");
    d.type("Rahmenvertrag läuft aus");
    d.key(testing::kEnter);
    CHECK(d.portfolio().findCustomer(id)->class_decision.reason == "Rahmenvertrag läuft aus");
    d.key('Z', true);
    d.key('Z', true);
    CHECK_FALSE(d.portfolio().findCustomer(id)->class_decision.overridden);

    // Picking the proposal again means following it.
    d.click("class.B");
    d.click("class.A");
    CHECK_FALSE(d.portfolio().findCustomer(id)->class_decision.overridden);
}

TEST_CASE("marking a B customer 'could become A' switches its planner to the 16 steps") {
    AppDriver d(testing::sampleOn("reduced"));
    const model::Id id = d.app->plannerView().customerId();
    const model::Customer* customer = d.portfolio().findCustomer(id);
    REQUIRE(customer != nullptr);
    CHECK(customer->name.find("Zwickelhof") != std::string::npos);
    CHECK(d.probes.count("reduced.goals.done"));   // the five-element planner is shown
    CHECK_FALSE(d.probes.count("path.station.1"));

    d.app->showScreen("customers");
    app::UiContext ctx = d.app->context();
    d.app->customersView().select(ctx, id);
    d.frames(2);
    // The label runs past the pane's scrollbar: click on the box at its left end.
    const ui::ItemRect box = d.probes.at("customer.could_become_a");
    d.ui.click(ImVec2(box.min.x + ImGui::GetFrameHeight() * 0.5f, box.centre().y), d.draw());
    d.frames(1);
    CHECK(d.portfolio().findCustomer(id)->class_decision.could_become_a);
    d.app->showScreen("plan");
    d.probes.clear();
    d.frames(2);
    CHECK(d.probes.count("plan.new"));  // the 16-step planner: no plan yet, offered to start one
    CHECK_FALSE(d.probes.count("reduced.goals.done"));
    // What was planned in the five-element form is kept.
    CHECK(d.portfolio().findCustomer(id)->reduced_plan.hasGoal());
}

TEST_CASE("the five-element fields are typed, kept and undone") {
    AppDriver d(testing::sampleOn("reduced"));
    const model::Id id = d.app->plannerView().customerId();
    const std::string sample_text = d.portfolio().findCustomer(id)->reduced_plan.factual_solution;
    REQUIRE_FALSE(sample_text.empty());
    d.click("reduced.field.factual_solution");
    d.key('A', true);
    d.type("Wartung im Februar");
    d.click("reduced.goals.done");  // leaving the field commits it, the tick is a second step
    CHECK(d.portfolio().findCustomer(id)->reduced_plan.factual_solution == "Wartung im Februar");
    const bool ticked = d.portfolio().findCustomer(id)->reduced_plan.done[0];
    d.key('Z', true);
    CHECK(d.portfolio().findCustomer(id)->reduced_plan.done[0] != ticked);
    d.key('Z', true);
    CHECK(d.portfolio().findCustomer(id)->reduced_plan.factual_solution == sample_text);
}
