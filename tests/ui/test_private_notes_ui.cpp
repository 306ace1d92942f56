// Notes the rep marked private stay off the projector (issue 12, item 1):
// the mark is set in the customer editor, undoable, and while presenting the
// customer's notes, its knowledge notes and its plans' notes-to-self give way
// to a hint.
#include <doctest/doctest.h>

#include "app_fixture.h"
#include "ui/presentation.h"

using namespace etappe;
using testing::AppDriver;

namespace {

// A customer with a conversation plan: everything a private mark covers is drawn for it.
model::Id customerWithPlan(const model::Portfolio& p) {
    for (const auto& c : p.customers)
        if (!c.plans.empty() && !c.notes.empty()) return c.id;
    return model::kNoId;
}

void showCustomer(AppDriver& d, model::Id id) {
    d.app->showScreen("customers");
    {
        app::UiContext ctx = d.app->context();
        d.app->customersView().select(ctx, id);
    }
    d.probes.clear();
    d.frames(2);
}

}  // namespace

TEST_CASE("a customer's notes marked private are hidden while presenting, in the editor and in the plan") {
    AppDriver d(testing::sampleOn("customers"));
    const model::Id id = customerWithPlan(d.portfolio());
    REQUIRE(id != model::kNoId);
    showCustomer(d, id);
    CHECK(d.probes.count("customer.notes"));
    CHECK(d.probes.count("customer.knowledge_note.0"));
    CHECK_FALSE(d.probes.count("private.hidden"));

    // Marking is one click and one undo step.
    d.scrollTo("customer.private_notes");
    d.click("customer.private_notes");
    d.frames(1);
    REQUIRE(d.portfolio().findCustomer(id)->private_notes);
    d.key('Z', true);
    CHECK_FALSE(d.portfolio().findCustomer(id)->private_notes);
    d.key('Y', true);
    REQUIRE(d.portfolio().findCustomer(id)->private_notes);

    // At the desk the rep still sees and edits the notes.
    showCustomer(d, id);
    CHECK(d.probes.count("customer.notes"));

    // On the projector: hints instead of the notes, and no way to lift the mark in front of the room.
    d.key(ui::kKeyF5);
    REQUIRE(d.app->presenting());
    showCustomer(d, id);
    CHECK_FALSE(d.probes.count("customer.notes"));
    CHECK_FALSE(d.probes.count("customer.knowledge_note.0"));
    CHECK_FALSE(d.probes.count("customer.private_notes"));
    CHECK(d.probes.count("private.hidden"));

    d.app->showScreen("plan");
    {
        app::UiContext ctx = d.app->context();
        d.app->plannerView().open(ctx, app::NavigationRequest{"plan", id});
    }
    d.probes.clear();
    d.frames(2);
    CHECK_FALSE(d.probes.count("plan.notes"));
    CHECK(d.probes.count("private.hidden"));

    // Another customer's notes still show while presenting.
    for (const auto& c : d.portfolio().customers) {
        if (c.id == id || c.private_notes) continue;
        showCustomer(d, c.id);
        CHECK(d.probes.count("customer.notes"));
        break;
    }
}
