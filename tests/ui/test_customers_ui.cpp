#include <doctest/doctest.h>

#include <algorithm>

#include "app_fixture.h"
#include "history/edit.h"
#include "ui/impact_lines.h"
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
    CHECK(d.probes.count("impact.activities_deleted"));
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

TEST_CASE("removing a contact that plans and activities name asks first, says what happens to them, and is one undo step") {
    AppDriver d(testing::sampleOn("customers"));
    // A sample contact that a plan lists as attendee and an activity names.
    const auto plansNaming = [&d](model::Id contact) {
        int n = 0;
        for (const auto& c : d.portfolio().customers)
            for (const auto& p : c.plans) n += std::count(p.attendee_ids.begin(), p.attendee_ids.end(), contact) > 0;
        return n;
    };
    const auto activitiesNaming = [&d](model::Id contact) {
        return std::count_if(d.portfolio().activities.begin(), d.portfolio().activities.end(),
                             [&](const model::Activity& a) { return a.contact_id == contact; });
    };
    model::Id customer = model::kNoId, contact = model::kNoId;
    for (const auto& c : d.portfolio().customers)
        for (const auto& k : c.contacts)
            if (contact == model::kNoId && plansNaming(k.id) > 0 && activitiesNaming(k.id) > 0) customer = c.id, contact = k.id;
    REQUIRE(contact != model::kNoId);
    const std::string original = storage::portfolioToText(d.portfolio());
    const std::size_t depth = d.app->session().document().undoDepth();
    {
        app::UiContext ctx = d.app->context();
        d.app->customersView().select(ctx, customer);
    }
    d.frames(2);
    const std::string remove = "contact.remove." + std::to_string(contact);
    d.scrollTo(remove);

    // Asked first: nothing changes until the rep confirms; Escape keeps the contact.
    d.click(remove);
    d.probes.clear();
    d.frames(1);
    REQUIRE(d.probes.count("contact.remove_confirm"));
    CHECK(d.probes.count("impact.plans_changed"));
    CHECK(d.probes.count("impact.activities_unlinked"));
    CHECK(d.portfolio().findCustomer(customer)->findContact(contact) != nullptr);
    d.key(testing::kEscape);
    d.probes.clear();
    d.frames(1);
    CHECK_FALSE(d.probes.count("contact.remove_confirm"));
    CHECK(storage::portfolioToText(d.portfolio()) == original);

    // Confirmed: the contact goes, plans and activities no longer name it, the file stays saveable.
    d.scrollTo(remove);
    d.click(remove);
    d.frames(1);
    d.click("contact.remove_confirm");
    CHECK(d.portfolio().findCustomer(customer)->findContact(contact) == nullptr);
    CHECK(plansNaming(contact) == 0);
    CHECK(activitiesNaming(contact) == 0);
    i18n::Message detail;
    CHECK(storage::findProblem(d.portfolio(), detail) == storage::LoadProblem::None);
    CHECK(d.app->session().document().undoDepth() == depth + 1);
    d.key('Z', true);
    CHECK(storage::portfolioToText(d.portfolio()) == original);
}

TEST_CASE("a contact nothing refers to is removed at once") {
    AppDriver d(testing::sampleOn("customers"));
    const model::Id customer = d.portfolio().customers.front().id;
    {
        app::UiContext ctx = d.app->context();
        d.app->customersView().select(ctx, customer);
    }
    d.frames(2);
    const std::size_t contacts = d.portfolio().findCustomer(customer)->contacts.size();
    d.scrollTo("contact.add");
    d.click("contact.add");
    d.frames(1);
    REQUIRE(d.portfolio().findCustomer(customer)->contacts.size() == contacts + 1);
    const model::Id added = d.portfolio().findCustomer(customer)->contacts.back().id;
    d.scrollTo("contact.remove." + std::to_string(added));
    d.click("contact.remove." + std::to_string(added));
    d.probes.clear();
    d.frames(1);
    CHECK_FALSE(d.probes.count("contact.remove_confirm"));
    CHECK(d.portfolio().findCustomer(customer)->contacts.size() == contacts);
}

TEST_CASE("the customer delete question names the workshop exercises and observer sheets that refer to the customer") {
    AppDriver d(testing::sampleOn("customers"));
    REQUIRE(!d.portfolio().reviews.empty());
    const model::Review review = d.portfolio().reviews.front();
    const model::Id target = review.customer_id;
    model::Exercise exercise;
    exercise.id = history::nextFreeId(d.portfolio());
    exercise.kind = model::ExerciseKind::PrepareMeeting;
    exercise.title = "Vorbereitung";
    exercise.customer_ids = {target};
    REQUIRE(d.app->session().document().apply(history::editExercise(d.portfolio(), std::nullopt, exercise)));
    model::Observation sheet;
    sheet.id = history::nextFreeId(d.portfolio());
    sheet.review_id = review.id;
    REQUIRE(d.app->session().document().apply(history::editObservation(d.portfolio(), std::nullopt, sheet)));
    const std::string original = storage::portfolioToText(d.portfolio());
    {
        app::UiContext ctx = d.app->context();
        d.app->customersView().select(ctx, target);
    }
    d.frames(2);
    d.key(testing::kDelete);
    d.probes.clear();
    d.frames(1);
    CHECK(d.probes.count("impact.exercises_changed"));
    CHECK(d.probes.count("impact.observations_unlinked"));
    d.click("delete.confirm");
    CHECK(d.portfolio().exercises.back().customer_ids.empty());  // the exercise stays, without its target
    CHECK(d.portfolio().observations.back().review_id == model::kNoId);  // the sheet keeps its ratings, unlinked
    d.key('Z', true);
    CHECK(storage::portfolioToText(d.portfolio()) == original);
}

TEST_CASE("what a deletion affects reads as a sentence for one and for many, in English and German") {
    history::Impact impact;
    impact.exercises_changed = 1;
    impact.observations_unlinked = 2;
    const auto en = ui::impactSentences(i18n::Translator(i18n::Language::English), impact);
    REQUIRE(en.size() == 2);
    CHECK(en[0].kind == "exercises_changed");
    CHECK(en[0].text.starts_with("One workshop exercise works on this customer"));
    CHECK(en[1].kind == "observations_unlinked");
    CHECK(en[1].text.starts_with("2 observer sheets rate reviews"));
    const auto de = ui::impactSentences(i18n::Translator(i18n::Language::German), impact);
    REQUIRE(de.size() == 2);
    CHECK(de[0].text.starts_with("Eine Workshop-Übung bezieht sich"));
    CHECK(de[1].text.starts_with("2 Beobachtungsbögen bewerten"));
    impact = {};
    impact.activities_deleted = 3;
    impact.reviews_deleted = 1;
    const auto counts = ui::impactSentences(i18n::Translator(i18n::Language::English), impact);
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].text == "3 activities for this customer are deleted with it.");
    CHECK(counts[1].text.starts_with("One of your reviews"));
}
