#include <doctest/doctest.h>

#include <random>

#include "history/document.h"
#include "history/edit.h"
#include "history/integrity.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"

using namespace etappe;

namespace {
model::Customer named(model::Id id, const std::string& name) {
    model::Customer c;
    c.id = id;
    c.name = name;
    return c;
}
}  // namespace

TEST_CASE("adding a customer can be undone and redone") {
    history::Document doc;
    const auto& p = doc.portfolio();
    REQUIRE(doc.apply(history::addCustomer(p, named(history::nextFreeId(p), "Hartmann Verpackung"))));
    CHECK(p.customers.size() == 1);
    CHECK(p.next_id == 2);
    CHECK(doc.isDirty());
    REQUIRE(doc.undo());
    CHECK(p.customers.empty());
    CHECK(p.next_id == 1);  // ids handed out by the edit are given back
    CHECK_FALSE(doc.isDirty());
    REQUIRE(doc.redo());
    CHECK(p.customers.at(0).name == "Hartmann Verpackung");
}

TEST_CASE("deleting restores the customer at its old place on undo") {
    model::Portfolio start;
    for (int i = 0; i < 3; ++i) start.customers.push_back(named(start.allocateId(), "K" + std::to_string(i)));
    history::Document doc(start);
    REQUIRE(doc.apply(history::deleteCustomer(doc.portfolio(), 2)));
    CHECK(doc.portfolio().customers.size() == 2);
    REQUIRE(doc.undo());
    CHECK(doc.portfolio() == start);
}

TEST_CASE("a new edit after undo drops the redo steps") {
    history::Document doc;
    doc.apply(history::addCustomer(doc.portfolio(), named(1, "A")));
    doc.undo();
    CHECK(doc.canRedo());
    doc.apply(history::addCustomer(doc.portfolio(), named(1, "B")));
    CHECK_FALSE(doc.canRedo());
}

TEST_CASE("saved state: undoing back to it makes the document clean again") {
    history::Document doc;
    doc.apply(history::addCustomer(doc.portfolio(), named(1, "A")));
    doc.markSaved();
    const model::Customer before = doc.portfolio().customers[0];
    model::Customer after = before;
    after.city = "Würzburg";
    doc.apply(history::changeCustomer(doc.portfolio(), before, after));
    CHECK(doc.isDirty());
    doc.undo();
    CHECK_FALSE(doc.isDirty());
    doc.undo();
    CHECK(doc.isDirty());
}

TEST_CASE("every change bumps the revision that caches depend on") {
    history::Document doc;
    const auto r0 = doc.revision();
    doc.apply(history::addCustomer(doc.portfolio(), named(1, "A")));
    const auto r1 = doc.revision();
    doc.undo();
    const auto r2 = doc.revision();
    CHECK(r1 > r0);
    CHECK(r2 > r1);
}

TEST_CASE("an edit that does not fit the document is refused and changes nothing") {
    history::Document doc;
    const auto before = doc.revision();
    CHECK_FALSE(doc.apply(history::deleteCustomer(doc.portfolio(), 42)));
    CHECK(doc.revision() == before);
    CHECK_FALSE(doc.canUndo());
}

TEST_CASE("random edit sequences undone completely give back the identical file text") {
    std::mt19937 rng(20261123);
    for (int round = 0; round < 20; ++round) {
        history::Document doc(testing::syntheticPortfolio(30));
        const std::string original = storage::portfolioToText(doc.portfolio());
        int applied = 0;
        for (int step = 0; step < 60; ++step) {
            const auto& p = doc.portfolio();
            const int action = static_cast<int>(rng() % 4);
            if (action == 0 || p.customers.empty()) {
                applied += doc.apply(history::addCustomer(p, named(history::nextFreeId(p), "Neu " + std::to_string(step)),
                                                          static_cast<int>(rng() % (p.customers.size() + 1))));
            } else if (action == 1) {
                applied += doc.apply(history::deleteCustomer(p, p.customers[rng() % p.customers.size()].id));
            } else if (action == 2) {
                const model::Customer& before = p.customers[rng() % p.customers.size()];
                model::Customer after = before;
                after.notes += " – geändert";
                model::Contact contact;
                contact.id = history::nextFreeId(p, &after);
                contact.name = "Kontakt " + std::to_string(step);
                after.contacts.push_back(contact);
                applied += doc.apply(history::changeCustomer(p, before, after));
            } else {
                applied += doc.apply(history::changeTitle(p.title, "Titel " + std::to_string(step)));
            }
            if (rng() % 5 == 0) doc.undo();
        }
        CHECK(applied > 0);
        while (doc.undo()) {
        }
        CHECK(storage::portfolioToText(doc.portfolio()) == original);
    }
}

