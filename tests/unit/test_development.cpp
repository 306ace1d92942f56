// The development figures: periods, the previous period, shares, the weakest
// steps and their ties, months, and the commitments asked about.
#include <doctest/doctest.h>

#include "exports/review_report.h"
#include "rules/development.h"
#include "rules/reviews.h"

using namespace etappe;

namespace {

struct Builder {
    model::Portfolio p;
    model::Id customer = model::kNoId;
    Builder() {
        model::Customer c;
        c.id = p.allocateId();
        c.name = "Rappenalm eG";
        customer = c.id;
        p.customers.push_back(c);
    }
    model::Review& add(const std::string& date, model::ReviewOutcome outcome = model::ReviewOutcome::Advance) {
        model::Review r;
        r.id = p.allocateId();
        r.customer_id = customer;
        r.process = model::ReviewProcess::Reduced;  // no next activity needed without a classification
        r.meeting_date = date;
        r.outcome = outcome;
        p.reviews.push_back(r);
        return p.reviews.back();
    }
};

}  // namespace

TEST_CASE("periods: 30 days end today and start 29 days before; the previous one ends the day before") {
    const model::Portfolio empty;
    const rules::Period p = rules::periodEnding(empty, "2026-11-23", 30);
    CHECK(p.from == "2026-10-25");
    CHECK(p.to == "2026-11-23");
    const rules::Period before = rules::previousPeriod(p);
    CHECK(before.to == "2026-10-24");
    CHECK(before.from == "2026-09-25");
    CHECK(rules::periodEnding(empty, "2026-11-23", 0).from == "2026-11-23");  // all, without reviews: today
}

TEST_CASE("an empty period has zero counts and no shares, and its change is unknown") {
    Builder b;
    const rules::Development d = rules::developmentOf(b.p, "2026-11-23", 30, nullptr);
    CHECK(d.now.reviews == 0);
    CHECK_FALSE(d.now.completedShare());
    CHECK_FALSE(d.now.okOkShare());
    CHECK_FALSE(d.now.goalReachedRate());
    CHECK(d.now.weakest_steps.empty());
    CHECK_FALSE(rules::shareChange(d.now.okOkShare(), d.before.okOkShare()));
    CHECK(exports::developmentJson(d).find("\"goal_reached_rate\": null") != std::string::npos);
    CHECK(d.months.size() == 2);  // October and November
}

TEST_CASE("one review: counts, shares and the change against an empty previous period") {
    Builder b;
    model::Review& r = b.add("2026-11-20", model::ReviewOutcome::Order);
    r.own_position = model::LifePosition::OkOk;
    r.own_interests = 8;
    r.customer_interests = 6;
    r.goal_reached = model::Reached::Partly;
    const rules::Development d = rules::developmentOf(b.p, "2026-11-23", 30, nullptr);
    CHECK(d.now.reviews == 1);
    CHECK(d.now.outcomes == std::array<int, 4>{1, 0, 0, 0});
    CHECK(d.now.okOkShare() == doctest::Approx(1.0));
    CHECK(d.now.winWinShare() == doctest::Approx(1.0));
    CHECK(d.now.goalReachedRate() == doctest::Approx(0.5));  // partly counts half
    CHECK(d.before.reviews == 0);
    CHECK_FALSE(rules::shareChange(d.now.okOkShare(), d.before.okOkShare()));
    CHECK(d.months.back().outcomes[0] == 1);
    CHECK_FALSE(d.now.completedShare() == std::nullopt);
    CHECK(d.now.completed == 0);  // no ratings, no commitment
}

TEST_CASE("period boundaries: the first and the last day belong to the period, the day before to the previous one") {
    Builder b;
    b.add("2026-10-25");  // first day of the 30 days
    b.add("2026-11-23");  // today
    b.add("2026-10-24");  // the previous period's last day
    b.add("2026-09-25");  // its first day
    b.add("2026-09-24");  // in neither
    b.add("2026-11-24");  // tomorrow: in neither
    const rules::Development d = rules::developmentOf(b.p, "2026-11-23", 30, nullptr);
    CHECK(d.now.reviews == 2);
    CHECK(d.before.reviews == 2);
    const rules::Development all = rules::developmentOf(b.p, "2026-11-23", 0, nullptr);
    CHECK(all.period.from == "2026-09-24");
    CHECK(all.now.reviews == 5);
}

