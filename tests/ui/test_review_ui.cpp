// A whole debrief driven through the review screen: a due meeting opened,
// outcome, ratings, attitude, balance, a commitment and a next activity made
// through the coach; the saved file holds it all (issue 11).
#include <doctest/doctest.h>

#include "app_fixture.h"
#include "drawn_text.h"
#include "dates/iso_date.h"
#include "rules/reviews.h"
#include "storage/portfolio_file.h"

using namespace etappe;
using testing::AppDriver;

namespace {

void clickAt(AppDriver& d, const std::string& probe, float fx, float fy) {
    d.scrollTo(probe);
    d.frames(1);
    const ui::ItemRect r = d.probes.at(probe);
    d.ui.click(ImVec2(r.min.x + (r.max.x - r.min.x) * fx, r.min.y + (r.max.y - r.min.y) * fy), d.draw());
    d.frames(1);
}

void clickScrolled(AppDriver& d, const std::string& probe) {
    d.scrollTo(probe);
    d.frames(1);
    d.click(probe);
}

}  // namespace

TEST_CASE("a whole debrief: due meeting, outcome, ratings, attitude, balance, commitment, next activity via the coach") {
    AppDriver d(testing::sampleOn("review"));
    d.frames(2);
    const std::size_t reviews_before = d.portfolio().reviews.size();
    const std::size_t activities_before = d.portfolio().activities.size();
    REQUIRE(d.probes.count("review.due.0"));
    d.click("review.due.0");
    REQUIRE(d.portfolio().reviews.size() == reviews_before + 1);
    const model::Id id = d.portfolio().reviews.back().id;
    const model::Id plan_id = d.portfolio().reviews.back().plan_id;
    CHECK(plan_id != model::kNoId);
    d.frames(2);

    clickScrolled(d, "review.outcome.1");  // advance
    clickScrolled(d, "review.goal.1");     // partly
    clickScrolled(d, "review.rate.8.2");   // objections missed
    clickScrolled(d, "review.rate.3.0");   // opening well
    clickScrolled(d, "review.rest_not_relevant");
    clickAt(d, "review.own_position", 0.5f, 0.45f);  // top left: I'm OK – you're OK
    clickAt(d, "review.own_interests", 0.8f, 0.5f);
    clickAt(d, "review.customer_interests", 0.9f, 0.5f);
    clickScrolled(d, "review.commitment");
    d.type("Bei jedem Einwand zuerst nachfragen");
    d.key(testing::kEnter);
    d.frames(2);
    clickScrolled(d, "review.next_sentence");
    const std::string date = dates::addDays(d.today, 3);
    d.type("Am " + date.substr(8, 2) + "." + date.substr(5, 2) + ". Frau Schäfer die Rabattstaffel vorstellen");
    d.key(testing::kEnter);
    d.frames(2);
    clickScrolled(d, "review.make_activity");
    d.frames(2);

    const model::Review* review = d.portfolio().findReview(id);
    REQUIRE(review);
    CHECK(review->outcome == model::ReviewOutcome::Advance);
    CHECK(review->goal_reached == model::Reached::Partly);
    CHECK(review->steps[8] == model::StepRating::Missed);
    CHECK(review->steps[3] == model::StepRating::Well);
    CHECK(review->steps[0] == model::StepRating::NotRelevant);
    CHECK(review->own_position == model::LifePosition::OkOk);
    CHECK(review->own_interests >= 6);
    CHECK(review->customer_interests >= 6);
    CHECK(rules::balanceQuadrant(review->own_interests, review->customer_interests) == rules::BalanceQuadrant::WinWin);
    CHECK(review->commitment == "Bei jedem Einwand zuerst nachfragen");
    REQUIRE(d.portfolio().activities.size() == activities_before + 1);
    const model::Activity* next = d.portfolio().findActivity(review->next_activity_id);
    REQUIRE(next);
    CHECK(next->date == date);
    CHECK(next->customer_id == review->customer_id);
    CHECK(next->contact_id != model::kNoId);  // Frau Schäfer is a contact of Lindenfels
    CHECK(rules::reviewComplete(*review, d.portfolio(), true));
    CHECK(rules::reviewsDue(d.portfolio(), d.today, nullptr).empty());

    // The saved file holds the review as it was made.
    const testing::TempHome& home = d.home;
    const std::string path = home.root() + "/debrief.etappe";
    REQUIRE(storage::savePortfolioFile(path, d.portfolio()).ok());
    const storage::LoadResult loaded = storage::loadPortfolioFile(path);
    REQUIRE(loaded.ok());
    REQUIRE(loaded.portfolio->findReview(id));
    CHECK(*loaded.portfolio->findReview(id) == *review);

    // Making the activity was one undo step: undo takes the activity and the link away together.
    d.key('Z', true);
    CHECK(d.portfolio().activities.size() == activities_before);
    CHECK(d.portfolio().findReview(id)->next_activity_id == model::kNoId);
}

TEST_CASE("--view review opens the most recent complete review; the development screen draws from the sample") {
    AppDriver d(testing::sampleOn("review"));
    d.frames(2);
    CHECK(d.probes.count("review.gaps"));
    AppDriver dev(testing::sampleOn("development"));
    dev.frames(2);
    CHECK(dev.probes.count("dev.outcomes_chart"));
    CHECK(dev.probes.count("dev.weakest.8"));  // objections
}

TEST_CASE("the replay's Planned column shows what the plan prepared for each step, and all of it on hover") {
    app::AppOptions options = testing::sampleOn("review");
    options.language = i18n::Language::German;
    AppDriver d(options);
    d.frames(2);
    // --view review opens the Rappenalm meeting, whose plan prepared a hook, an objection and notes.
    REQUIRE(d.probes.count("review.planned.3"));
    d.scrollTo("review.planned.3");
    const std::string shown = testing::drawnText(d);
    CHECK(shown.find("3/3 · Seit dem Pilot kein") != std::string::npos);  // ticks and the hook
    CHECK(shown.find("2/3 · Planbare Kosten") != std::string::npos);
    CHECK(shown.find("Der Preis liegt über dem bisherigen Vertrag → Fragen, womit er verglichen wird; dann die vermiedenen") ==
          std::string::npos);  // the whole objection is too long for the column

    d.scrollTo("review.planned.8");
    d.ui.moveMouse(d.probes.at("review.planned.8").centre());
    d.frames(2);
    const std::string hovered = testing::drawnText(d);
    CHECK(hovered.find("✓ " + std::string(i18n::Translator(i18n::Language::German).text("step.objections.checkpoint.1"))) !=
          std::string::npos);
    CHECK(hovered.find("Erwartete Einwände (→ Antwort): Der Preis liegt über dem bisherigen Vertrag → Fragen, womit er "
                       "verglichen wird; dann die vermiedenen Stillstandsstunden gegenrechnen") != std::string::npos);
    CHECK(hovered.find("Notizen: Herr Rauch aus dem Controlling wird nach der Laufzeit fragen.") != std::string::npos);
}
