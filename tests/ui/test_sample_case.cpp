#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <regex>
#include <set>

#include "method/plan_fields.h"
#include "method/reduced_elements.h"
#include "shell/sample_case.h"
#include "storage/format.h"
#include "storage/portfolio_file.h"
#include "dates/iso_date.h"

using namespace etappe;

TEST_CASE("the shipped sample is a full workshop case: classes, contacts, plans, goals and activities") {
    const storage::LoadResult raw = storage::loadPortfolioFile(app::sampleCasePath());
    REQUIRE_MESSAGE(raw.ok(), storage::loadProblemKey(raw.problem), " ", raw.detail);
    const model::Portfolio& p = *raw.portfolio;
    CHECK(raw.format_version == storage::kFormatVersion);
    CHECK(p.customers.size() >= 15);
    std::set<method::CustomerClass> classes;
    int a_with_plans = 0;
    for (const auto& c : p.customers) {
        classes.insert(c.customer_class);
        CHECK_MESSAGE(!c.contacts.empty(), c.name);
        if (c.customer_class == method::CustomerClass::A && !c.plans.empty()) ++a_with_plans;
    }
    CHECK(classes.size() == 3);
    const auto overridden_with_reason = std::count_if(p.customers.begin(), p.customers.end(), [](const auto& c) {
        return c.class_decision.overridden && !c.class_decision.reason.empty();
    });
    const auto could_become_a = std::count_if(p.customers.begin(), p.customers.end(),
                                              [](const auto& c) { return c.class_decision.could_become_a; });
    CHECK(overridden_with_reason >= 1);
    CHECK(could_become_a >= 1);
    CHECK(a_with_plans >= 3);
    CHECK(p.goal_plans.size() == 1);
    CHECK(p.activities.size() >= 20);
}

TEST_CASE("opening the sample moves its activities and meetings to today, and its goals to this year") {
    storage::LoadResult moved = app::loadSampleCase("2027-01-04");  // 42 days after the sample's own today
    const storage::LoadResult raw = storage::loadPortfolioFile(app::sampleCasePath());
    REQUIRE(moved.ok());
    REQUIRE(raw.ok());
    const auto& before = raw.portfolio->activities.front();
    const auto& after = moved.portfolio->activities.front();
    REQUIRE(before.date == "2026-11-18");
    CHECK(after.date == "2026-12-30");
    CHECK(moved.portfolio->customers.front().plans.back().date == "2027-01-07");  // was 2026-11-26
    CHECK(moved.portfolio->goal_plans.front().period_start == "2027-01-01");
    CHECK(moved.portfolio->goal_plans.front().title == "Jahresziele 2027");
    const storage::LoadResult again = storage::validatePortfolio(*moved.portfolio);
    CHECK(again.ok());
}

namespace {

// Every text a rep reads in the sample, with where it is. The goal plan's title is left out: it
// names its year, and opening the sample moves that year along.
void forEachSampleText(const model::Portfolio& p, const std::function<void(const std::string&, const std::string&)>& fn) {
    for (const model::Customer& c : p.customers) {
        for (const std::string* text : {&c.name, &c.industry, &c.city, &c.notes, &c.class_decision.reason}) fn(c.name, *text);
        for (const model::Contact& contact : c.contacts) fn(c.name, contact.name + " " + contact.role);
        for (const model::KnowledgeNote& known : c.knowledge) fn(c.name, known.note);
        for (const model::ConversationPlan& plan : c.plans) {
            fn(c.name, plan.place + " " + plan.goal);
            for (const model::StepWork& step : plan.steps) fn(c.name, step.notes);
            method::forEachText(plan, [&](const std::string& text) { fn(c.name, text); });
        }
        for (const method::ReducedField& field : method::kReducedFields) fn(c.name, c.reduced_plan.*field.text);
    }
    for (const model::Activity& a : p.activities) fn("activity " + std::to_string(a.id), a.action + " " + a.outcome);
}

}  // namespace

TEST_CASE("the sample's texts name no dates, so they stay true when opening moves the dates") {
    const storage::LoadResult raw = storage::loadPortfolioFile(app::sampleCasePath());
    REQUIRE(raw.ok());
    // A day and month ("2. Dezember", "24.11."), a month or weekday by name, a year, a calendar week.
    const std::regex date(
        "\\b\\d{1,2}\\.\\s?(\\d{1,2}\\.|Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)|"
        "\\b(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|"
        "March|June|July|October|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|"
        "Tuesday|Wednesday|Thursday|Friday)\\b|\\b(19|20)\\d\\d\\b|\\bKW ?\\d");
    int texts = 0;
    forEachSampleText(*raw.portfolio, [&](const std::string& where, const std::string& text) {
        ++texts;
        std::smatch found;
        CHECK_MESSAGE(!std::regex_search(text, found, date), where, ": \"", found.str(), "\" in \"", text, "\"");
    });
    CHECK(texts > 300);
}

TEST_CASE("opening the sample moves the next contact of the reduced plans too") {
    const storage::LoadResult raw = storage::loadPortfolioFile(app::sampleCasePath());
    storage::LoadResult moved = app::loadSampleCase("2027-01-04");  // 42 days on
    REQUIRE(raw.ok());
    REQUIRE(moved.ok());
    int dated = 0;
    for (std::size_t i = 0; i < raw.portfolio->customers.size(); ++i) {
        const std::string& before = raw.portfolio->customers[i].reduced_plan.date;
        if (before.empty()) continue;
        ++dated;
        CHECK(moved.portfolio->customers[i].reduced_plan.date == dates::addDays(before, 42));
    }
    CHECK(dated >= 2);
}