TEST_CASE("1,000 edits on 10,000 customers keep the undo history small") {
    history::Document doc(testing::syntheticPortfolio(10000));
    for (int i = 0; i < 1000; ++i) {
        const model::Customer& before = doc.portfolio().customers[static_cast<std::size_t>(i * 7 % 10000)];
        model::Customer after = before;
        after.notes = "Notiz " + std::to_string(i);
        doc.apply(history::changeCustomer(doc.portfolio(), before, after));
    }
    CHECK(doc.undoDepth() == 1000);
    CHECK(doc.historyBytes() < 50u * 1024 * 1024);
}

TEST_CASE("activities and goal plans are added, changed and removed as undoable steps") {
    history::Document doc;
    model::Activity call;
    call.id = history::nextFreeId(doc.portfolio());
    call.action = "Am 24.11. Frau Gerens das Konzept präsentieren";
    REQUIRE(doc.apply(history::editActivity(doc.portfolio(), std::nullopt, call)));
    CHECK(doc.portfolio().activities.size() == 1);
    CHECK(doc.portfolio().next_id == call.id + 1);

    model::Activity done = call;
    done.status = model::ActivityStatus::Done;
    done.outcome = "Zusage für Pilot";
    REQUIRE(doc.apply(history::editActivity(doc.portfolio(), call, done)));
    CHECK(doc.portfolio().activities[0].outcome == "Zusage für Pilot");

    model::GoalPlan goals;
    goals.id = history::nextFreeId(doc.portfolio());
    goals.title = "Jahresziele 2026";
    REQUIRE(doc.apply(history::editGoalPlan(doc.portfolio(), std::nullopt, goals)));
    REQUIRE(doc.apply(history::editActivity(doc.portfolio(), done, std::nullopt)));
    CHECK(doc.portfolio().activities.empty());

    doc.undo();  // activity back
    CHECK(doc.portfolio().activities.at(0).status == model::ActivityStatus::Done);
    doc.undo();  // goal plan gone
    CHECK(doc.portfolio().goal_plans.empty());
    doc.undo();
    doc.undo();
    CHECK(doc.portfolio().activities.empty());
    CHECK(doc.portfolio().next_id == 1);
}

TEST_CASE("changing the ABC thresholds and effort is one undoable step") {
    history::Document doc(testing::syntheticPortfolio(20));
    const model::PrioritySettings original = doc.portfolio().priorities;
    model::PrioritySettings changed = original;
    changed.thresholds.a_share_percent = 70;
    changed.thresholds.b_share_percent = 15;
    changed.thresholds.include_potential = true;
    changed.effort[0].appointment = "Eigene Reise, fester Termin";
    const history::Edit edit = history::changePriorities(doc.portfolio(), original, changed);
    CHECK(edit.changes.size() == 1);
    CHECK(edit.approximateBytes() > sizeof(history::Edit));
    REQUIRE(doc.apply(edit));
    CHECK(doc.portfolio().priorities == changed);

    doc.undo();
    CHECK(doc.portfolio().priorities == original);
    CHECK(doc.portfolio().priorities.thresholds.a_share_percent == 65);
    doc.redo();
    CHECK(doc.portfolio().priorities.thresholds.a_share_percent == 70);
    CHECK(doc.portfolio().priorities.effort[0].appointment == "Eigene Reise, fester Termin");

    // A step made from other settings than the current ones is refused.
    CHECK_FALSE(doc.apply(history::changePriorities(doc.portfolio(), original, original)));
    CHECK(doc.portfolio().priorities == changed);
}

namespace {
// A customer with a contact, a plan the contact attends, an activity naming the
// contact, and a goal plan whose booking and linked activity refer to them.
model::Portfolio referencedCustomer() {
    model::Portfolio p;
    model::Customer c = named(p.allocateId(), "Strassberger Kunststoff");
    model::Contact gerens;
    gerens.id = p.allocateId();
    gerens.name = "Frau Gerens";
    c.contacts.push_back(gerens);
    model::ConversationPlan plan;
    plan.id = p.allocateId();
    plan.attendee_ids = {gerens.id};
    c.plans.push_back(plan);
    p.customers.push_back(c);
    p.customers.push_back(named(p.allocateId(), "Zweckverband Wasser"));
    model::GoalPlan goals;
    goals.id = p.allocateId();
    model::Booking booking;
    booking.id = p.allocateId();
    booking.date = "2026-11-20";
    booking.amount.cents = 4'200'000;
    booking.customer_id = c.id;
    goals.bookings.push_back(booking);
    p.goal_plans.push_back(goals);
    for (const char* action : {"Am 3.12. Frau Gerens das Angebot schicken", "Am 4.12. Frau Gerens anrufen"}) {
        model::Activity a;
        a.id = p.allocateId();
        a.action = action;
        a.customer_id = c.id;
        a.contact_id = gerens.id;
        a.goal_plan_id = goals.id;
        p.activities.push_back(a);
    }
    model::Activity other;
    other.id = p.allocateId();
    other.action = "Am 5.12. Zweckverband besuchen";
    other.customer_id = p.customers[1].id;
    p.activities.push_back(other);
    return p;
}

bool saveable(const model::Portfolio& p) {
    i18n::Message detail;
    return storage::findProblem(p, detail) == storage::LoadProblem::None;
}
}  // namespace

