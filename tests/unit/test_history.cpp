#include <doctest/doctest.h>

#include <random>

#include "history/document.h"
#include "history/edit.h"
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