TEST_CASE("the change of a share is in percentage points against the previous period") {
    Builder b;
    b.add("2026-11-01").own_position = model::LifePosition::OkOk;
    b.add("2026-11-02").own_position = model::LifePosition::NotOkOk;
    b.add("2026-10-01").own_position = model::LifePosition::NotOkOk;
    const rules::Development d = rules::developmentOf(b.p, "2026-11-23", 30, nullptr);
    CHECK(d.now.okOkShare() == doctest::Approx(0.5));
    CHECK(d.before.okOkShare() == doctest::Approx(0.0));
    CHECK(*rules::shareChange(d.now.okOkShare(), d.before.okOkShare()) == doctest::Approx(0.5));
}

TEST_CASE("weakest steps: lowest score first; ties by more 'missed', then more ratings, then step order") {
    Builder b;
    b.add("2026-11-10");
    b.add("2026-11-11");
    model::Review& r1 = b.p.reviews[0];  // after both adds: the list no longer moves
    using R = model::StepRating;
    // Objections (9): missed twice → 0.
    r1.steps[8] = R::Missed;
    // Decision (10) and Proposals (8): both 1 of 4 points (0.25)... proposals: partly + missed; decision: partly + missed.
    // Customer goals (7): partly + partly = 0.5 with no missed; Opening (4): well + missed = 0.5 with one missed.
    // Reflection (1): partly once (0.5, fewer ratings).
    b.p.reviews[1].steps[8] = R::Missed;
    r1.steps[9] = R::Partly;
    b.p.reviews[1].steps[9] = R::Missed;
    r1.steps[7] = R::Missed;
    b.p.reviews[1].steps[7] = R::Partly;
    r1.steps[6] = R::Partly;
    b.p.reviews[1].steps[6] = R::Partly;
    r1.steps[3] = R::Well;
    b.p.reviews[1].steps[3] = R::Missed;
    r1.steps[0] = R::Partly;
    r1.steps[15] = R::NotRelevant;  // not counted at all
    const rules::Development d = rules::developmentOf(b.p, "2026-11-23", 30, nullptr);
    // Objections 0; then proposals (step 8) and decision (step 10) tie at 0.25 with one missed each and two ratings: step order.
    CHECK(d.now.weakest_steps == std::vector<int>{8, 7, 9});
    CHECK(d.now.steps[15].rated == 0);
    // Among the 0.5 steps: opening (one missed) before customer goals (none), before reflection (fewer ratings).
    b.p.reviews[0].steps[8] = R::Well;
    b.p.reviews[1].steps[8] = R::Well;
    b.p.reviews[0].steps[7] = R::Well;
    b.p.reviews[1].steps[7] = R::Well;
    b.p.reviews[0].steps[9] = R::Well;
    b.p.reviews[1].steps[9] = R::Well;
    const rules::Development again = rules::developmentOf(b.p, "2026-11-23", 30, nullptr);
    CHECK(again.now.weakest_steps == std::vector<int>{3, 6, 0});
}

TEST_CASE("commitments: a review answers whether the customer's previous commitment was kept") {
    Builder b;
    b.add("2026-11-01").commitment = "Erst fragen";
    b.add("2026-11-08").previous_commitment_kept = model::Reached::Yes;
    b.p.reviews[1].commitment = "Zusatzgeschäft ansprechen";
    b.add("2026-11-15").previous_commitment_kept = model::Reached::Partly;
    b.add("2026-11-16").previous_commitment_kept = model::Reached::Yes;  // no new commitment since 15th? still the 8th's
    const rules::Development d = rules::developmentOf(b.p, "2026-11-23", 30, nullptr);
    CHECK(d.now.commitments_made == 2);
    CHECK(d.now.commitments_asked == 3);
    CHECK(*d.now.keptShare() == doctest::Approx(2.5 / 3.0));
}

