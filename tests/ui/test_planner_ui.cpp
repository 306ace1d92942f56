#include <doctest/doctest.h>

#include "app_fixture.h"
#include "rules/plan_progress.h"

using namespace etappe;
using testing::AppDriver;

namespace {
app::AppOptions planView() {
    app::AppOptions options;
    options.sample = true;
    options.view = "plan";
    return options;
}

const model::ConversationPlan& openPlan(AppDriver& d) {
    const model::Customer* customer = d.portfolio().findCustomer(d.app->plannerView().customerId());
    REQUIRE(customer != nullptr);
    const model::ConversationPlan* plan = customer->findPlan(d.app->plannerView().planId());
    REQUIRE(plan != nullptr);
    return *plan;
}
}  // namespace

TEST_CASE("--view plan opens the first A customer's newest plan at the step where it stands") {
    AppDriver d(planView());
    const model::ConversationPlan& plan = openPlan(d);
    CHECK(d.portfolio().findCustomer(d.app->plannerView().customerId())->customer_class == method::CustomerClass::A);
    CHECK(static_cast<std::size_t>(d.app->plannerView().selectedStep()) == rules::currentStep(plan));
    CHECK(d.probes.count("path.station.16"));
}

TEST_CASE("ticking a checkpoint is one undo step and moves the count") {
    AppDriver d(planView());
    const int before = openPlan(d).checkedCount();
    d.click("path.station.6");
    CHECK(d.app->plannerView().selectedStep() == 5);
    d.click("plan.checkpoint.2");
    CHECK(openPlan(d).checkedCount() == before + 1);
    CHECK(openPlan(d).steps[5].checkpoints[1]);
    d.key('Z', true);
    CHECK(openPlan(d).checkedCount() == before);
}

TEST_CASE("typing a hook on the opening step is kept, and undo restores the old one") {
    AppDriver d(planView());
    const std::string old_hook = openPlan(d).hook;
    d.click("path.station.4");
    REQUIRE(d.app->plannerView().selectedStep() == 3);
    d.click("plan.field##hook");
    d.key('A', true);
    d.type("Ihr Werk in Cham läuft seit 2019 mit unseren Motoren – Zeit für ein Update?");
    d.key(testing::kEnter);
    CHECK(openPlan(d).hook == "Ihr Werk in Cham läuft seit 2019 mit unseren Motoren – Zeit für ein Update?");
    d.key('Z', true);
    CHECK(openPlan(d).hook == old_hook);
}

TEST_CASE("a knowledge gap becomes a question for the customer in step 6, ready to be worded, and undo takes it back") {
    AppDriver d(planView());
    const auto questions_before = openPlan(d).situation_questions.size();
    REQUIRE(d.probes.count("plan.add_question.decision_makers"));
    d.click("plan.add_question.decision_makers");
    REQUIRE(openPlan(d).situation_questions.size() == questions_before + 1);
    // Phrased to the customer, not the rep's note to self.
    const std::string ask = d.app->translator().text("knowledge.decision_makers.ask");
    CHECK(openPlan(d).situation_questions.back() == ask);
    CHECK(ask != d.app->translator().text("knowledge.decision_makers.question"));
    CHECK(d.app->plannerView().selectedStep() == 5);  // 6 · Customer situation
    d.frames(2);
    CHECK(ImGui::GetIO().WantTextInput);  // the new question has the keyboard
    d.key(269);  // End: the proposed wording is selected, the rep adds to it
    d.type(" Und bis wann?");
    d.key(testing::kEnter);  // leaves the field: the wording is one step
    CHECK(openPlan(d).situation_questions.back() == ask + " Und bis wann?");
    d.key('Z', true);
    CHECK(openPlan(d).situation_questions.back() == ask);
    d.key('Z', true);
    CHECK(openPlan(d).situation_questions.size() == questions_before);
}

TEST_CASE("a new plan starts empty and dated today, and copying the last keeps its preparation without ticks") {
    AppDriver d(planView());
    const model::Id customer_id = d.app->plannerView().customerId();
    const auto plans_before = d.portfolio().findCustomer(customer_id)->plans.size();
    const std::string last_hook = d.portfolio().findCustomer(customer_id)->plans.back().hook;
    d.click("plan.new");
    CHECK(d.portfolio().findCustomer(customer_id)->plans.size() == plans_before + 1);
    CHECK(openPlan(d).checkedCount() == 0);
    CHECK(openPlan(d).hook.empty());
    d.key('Z', true);
    CHECK(d.portfolio().findCustomer(customer_id)->plans.size() == plans_before);

    auto& planner = d.app->plannerView();
    app::UiContext ctx = d.app->context();
    d.ui.frame([&] { planner.newPlan(ctx, true); });
    d.frames(1);
    CHECK(openPlan(d).hook == last_hook);
    CHECK(openPlan(d).checkedCount() == 0);
}

TEST_CASE("deleting a plan says in the status line how to get it back") {
    AppDriver d(planView());
    const model::Id customer_id = d.app->plannerView().customerId();
    const auto plans = d.portfolio().findCustomer(customer_id)->plans.size();
    d.click("plan.delete");
    CHECK(d.portfolio().findCustomer(customer_id)->plans.size() == plans - 1);
    CHECK(d.app->notifications().currentStatus(d.now) == d.app->translator().text("plan.deleted"));
    d.key('Z', true);
    CHECK(d.portfolio().findCustomer(customer_id)->plans.size() == plans);
}

TEST_CASE("the plan screen keeps the customer chosen there when the rep switches screens") {
    AppDriver d(testing::sampleOn("customers"));
    std::vector<model::Id> a_customers;
    {
        app::UiContext ctx = d.app->context();
        for (const auto& c : d.portfolio().customers)
            if (ctx.treatedAsA(c.id)) a_customers.push_back(c.id);
        REQUIRE(a_customers.size() >= 3);
        d.app->customersView().select(ctx, a_customers[0]);
    }
    d.app->showScreen("plan");
    d.frames(2);
    CHECK(d.app->plannerView().customerId() == a_customers[0]);
    d.app->plannerView().openCustomer(a_customers[1]);  // chosen in the planner's own picker
    d.frames(1);
    d.app->showScreen("activities");
    d.frames(1);
    d.app->showScreen("plan");
    d.frames(1);
    CHECK(d.app->plannerView().customerId() == a_customers[1]);
    // A new selection in the table is followed.
    d.app->showScreen("customers");
    {
        app::UiContext ctx = d.app->context();
        d.app->customersView().select(ctx, a_customers[2]);
    }
    d.frames(1);
    d.app->showScreen("plan");
    d.frames(1);
    CHECK(d.app->plannerView().customerId() == a_customers[2]);
}
