#include <doctest/doctest.h>

#include <algorithm>

#include "app_fixture.h"
#include "storage/file_lock.h"
#include "storage/portfolio_file.h"
#include "rules/reviews.h"
#include "views/review_view.h"

using namespace etappe;
using testing::AppDriver;

TEST_CASE("first start: the welcome panel adds a customer, typing names it, undo takes it back") {
    AppDriver d;
    CHECK(d.portfolio().customers.empty());
    REQUIRE(d.probes.count("welcome.add_customer"));
    d.click("welcome.add_customer");
    REQUIRE(d.portfolio().customers.size() == 1);
    CHECK(d.portfolio().customers[0].name == "New customer");

    // The name field has the focus with its text selected: typing replaces it.
    d.frames(2);
    d.type("Hartmann Verpackung");
    d.key(testing::kEnter);
    CHECK(d.portfolio().customers[0].name == "Hartmann Verpackung");

    d.key('Z', true);  // undo the name
    CHECK(d.portfolio().customers[0].name == "New customer");
    d.key('Z', true);  // undo the add
    CHECK(d.portfolio().customers.empty());
    d.key('Y', true);  // redo
    REQUIRE(d.portfolio().customers.size() == 1);
    CHECK(d.portfolio().customers[0].name == "New customer");
}

TEST_CASE("Ctrl+N adds a customer next to existing ones and selects it") {
    app::AppOptions options;
    options.sample = true;
    AppDriver d(options);
    const auto before = d.portfolio().customers.size();
    REQUIRE(before >= 15);
    d.key('N', true);
    CHECK(d.portfolio().customers.size() == before + 1);
    CHECK(d.app->customersView().selectedId() == d.portfolio().customers.back().id);
}

TEST_CASE("selecting a row, editing the city and deleting with confirmation are each one undo step") {
    app::AppOptions options;
    options.sample = true;
    AppDriver d(options);
    const model::Customer first = d.portfolio().customers.front();
    d.click("customers.row." + std::to_string(first.id));
    CHECK(d.app->customersView().selectedId() == first.id);

    d.click("customer.city");
    d.key('A', true);  // select the old text
    d.type("Göttingen");
    d.key(testing::kEnter);
    CHECK(d.portfolio().findCustomer(first.id)->city == "Göttingen");

    d.click("customer.delete");
    d.click("delete.confirm");
    CHECK(d.portfolio().findCustomer(first.id) == nullptr);
    d.key('Z', true);
    REQUIRE(d.portfolio().findCustomer(first.id) != nullptr);
    CHECK(d.portfolio().findCustomer(first.id)->city == "Göttingen");
    d.key('Z', true);
    CHECK(d.portfolio().findCustomer(first.id)->city == first.city);
}

TEST_CASE("the Delete key asks first, and nothing is deleted without confirming") {
    app::AppOptions options;
    options.sample = true;
    AppDriver d(options);
    const model::Customer first = d.portfolio().customers.front();
    d.click("customers.row." + std::to_string(first.id));
    d.key(testing::kDelete);
    CHECK(d.portfolio().findCustomer(first.id) != nullptr);
    CHECK(d.probes.count("delete.confirm"));
    d.key(256);  // Escape closes the question
    CHECK(d.portfolio().findCustomer(first.id) != nullptr);
}

TEST_CASE("the class filter and the search narrow the table") {
    app::AppOptions options;
    options.sample = true;
    AppDriver d(options);
    d.click("customers.filter.B");
    d.click("customers.filter.C");
    const auto& query = d.app->customersView().query();
    CHECK(query.classes[0]);
    CHECK_FALSE(query.classes[1]);
    CHECK_FALSE(query.classes[2]);
    d.probes.clear();
    d.frames(2);
    for (const auto& c : d.portfolio().customers) {
        const bool drawn = d.probes.count("customers.row." + std::to_string(c.id)) > 0;
        CHECK(drawn == (c.customer_class == method::CustomerClass::A));
    }
}

