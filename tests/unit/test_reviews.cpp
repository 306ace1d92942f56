// Reviews (debriefs after a meeting): what happens to them when their plan,
// customer or next activity goes, when they count as complete, which meetings
// wait for one, and the balance-of-interests quadrant.
#include <doctest/doctest.h>

#include "history/document.h"
#include "history/edit.h"
#include "history/integrity.h"
#include "rules/reviews.h"
#include "storage/portfolio_file.h"

using namespace etappe;

namespace {

// One A customer with a past plan, an activity, and a review of that plan that made the activity.
model::Portfolio withReview() {
    model::Portfolio p;
    model::Customer c;
    c.id = p.allocateId();
    c.name = "Lindenfels Verpackungsmaschinen GmbH";
    model::ConversationPlan plan;
    plan.id = p.allocateId();
    plan.date = "2026-11-20";
    plan.sales_goals = "- Rahmenvertrag bis 2028\n\n* 120 Antriebe  \n";
    c.plans.push_back(plan);
    p.customers.push_back(c);
    model::Activity a;
    a.id = p.allocateId();
    a.customer_id = c.id;
    a.date = "2026-11-27";
    a.action = "Am 27.11. Frau Schäfer die Rabattstaffel vorstellen";
    p.activities.push_back(a);
    model::Review r = rules::startReview(p, c.id, plan.id, plan.date, false, "2026-11-21");
    r.id = p.allocateId();
    r.next_activity_id = a.id;
    p.reviews.push_back(r);
    return p;
}

std::string problemOf(const model::Portfolio& portfolio) {
    i18n::Message detail;
    return storage::findProblem(portfolio, detail) == storage::LoadProblem::None ? "" : i18n::debugText(detail);
}

model::Review complete(model::Review r) {
    r.outcome = model::ReviewOutcome::Advance;
    r.goal_reached = model::Reached::Yes;
    r.steps.fill(model::StepRating::Well);
    r.own_position = model::LifePosition::OkOk;
    r.own_interests = 8;
    r.customer_interests = 7;
    r.commitment = "Einwände erst erfragen";
    return r;
}

}  // namespace

TEST_CASE("starting a review copies the plan's sales-goal lines, date and process") {
    const model::Portfolio p = withReview();
    const model::Review& r = p.reviews[0];
    CHECK(r.meeting_date == "2026-11-20");
    CHECK(r.reviewed_on == "2026-11-21");
    CHECK(r.process == model::ReviewProcess::Full);
    REQUIRE(r.goal_lines.size() == 2);
    CHECK(r.goal_lines[0].text == "Rahmenvertrag bis 2028");
    CHECK(r.goal_lines[1].text == "120 Antriebe");
    CHECK(problemOf(p).empty());
}

TEST_CASE("deleting a customer deletes its reviews in the same undo step") {
    history::Document doc(withReview());
    const model::Portfolio start = doc.portfolio();
    const history::Impact impact = history::impactOf(doc.portfolio(), history::deleteCustomer(doc.portfolio(), 1));
    CHECK(impact.reviews_deleted == 1);
    REQUIRE(doc.apply(history::deleteCustomer(doc.portfolio(), 1)));
    CHECK(doc.portfolio().reviews.empty());
    CHECK(doc.portfolio().activities.empty());
    CHECK(problemOf(doc.portfolio()).empty());
    REQUIRE(doc.undo());
    CHECK(doc.portfolio() == start);
}

