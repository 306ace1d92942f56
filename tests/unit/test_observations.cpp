// Role-play observations (issue 12 item 5): the observer's ratings of the 16
// steps, linked to the seller's self-review; what a deleted review does to
// them, validation, the optional list in format 6, and the gap per step.
#include <doctest/doctest.h>

#include <string>

#include "history/document.h"
#include "history/edit.h"
#include "history/integrity.h"
#include "i18n/translator.h"
#include "storage/portfolio_file.h"
#include "test_storage_support.h"

using namespace etappe;

namespace {

model::Portfolio workshopFile() {
    const storage::LoadResult r = storage::loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v6/portfolio.etappe");
    REQUIRE(r.ok());
    return *r.portfolio;
}

std::string problemOf(const model::Portfolio& portfolio) {
    i18n::Message detail;
    return storage::findProblem(portfolio, detail) == storage::LoadProblem::None ? "" : i18n::debugText(detail);
}

model::Observation observationOf(const model::Portfolio& p, model::Id review_id) {
    model::Observation o;
    o.id = history::nextFreeId(p);
    o.review_id = review_id;
    o.observer = "Jana Köhler";
    o.seconds = 754;
    o.steps[0] = model::StepRating::Well;
    o.steps[3] = model::StepRating::Missed;
    o.notes[3] = "Keine offene Frage gestellt";
    return o;
}

}  // namespace

TEST_CASE("an observation is added, changed, undone and redone as one entity") {
    model::Portfolio start = workshopFile();
    REQUIRE(!start.reviews.empty());
    history::Document doc(start);
    const model::Observation o = observationOf(doc.portfolio(), start.reviews[0].id);
    REQUIRE(doc.apply(history::editObservation(doc.portfolio(), std::nullopt, o)));
    REQUIRE(doc.portfolio().observations.size() == 1);
    CHECK(problemOf(doc.portfolio()) == "");
    model::Observation changed = doc.portfolio().observations[0];
    changed.steps[5] = model::StepRating::Partly;
    REQUIRE(doc.apply(history::editObservation(doc.portfolio(), doc.portfolio().observations[0], changed)));
    CHECK(doc.portfolio().observations[0].steps[5] == model::StepRating::Partly);
    doc.undo();
    CHECK(doc.portfolio().observations[0] == o);
    doc.undo();
    CHECK(doc.portfolio().observations.empty());
    CHECK(doc.portfolio() == start);
    doc.redo();
    CHECK(doc.portfolio().observations.size() == 1);
}

TEST_CASE("deleting the observed review unlinks the observation, which keeps its ratings; undo links it again") {
    model::Portfolio start = workshopFile();
    history::Document doc(start);
    const model::Review review = start.reviews[0];
    const model::Observation o = observationOf(doc.portfolio(), review.id);
    REQUIRE(doc.apply(history::editObservation(doc.portfolio(), std::nullopt, o)));
    const history::Edit del = history::editReview(doc.portfolio(), review, std::nullopt);
    CHECK(history::impactOf(doc.portfolio(), del).observations_unlinked == 1);
    REQUIRE(doc.apply(del));
    REQUIRE(doc.portfolio().observations.size() == 1);
    CHECK(doc.portfolio().observations[0].review_id == model::kNoId);
    CHECK(doc.portfolio().observations[0].steps == o.steps);
    CHECK(problemOf(doc.portfolio()) == "");
    doc.undo();
    CHECK(doc.portfolio().observations[0].review_id == review.id);
}

TEST_CASE("deleting the seller's customer deletes the review and unlinks the observation in the same step") {
    model::Portfolio start = workshopFile();
    history::Document doc(start);
    const model::Review review = start.reviews[0];
    REQUIRE(doc.apply(history::editObservation(doc.portfolio(), std::nullopt, observationOf(doc.portfolio(), review.id))));
    REQUIRE(doc.apply(history::deleteCustomer(doc.portfolio(), review.customer_id)));
    CHECK(doc.portfolio().observations[0].review_id == model::kNoId);
    CHECK(problemOf(doc.portfolio()) == "");
    doc.undo();
    CHECK(doc.portfolio().observations[0].review_id == review.id);
}

TEST_CASE("an observation linked to a review that does not exist is repaired, not saved broken") {
    model::Portfolio start = workshopFile();
    history::Document doc(start);
    REQUIRE(doc.apply(history::editObservation(doc.portfolio(), std::nullopt, observationOf(doc.portfolio(), 9999))));
    CHECK(doc.portfolio().observations[0].review_id == model::kNoId);
    CHECK(problemOf(doc.portfolio()) == "");
}

TEST_CASE("validation: review reference, duration, ratings") {
    model::Portfolio p = workshopFile();
    p.observations.push_back(observationOf(p, p.reviews[0].id));
    p.next_id = p.observations[0].id + 1;
    CHECK(problemOf(p) == "");
    p.observations[0].review_id = 9999;
    CHECK(problemOf(p) != "");
    p.observations[0].review_id = model::kNoId;
    CHECK(problemOf(p) == "");
    p.observations[0].seconds = -1;
    CHECK(problemOf(p) != "");
    p.observations[0].seconds = 60;
    p.observations[0].steps[2] = static_cast<model::StepRating>(42);
    CHECK(problemOf(p) != "");
}

TEST_CASE("storage: observations round-trip in format 6; a v6 file without the list loads with none") {
    model::Portfolio p = workshopFile();
    CHECK(p.observations.empty());  // the v6 fixture predates observations
    p.observations.push_back(observationOf(p, p.reviews[0].id));
    p.next_id = p.observations[0].id + 1;
    const std::string text = storage::portfolioToText(p);
    CHECK(text.find("\"observations\"") != std::string::npos);
    const storage::LoadResult again = storage::loadPortfolioText(text);
    REQUIRE_MESSAGE(again.ok(), storage::loadProblemKey(again.problem), " ", again.detail);
    CHECK(*again.portfolio == p);

    // A broken entry inside the list still fails the load.
    std::string broken = text;
    const auto at = broken.find("\"observer\"");
    REQUIRE(at != std::string::npos);
    broken.replace(at, 10, "\"watcher\"");
    CHECK(!storage::loadPortfolioText(broken).ok());
}

TEST_CASE("the gap between self-rating and observer rating") {
    using model::StepRating;
    CHECK(model::ratingGap(StepRating::Well, StepRating::Missed) == model::RatingGap::SellerBetter);
    CHECK(model::ratingGap(StepRating::Partly, StepRating::Well) == model::RatingGap::SellerWorse);
    CHECK(model::ratingGap(StepRating::Partly, StepRating::Partly) == model::RatingGap::None);
    CHECK(model::ratingGap(StepRating::Unset, StepRating::Well) == model::RatingGap::None);
    CHECK(model::ratingGap(StepRating::NotRelevant, StepRating::Missed) == model::RatingGap::None);
}
