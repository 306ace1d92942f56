// The shell's screen registry: --view names, the sidebar, and shortcuts that
// reach only the screen that is showing.
#include <doctest/doctest.h>

#include <set>

#include "app_fixture.h"
#include "shell/command_line.h"
#include "shell/screen_registry.h"

using namespace etappe;
using testing::AppDriver;
using testing::sampleOn;

TEST_CASE("every --view name opens its screen; unknown names are refused") {
    const std::pair<const char*, const char*> names[] = {
        {"customers", "customers"}, {"priorities", "priorities"}, {"plan", "plan"},         {"reduced", "plan"},
        {"goals", "goals"},         {"activities", "activities"}, {"calendar", "activities"},
    };
    for (const auto& [name, id] : names) {
        CAPTURE(name);
        const app::ScreenType* type = app::findScreenType(name);
        REQUIRE(type != nullptr);
        CHECK(type->info->id == id);
        CHECK(app::viewNames().find(name) != std::string::npos);
        std::string error;
        CHECK(app::parseCommandLine({"--view", name}, error).has_value());
    }
    CHECK(app::findScreenType("calendars") == nullptr);
    CHECK(app::findScreenType("") == nullptr);
    std::string error;
    CHECK_FALSE(app::parseCommandLine({"--view", "nowhere"}, error).has_value());
    CHECK(error.find(app::viewNames()) != std::string::npos);
    CHECK(std::string(app::usageText()).find(app::viewNames()) != std::string::npos);
}

TEST_CASE("screen ids, labels and --view names are unique") {
    std::set<std::string_view> names, labels;
    for (const app::ScreenType& type : app::screenTypes()) {
        CHECK(names.insert(type.info->id).second);
        CHECK(labels.insert(type.info->label_key).second);
        for (std::string_view mode : type.info->modes)
            if (!mode.empty()) CHECK(names.insert(mode).second);
    }
}

TEST_CASE("the sidebar offers every registered screen and switches to it") {
    AppDriver d(sampleOn("customers"));
    for (const app::ScreenType& type : app::screenTypes()) {
        const std::string probe(type.info->label_key);
        CAPTURE(probe);
        d.click(probe);
        CHECK(d.app->screenId() == type.info->id);
    }
}

TEST_CASE("--view calendar and --view reduced open their screen in its mode") {
    AppDriver calendar(sampleOn("calendar"));
    CHECK(calendar.app->screenId() == "activities");
    calendar.app.reset();

    AppDriver reduced(sampleOn("reduced"));
    CHECK(reduced.app->screenId() == "plan");
    const model::Customer* customer = reduced.portfolio().findCustomer(reduced.app->plannerView().customerId());
    REQUIRE(customer != nullptr);
    CHECK(customer->customer_class == method::CustomerClass::B);
}

TEST_CASE("no screen shortcut takes a key the shell uses on every screen") {
    AppDriver d(sampleOn("customers"));
    auto same = [](const ui::KeyChord& a, const ui::KeyChord& b) {
        return a.key == b.key && a.named == b.named && a.ctrl == b.ctrl && a.shift == b.shift;
    };
    for (const auto& entry : d.app->screens().entries()) {
        for (const app::Shortcut& mine : entry.shortcuts) {
            CAPTURE(entry.info->id);
            CAPTURE(ui::chordLabel(mine.keys));
            for (const app::Shortcut& global : d.app->globalShortcuts()) CHECK_FALSE(same(mine.keys, global.keys));
        }
    }
}

// Defect (issue 8, item 2): Del on another screen armed the customer-delete
// question, which popped up later on returning to Customers.
TEST_CASE("Del on the Activities screen does not ask to delete a customer later") {
    AppDriver d(sampleOn("customers"));
    const model::Id selected = d.app->customersView().selectedId();
    REQUIRE(selected != model::kNoId);  // the table selected its first customer
    d.click("screen.activities");
    d.key(testing::kDelete);
    d.click("screen.customers");
    REQUIRE(d.app->screenId() == "customers");
    d.probes.clear();
    d.frames(3);
    CHECK_FALSE(d.probes.count("delete.confirm"));  // no question waiting
    CHECK(d.portfolio().findCustomer(selected) != nullptr);
}

TEST_CASE("Ctrl+N on another screen leaves the customers alone") {
    AppDriver d(sampleOn("customers"));
    const auto count = d.portfolio().customers.size();
    d.click("screen.goals");
    d.key('N', true);
    CHECK(d.portfolio().customers.size() == count);
    CHECK(d.app->screenId() == "goals");
}

TEST_CASE("Ctrl+F finds a customer from every screen: the planner's own picker, else the customers' search") {
    AppDriver d(sampleOn("goals"));
    d.key('F', true);
    CHECK(d.app->screenId() == "customers");
    d.frames(2);
    CHECK(ImGui::GetIO().WantTextInput);  // the search field has the keyboard
    d.type("kase");  // "Käserei", typed without the umlaut
    d.probes.clear();
    d.frames(2);
    int rows = 0;
    for (const auto& c : d.portfolio().customers) {
        if (!d.probes.count("customers.row." + std::to_string(c.id))) continue;
        ++rows;
        CHECK(c.name.find("Käserei") != std::string::npos);
    }
    CHECK(rows == 1);

    d.key(256);
    d.app->showScreen("plan");
    d.frames(2);
    d.key('F', true);
    CHECK(d.app->screenId() == "plan");  // the planner searches in its own customer picker
    d.frames(2);
    REQUIRE(d.probes.count("plan.find_customer"));
    CHECK(ImGui::GetIO().WantTextInput);
    d.type("strass");
    d.key(testing::kEnter);
    const model::Customer* chosen = d.portfolio().findCustomer(d.app->plannerView().customerId());
    REQUIRE(chosen != nullptr);
    CHECK(chosen->name.find("Strassberger") != std::string::npos);
}

TEST_CASE("the same keys act on the Customers screen when it shows") {
    AppDriver d(sampleOn("customers"));
    const auto count = d.portfolio().customers.size();
    d.key(testing::kDelete);
    CHECK(d.probes.count("delete.confirm"));
    d.key(256);  // Escape: not deleted
    CHECK(d.portfolio().customers.size() == count);
    d.key('N', true);
    CHECK(d.portfolio().customers.size() == count + 1);
}

TEST_CASE("Edit menu customer commands go to the Customers screen first") {
    AppDriver d(sampleOn("goals"));
    const auto count = d.portfolio().customers.size();
    d.app->addCustomer();
    CHECK(d.app->screenId() == "customers");
    CHECK(d.portfolio().customers.size() == count + 1);

    d.app->showScreen("activities");
    d.app->deleteSelectedCustomer();
    CHECK(d.app->screenId() == "customers");
    d.probes.clear();
    d.frames(2);
    CHECK(d.probes.count("delete.confirm"));  // asked at once, where the customer is seen
}

TEST_CASE("on the welcome page Ctrl+N adds the first customer") {
    AppDriver d;
    REQUIRE(d.portfolio().customers.empty());
    d.key('N', true);
    CHECK(d.portfolio().customers.size() == 1);
    CHECK(d.app->screenId() == "customers");
}