TEST_CASE("deleting a plan keeps its review, marked 'meeting deleted', in one undo step") {
    history::Document doc(withReview());
    const model::Portfolio start = doc.portfolio();
    const model::ConversationPlan plan = start.customers[0].plans[0];
    const history::Edit remove = history::editPlan(doc.portfolio(), 1, plan, std::nullopt);
    CHECK(history::impactOf(doc.portfolio(), remove).reviews_unlinked == 1);
    const std::size_t depth = doc.undoDepth();
    REQUIRE(doc.apply(remove));
    CHECK(doc.undoDepth() == depth + 1);
    REQUIRE(doc.portfolio().reviews.size() == 1);
    const model::Review& kept = doc.portfolio().reviews[0];
    CHECK(kept.plan_id == model::kNoId);
    CHECK(kept.plan_deleted);
    CHECK(kept.meeting_date == "2026-11-20");
    CHECK(kept.goal_lines.size() == 2);  // the lines were copied, so the review still reads whole
    CHECK(problemOf(doc.portfolio()).empty());
    REQUIRE(doc.undo());
    CHECK(doc.portfolio() == start);
}

TEST_CASE("a plan removed through the customer editor marks its review the same way") {
    history::Document doc(withReview());
    model::Customer after = doc.portfolio().customers[0];
    after.plans.clear();
    REQUIRE(doc.apply(history::changeCustomer(doc.portfolio(), doc.portfolio().customers[0], after)));
    CHECK(doc.portfolio().reviews.at(0).plan_deleted);
    CHECK(problemOf(doc.portfolio()).empty());
}

TEST_CASE("deleting the review's next activity unlinks it") {
    history::Document doc(withReview());
    REQUIRE(doc.apply(history::editActivity(doc.portfolio(), doc.portfolio().activities[0], std::nullopt)));
    CHECK(doc.portfolio().reviews.at(0).next_activity_id == model::kNoId);
    CHECK(problemOf(doc.portfolio()).empty());
}

TEST_CASE("a second review of the same plan keeps the meeting with the first one") {
    history::Document doc(withReview());
    model::Review second = doc.portfolio().reviews[0];
    second.id = history::nextFreeId(doc.portfolio());
    REQUIRE(doc.apply(history::editReview(doc.portfolio(), std::nullopt, second)));
    CHECK(doc.portfolio().reviews[0].plan_id == 2);
    CHECK(doc.portfolio().reviews[1].plan_id == model::kNoId);
    CHECK_FALSE(doc.portfolio().reviews[1].plan_deleted);
    CHECK(problemOf(doc.portfolio()).empty());
}

TEST_CASE("a review is complete with outcome, goal, every step rated, position, balance, a commitment and — for A — a dated next activity") {
    const model::Portfolio p = withReview();
    const model::Review empty = p.reviews[0];
    CHECK(rules::reviewGaps(empty, p, true).size() == 6);  // the activity is already there
    const model::Review done = complete(empty);
    CHECK(rules::reviewComplete(done, p, true));
    model::Review one_step_missing = done;
    one_step_missing.steps[15] = model::StepRating::Unset;
    CHECK(rules::reviewGaps(one_step_missing, p, true) == std::vector{rules::ReviewGap::Ratings});
    model::Review no_activity = done;
    no_activity.next_activity_id = model::kNoId;
    CHECK(rules::reviewGaps(no_activity, p, true) == std::vector{rules::ReviewGap::NextActivity});
    CHECK(rules::reviewComplete(no_activity, p, false));  // B/C: the next activity is not required
    model::Review reduced = done;
    reduced.process = model::ReviewProcess::Reduced;
    reduced.steps.fill(model::StepRating::Unset);
    CHECK(rules::reviewGaps(reduced, p, false) == std::vector{rules::ReviewGap::Ratings});
    reduced.elements.fill(model::StepRating::NotRelevant);
    CHECK(rules::reviewComplete(reduced, p, false));
}

