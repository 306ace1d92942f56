#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <regex>
#include <set>

#include "method/plan_fields.h"
#include "method/reduced_elements.h"
#include "shell/sample_case.h"
#include "storage/format.h"
#include "rules/development.h"
#include "rules/planned_step.h"
#include "rules/reviews.h"
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
    for (const model::Review& r : p.reviews) {
        std::string text = r.title + " " + r.agreed + " " + r.went_well + " " + r.do_differently + " " + r.commitment;
        for (const auto& line : r.goal_lines) text += " " + line.text;
        for (const auto& assumption : r.assumptions) text += " " + assumption.text;
        fn("review " + std::to_string(r.id), text);
    }
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

TEST_CASE("the sample's reviews tell a trainer's story: attitude and outcomes improve, objections stay the weakest step") {
    const storage::LoadResult raw = storage::loadPortfolioFile(app::sampleCasePath());
    REQUIRE(raw.ok());
    const model::Portfolio& p = *raw.portfolio;
    const std::string today = "2026-11-23";  // the sample's own day
    REQUIRE(p.reviews.size() >= 12);
    for (const model::Review& r : p.reviews) {
        CHECK(r.meeting_date >= dates::addMonths(today, -4));
        CHECK(r.meeting_date < today);
    }
    const rules::Classification classes = rules::classify(p);
    const rules::Development d = rules::developmentOf(p, today, 365, &classes);
    CHECK(d.now.reviews == static_cast<int>(p.reviews.size()));
    REQUIRE_FALSE(d.now.weakest_steps.empty());
    CHECK(d.now.weakest_steps.front() == 8);  // objections (step 9)
    // The first month with reviews against the last: more "I'm OK – you're OK", more orders and advances.
    std::vector<const rules::MonthFigures*> months;
    for (const auto& m : d.months)
        if (m.outcomes[0] + m.outcomes[1] + m.outcomes[2] + m.outcomes[3] > 0) months.push_back(&m);
    REQUIRE(months.size() >= 4);
    CHECK(months.front()->life_positions[0] == 0);
    CHECK(months.front()->outcomes[2] >= 1);  // continuation
    CHECK(months.back()->life_positions[0] >= 2);
    CHECK(months.back()->outcomes[0] + months.back()->outcomes[1] >= 2);
    // A meeting waits for its review; a B customer has a reduced-process review; --view review has a complete one.
    CHECK_FALSE(rules::reviewsDue(p, today, &classes).empty());
    bool reduced_b = false;
    for (const model::Review& r : p.reviews) {
        const auto* info = classes.find(r.customer_id);
        reduced_b |= r.process == model::ReviewProcess::Reduced && info && info->effective == method::CustomerClass::B;
    }
    CHECK(reduced_b);
    const model::Review* latest = rules::latestReview(p, &classes);
    REQUIRE(latest);
    const auto* info = classes.find(latest->customer_id);
    CHECK(rules::reviewComplete(*latest, p, info && info->treated_as_a));
    // ... and of a planned meeting, so its replay sets plan against reality.
    const model::ConversationPlan* plan = latest->plan_id == model::kNoId ? nullptr : p.findPlan(latest->plan_id);
    REQUIRE(plan);
    const i18n::Translator tr(i18n::Language::German);
    int prepared_steps = 0;
    for (std::size_t s = 0; s < method::kConversationStepCount; ++s) prepared_steps += !rules::plannedStep(*plan, s, tr).prepared.empty();
    CHECK(prepared_steps >= 6);
    // The step × month map is no block of one colour: in every month from the second on, objections
    // score lowest or tie for it, and other steps are rated below "well" too.
    for (std::size_t m = 1; m < months.size(); ++m) {
        CAPTURE(months[m]->month);
        const double objections = months[m]->steps[8].score().value_or(1.0);
        int others_below_well = 0;
        for (std::size_t s = 0; s < method::kConversationStepCount; ++s) {
            const auto score = months[m]->steps[s].score();
            if (!score || s == 8) continue;
            CHECK(objections <= *score);
            others_below_well += *score < 1.0;
        }
        CHECK(others_below_well >= 2);
    }
}