TEST_CASE("autosave writes the file within two seconds of an edit") {
    AppDriver d;
    d.click("welcome.add_customer");
    d.key(testing::kEnter);
    CHECK(d.app->session().document().isDirty());
    d.now += 2.0;
    d.frames(2);
    d.finishAutosave();
    CHECK_FALSE(d.app->session().document().isDirty());
    const auto loaded = storage::loadPortfolioFile(d.home.portfolioPath());
    REQUIRE(loaded.ok());
    CHECK(loaded.portfolio->customers.size() == 1);
}

TEST_CASE("a file held by another Etappe opens read-only and cannot be edited") {
    AppDriver d;
    d.click("welcome.add_customer");
    d.now += 2.0;
    d.frames(2);
    d.app.reset();  // this window closes and releases its lock
    storage::FileLock::Refusal refusal;
    auto other = storage::FileLock::acquire(d.home.portfolioPath(), refusal);
    REQUIRE(other.has_value());
    d.start({});
    CHECK(d.app->session().isReadOnly());
    CHECK_FALSE(d.app->session().lockHolder().empty());
    const auto count = d.portfolio().customers.size();
    d.key('N', true);
    CHECK(d.portfolio().customers.size() == count);
}

TEST_CASE("switching the language changes every label and is remembered") {
    AppDriver d;
    d.app->setLanguage(i18n::Language::German);
    d.frames(2);
    CHECK(std::string(d.app->translator().text("menu.file")) == "Datei");
    d.app.reset();
    d.start({});
    CHECK(d.app->translator().language() == i18n::Language::German);
}

TEST_CASE("the sample case opens as an untitled copy and never touches the shipped file") {
    app::AppOptions options;
    options.sample = true;
    AppDriver d(options);
    CHECK(d.app->session().isUntitled());
    CHECK_FALSE(d.app->session().document().isDirty());
    d.key('N', true);
    d.now += 5.0;
    d.frames(2);
    CHECK(d.app->session().isUntitled());  // kept in the recovery file, not in the sample
}

TEST_CASE("after a crash the next start offers the untitled work that autosave kept") {
    {
        app::AppOptions options;
        options.sample = true;
        AppDriver first(options);
        first.key('N', true);  // an edit on the untitled sample copy
        first.now += 2.0;
        first.frames(2);       // autosave writes the recovery file; then the "crash": no clean quit
        const auto count = first.portfolio().customers.size();
        first.app.reset();
        first.start({});
        CHECK(first.app->recoveryOffered());
        first.click("recovery.restore.0");
        CHECK_FALSE(first.app->recoveryOffered());
        CHECK(first.portfolio().customers.size() == count);
        CHECK(first.app->session().isUntitled());
        CHECK(first.app->session().document().isDirty());
    }
}

TEST_CASE("deleting a customer with activities says so, keeps the file saveable, and one undo brings all back") {
    AppDriver d(testing::sampleOn("customers"));
    // The sample customer with the most activities.
    model::Id target = model::kNoId;
    std::size_t most = 0;
    for (const auto& c : d.portfolio().customers) {
        const auto count = static_cast<std::size_t>(std::count_if(d.portfolio().activities.begin(), d.portfolio().activities.end(),
                                                                   [&](const model::Activity& a) { return a.customer_id == c.id; }));
        if (count > most) most = count, target = c.id;
    }
    REQUIRE(most > 0);
    const std::string original = storage::portfolioToText(d.portfolio());
    app::UiContext ctx = d.app->context();
    d.app->customersView().select(ctx, target);
    d.frames(2);
    d.key(testing::kDelete);
    CHECK(d.probes.count("delete.impact_activities"));
    d.click("delete.confirm");
    CHECK(d.portfolio().findCustomer(target) == nullptr);
    i18n::Message detail;
    CHECK(storage::findProblem(d.portfolio(), detail) == storage::LoadProblem::None);
    CHECK_FALSE(d.app->session().saveOnQuit().has_value());  // the save on quit goes through
    d.key('Z', true);
    CHECK(storage::portfolioToText(d.portfolio()) == original);
}