TEST_CASE("balance quadrants: interests count as met from 6 of 10, so 5/5 is lose–lose") {
    using rules::BalanceQuadrant;
    CHECK(rules::balanceQuadrant(6, 6) == BalanceQuadrant::WinWin);
    CHECK(rules::balanceQuadrant(10, 10) == BalanceQuadrant::WinWin);
    CHECK(rules::balanceQuadrant(5, 5) == BalanceQuadrant::LoseLose);
    CHECK(rules::balanceQuadrant(6, 5) == BalanceQuadrant::WinLose);  // the seller wins, the customer does not
    CHECK(rules::balanceQuadrant(5, 6) == BalanceQuadrant::LoseWin);
    CHECK(rules::balanceQuadrant(0, 0) == BalanceQuadrant::LoseLose);
    CHECK(rules::balanceQuadrant(-1, 7) == BalanceQuadrant::None);
    CHECK(rules::balanceQuadrant(7, 11) == BalanceQuadrant::None);
    CHECK(rules::balanceQuadrantKey(BalanceQuadrant::WinLose) == "win_lose");
}

TEST_CASE("review due: past meetings of the last 60 days without a review, oldest first, 24 hours told") {
    model::Portfolio p = withReview();
    model::Customer& c = p.customers[0];
    for (const char* date : {"2026-11-22", "2026-11-10", "2026-11-23", "2026-11-24", "2026-09-01"}) {
        model::ConversationPlan plan;
        plan.id = p.allocateId();
        plan.date = date;
        c.plans.push_back(plan);
    }
    const auto due = rules::reviewsDue(p, "2026-11-23", nullptr);
    REQUIRE(due.size() == 2);  // 20th reviewed; 23rd is today, 24th ahead, 1 Sept beyond 60 days
    CHECK(due[0].date == "2026-11-10");
    CHECK(due[0].days_ago == 13);
    CHECK(due[0].past_24_hours());
    CHECK(due[1].date == "2026-11-22");
    CHECK_FALSE(due[1].past_24_hours());  // yesterday: still within reach

    // A reduced-process contact is due until a reduced review of that customer and day exists.
    model::Customer b;
    b.id = p.allocateId();
    b.name = "Brauerei Zwickelhof KG";
    b.reduced_plan.date = "2026-11-19";
    b.reduced_plan.factual_solution = "Wartungsvertrag";
    p.customers.push_back(b);
    CHECK(rules::reviewsDue(p, "2026-11-23", nullptr).size() == 3);
    model::Review reduced = rules::startReview(p, b.id, model::kNoId, "2026-11-19", true, "2026-11-23");
    reduced.id = p.allocateId();
    p.reviews.push_back(reduced);
    CHECK(rules::reviewsDue(p, "2026-11-23", nullptr).size() == 2);
    CHECK(rules::reviewOfMeeting(p, b.id, model::kNoId, "2026-11-19") == &p.reviews.back());
}

TEST_CASE("the commitment asked about is the customer's latest earlier one") {
    model::Portfolio p = withReview();
    model::Review first = p.reviews[0];
    first.commitment = "Erst fragen, dann zeigen";
    p.reviews[0] = first;
    model::Review later;
    later.id = p.allocateId();
    later.customer_id = first.customer_id;
    later.meeting_date = "2026-11-25";
    p.reviews.push_back(later);
    CHECK(rules::previousCommitment(p, p.reviews[1]) == &p.reviews[0]);
    CHECK(rules::previousCommitment(p, p.reviews[0]) == nullptr);
}

TEST_CASE("deleting another customer whose activity a review made unlinks the activity in the same step") {
    history::Document doc(withReview());
    model::Customer other;
    other.id = history::nextFreeId(doc.portfolio());
    other.name = "Grauvogl Anlagenbau GmbH";
    REQUIRE(doc.apply(history::addCustomer(doc.portfolio(), other)));
    model::Activity a = doc.portfolio().activities[0];
    a.customer_id = other.id;
    REQUIRE(doc.apply(history::editActivity(doc.portfolio(), doc.portfolio().activities[0], a)));
    const std::size_t depth = doc.undoDepth();
    REQUIRE(doc.apply(history::deleteCustomer(doc.portfolio(), other.id)));
    CHECK(doc.undoDepth() == depth + 1);
    CHECK(doc.portfolio().activities.empty());
    CHECK(doc.portfolio().reviews.at(0).next_activity_id == model::kNoId);
    CHECK(problemOf(doc.portfolio()).empty());
}