TEST_CASE("deleting a customer that others refer to keeps the file saveable, says what it affects, and is one undo step") {
    history::Document doc(referencedCustomer());
    const std::string original = storage::portfolioToText(doc.portfolio());
    const model::Id id = doc.portfolio().customers[0].id;
    const history::Edit edit = history::deleteCustomer(doc.portfolio(), id);
    const history::Impact impact = history::impactOf(doc.portfolio(), edit);
    CHECK(impact.activities_deleted == 2);
    CHECK(impact.bookings_unlinked == 1);

    REQUIRE(doc.apply(edit));
    CHECK(saveable(doc.portfolio()));
    CHECK(doc.portfolio().activities.size() == 1);  // the other customer's activity stays
    CHECK(doc.portfolio().goal_plans[0].bookings[0].customer_id == model::kNoId);
    CHECK(doc.portfolio().goal_plans[0].bookings[0].amount.cents == 4'200'000);  // the revenue still counts

    REQUIRE(doc.undo());
    CHECK(doc.undoDepth() == 0);
    CHECK(storage::portfolioToText(doc.portfolio()) == original);
}

TEST_CASE("removing a contact takes it out of plans and activities in the same step") {
    history::Document doc(referencedCustomer());
    const std::string original = storage::portfolioToText(doc.portfolio());
    const model::Customer& before = doc.portfolio().customers[0];
    model::Customer after = before;
    after.contacts.clear();
    const history::Edit edit = history::changeCustomer(doc.portfolio(), before, after);
    CHECK(history::impactOf(doc.portfolio(), edit).plans_changed == 1);
    CHECK(history::impactOf(doc.portfolio(), edit).activities_unlinked == 2);
    REQUIRE(doc.apply(edit));
    CHECK(saveable(doc.portfolio()));
    CHECK(doc.portfolio().customers[0].plans[0].attendee_ids.empty());
    CHECK(doc.portfolio().activities[0].contact_id == model::kNoId);
    CHECK(doc.portfolio().activities[0].customer_id == before.id);  // still the customer's activity
    doc.undo();
    CHECK(storage::portfolioToText(doc.portfolio()) == original);
}

TEST_CASE("deleting a goal plan unlinks the activities that served it") {
    history::Document doc(referencedCustomer());
    REQUIRE(doc.apply(history::editGoalPlan(doc.portfolio(), doc.portfolio().goal_plans[0], std::nullopt)));
    CHECK(saveable(doc.portfolio()));
    CHECK(doc.portfolio().activities.size() == 3);
    for (const auto& a : doc.portfolio().activities) CHECK(a.goal_plan_id == model::kNoId);
}

TEST_CASE("ticking a checkpoint stores the plan, not the customer with all its plans") {
    model::Portfolio p = referencedCustomer();
    for (int i = 0; i < 20; ++i) {
        model::ConversationPlan plan;
        plan.id = p.allocateId();
        plan.after_sales_mail = std::string(2000, 'x');
        p.customers[0].plans.push_back(plan);
    }
    history::Document doc(p);
    const model::Customer& before = doc.portfolio().customers[0];
    model::Customer after = before;
    after.plans[3].steps[2].checkpoints[1] = true;
    const history::Edit tick = history::changeCustomer(doc.portfolio(), before, after);
    REQUIRE(tick.changes.size() == 1);
    CHECK(std::holds_alternative<history::Change<model::ConversationPlan>>(tick.changes[0]));
    CHECK(tick.approximateBytes() < 10'000);  // two plan states, not 21 plans
    model::Customer renamed = before;
    renamed.name = "Strassberger GmbH";
    const history::Edit rename = history::changeCustomer(doc.portfolio(), before, renamed);
    CHECK(rename.approximateBytes() < 5'000);  // the customer's own data twice, no plans
    REQUIRE(doc.apply(rename));
    CHECK(doc.portfolio().customers[0].plans.size() == 21);  // renaming keeps the plans
}