TEST_CASE("the customer editor lists the customer's meetings and activities, and each opens where it is edited") {
    AppDriver d(testing::sampleOn("customers"));
    // A customer with both a plan and an activity.
    const model::Customer* target = nullptr;
    const model::Activity* activity = nullptr;
    for (const auto& c : d.portfolio().customers) {
        if (c.plans.empty()) continue;
        for (const auto& a : d.portfolio().activities)
            if (a.customer_id == c.id) activity = &a;
        if (activity) {
            target = &c;
            break;
        }
    }
    REQUIRE(target != nullptr);
    const model::Id customer_id = target->id, plan_id = target->plans.front().id, activity_id = activity->id;
    {
        app::UiContext ctx = d.app->context();
        d.app->customersView().select(ctx, customer_id);
    }
    d.frames(2);
    REQUIRE(d.probes.count("history.plan." + std::to_string(plan_id)));
    REQUIRE(d.probes.count("history.activity." + std::to_string(activity_id)));
    d.scrollTo("history.plan." + std::to_string(plan_id));
    d.click("history.plan." + std::to_string(plan_id));
    CHECK(d.app->screenId() == "plan");
    CHECK(d.app->plannerView().customerId() == customer_id);
    CHECK(d.app->plannerView().planId() == plan_id);

    d.app->showScreen("customers");
    d.probes.clear();
    d.frames(2);
    d.scrollTo("history.activity." + std::to_string(activity_id));
    d.click("history.activity." + std::to_string(activity_id));
    CHECK(d.app->screenId() == "activities");
    CHECK(d.app->activitiesView().selectedId() == activity_id);
}

TEST_CASE("starting without a file reopens the portfolio the rep worked on last") {
    AppDriver d(testing::sampleOn("customers"));
    const std::string path = d.home.root() + "/Gebiet Süd.etappe";
    d.app->saveAs(path);
    REQUIRE(d.app->session().path().find("Gebiet Süd.etappe") != std::string::npos);
    const auto customers = d.portfolio().customers.size();
    d.app.reset();  // quit
    d.start(app::AppOptions{});
    CHECK(d.app->session().path().find("Gebiet Süd.etappe") != std::string::npos);
    CHECK(d.portfolio().customers.size() == customers);

    // Moved away: the default portfolio, and the rep is told.
    d.app.reset();
    std::filesystem::rename(path, d.home.root() + "/elsewhere.etappe");
    d.start(app::AppOptions{});
    CHECK(d.app->session().path() == d.home.portfolioPath());
    CHECK(d.app->notifications().currentStatus(d.now) == d.app->translator().text("status.last_file_missing"));
}

TEST_CASE("the customer's history lists its reviews, opens each one, and hides them on the projector") {
    AppDriver d(testing::sampleOn("customers"));
    // A customer with a review that is not the newest one overall, so opening it is not the review screen's default.
    const model::Review* latest = rules::latestReview(d.portfolio(), nullptr);
    const model::Review* chosen = nullptr;
    for (const auto& r : d.portfolio().reviews)
        if (&r != latest) chosen = &r;
    REQUIRE(chosen != nullptr);
    const model::Id customer_id = chosen->customer_id, review_id = chosen->id;
    {
        app::UiContext ctx = d.app->context();
        d.app->customersView().select(ctx, customer_id);
    }
    d.frames(2);
    const std::string entry = "history.review." + std::to_string(review_id);
    REQUIRE(d.probes.count(entry));
    d.scrollTo(entry);
    d.click(entry);
    CHECK(d.app->screenId() == "review");
    CHECK(d.app->screens().get<app::ReviewView>().reviewId() == review_id);

    // Presenting: the diary stays private, the meetings still show.
    d.app->showScreen("customers");
    d.app->setPresenting(true);
    d.probes.clear();
    d.frames(3);
    CHECK_FALSE(d.probes.count(entry));
    const auto shown = [&](const std::string& prefix) {
        return std::any_of(d.probes.begin(), d.probes.end(), [&](const auto& probe) { return probe.first.rfind(prefix, 0) == 0; });
    };
    CHECK_FALSE(shown("history.review."));
    CHECK((shown("history.plan.") || shown("history.activity.") || shown("history.reduced")));
}