TEST_CASE("the development JSON holds the documented keys") {
    Builder b;
    b.add("2026-11-20", model::ReviewOutcome::Continuation).steps[8] = model::StepRating::Missed;
    const std::string j = exports::developmentJson(rules::developmentOf(b.p, "2026-11-23", 90, nullptr));
    for (const char* key : {"\"period\": {\"from\": \"2026-08-26\", \"to\": \"2026-11-23\"}", "\"reviews\": 1", "\"completed\": 0",
                            "\"outcomes\": {\"order\": 0, \"advance\": 0, \"continuation\": 1, \"no_sale\": 0}",
                            "\"life_positions\": {\"ok_ok\": 0", "\"balance\": {\"win_win\": 0", "\"weakest_steps\": [9]",
                            "\"goal_reached_rate\": null", "\"previous\": {"}) {
        CAPTURE(key);
        CHECK(j.find(key) != std::string::npos);
    }
}

TEST_CASE("every figure has its change against the previous period: 2×2 cells, step scores, commitments") {
    Builder b;
    using R = model::StepRating;
    // Previous period (before 2026-10-25): one "not OK – OK", lose–win, objections missed, one commitment.
    model::Review& old_one = b.add("2026-10-10");
    old_one.own_position = model::LifePosition::NotOkOk;
    old_one.own_interests = 3;
    old_one.customer_interests = 8;
    old_one.steps[8] = R::Missed;
    old_one.commitment = "Erst fragen";
    // This period: two "OK – OK", both win–win; objections partly twice; opening rated only now.
    for (const char* date : {"2026-11-02", "2026-11-09"}) {
        model::Review& r = b.add(date);
        r.own_position = model::LifePosition::OkOk;
        r.own_interests = 7;
        r.customer_interests = 7;
        r.steps[8] = R::Partly;
        r.steps[3] = R::Well;
        r.previous_commitment_kept = model::Reached::Yes;
    }
    const rules::Development d = rules::developmentOf(b.p, "2026-11-23", 30, nullptr);
    const rules::FigureChanges& c = d.change;
    CHECK(c.reviews == 1);
    CHECK(c.life_positions == std::array<int, 4>{2, 0, -1, 0});  // ok_ok, ok_not_ok, not_ok_ok, not_ok_not_ok
    CHECK(c.balance == std::array<int, 4>{2, 0, -1, 0});         // win_win, win_lose, lose_win, lose_lose
    CHECK(*c.ok_ok == doctest::Approx(1.0));
    CHECK(*c.step_scores[8] == doctest::Approx(0.5));  // objections: 0 % before, 50 % now
    CHECK_FALSE(c.step_scores[3]);                    // opening: no rating before, no change to show
    CHECK(c.commitments_made == -1);
    CHECK(c.commitments_asked == 2);
    CHECK_FALSE(c.kept);  // nothing was asked about before

    // The report shows the changes of the 2×2 cells and of the weakest steps, with translated units.
    const i18n::Translator de(i18n::Language::German);
    for (const std::string& report : {exports::developmentMarkdown(d, de), exports::developmentHtml(d, de)}) {
        CHECK(report.find("2 (+2)") != std::string::npos);          // win–win and "OK – OK" cells
        CHECK(report.find("0 (−1)") != std::string::npos);          // lose–win and "not OK – OK" cells
        CHECK(report.find("(+50 Pp.)") != std::string::npos);       // objections' score
        CHECK(report.find("(kein Vorwert)") != std::string::npos);  // opening: nothing to compare with
        CHECK(report.find(" pp") == std::string::npos);
        CHECK(report.find("Vorsätze gefasst") != std::string::npos);
    }
    const i18n::Translator en(i18n::Language::English);
    CHECK(exports::developmentMarkdown(d, en).find("+100 pp") != std::string::npos);  // "OK – OK" share
}

TEST_CASE("the report's months are named, not numbered") {
    Builder b;
    b.add("2026-11-20");
    const rules::Development d = rules::developmentOf(b.p, "2026-11-23", 30, nullptr);
    const std::string md = exports::developmentMarkdown(d, i18n::Translator(i18n::Language::German));
    CHECK(md.find("| Oktober 2026 |") != std::string::npos);
    CHECK(md.find("| November 2026 |") != std::string::npos);
    CHECK(md.find("2026-11 ") == std::string::npos);
}
