#pragma once
// Rules of the rep's reviews (debriefs after a meeting): when a review is
// complete, which meetings still wait for one, the balance-of-interests
// quadrant (METHOD §6) and the commitment to ask about at the next review.
// Pure functions; views cache them per revision and day.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/portfolio.h"
#include "rules/abc_classification.h"

namespace etappe::rules {

// ---- Balance of interests (METHOD §6) ----
// A side's interests count as met from 6 of 10 on: more than half. Exactly 5
// ("half met") is not yet a win, so 5/5 is lose–lose: a compromise where
// neither side got what it came for, and the method's only lasting success is
// both sides clearly winning.
inline constexpr int kInterestsMetFrom = 6;
enum class BalanceQuadrant { None, WinWin, WinLose, LoseWin, LoseLose };  // seller first: win–lose = seller wins
inline constexpr std::array<BalanceQuadrant, 4> kQuadrants = {BalanceQuadrant::WinWin, BalanceQuadrant::WinLose,
                                                               BalanceQuadrant::LoseWin, BalanceQuadrant::LoseLose};
// None when either value is not given (-1) or out of 0–10.
BalanceQuadrant balanceQuadrant(int own_interests, int customer_interests);
// "win_win", "win_lose", "lose_win", "lose_lose", "none"; texts "balance.<key>.name" and ".verdict".
std::string_view balanceQuadrantKey(BalanceQuadrant quadrant);
int quadrantIndex(BalanceQuadrant quadrant);  // 0–3 in kQuadrants order, -1 for None

// ---- Completeness ----
// What a review still lacks before it counts as complete. Texts "review.gap.<key>".
enum class ReviewGap {
    Outcome,       // no outcome chosen
    GoalReached,   // whether the meeting's goal was reached is not answered
    Ratings,       // no step (or element) rated
    OwnPosition,   // own life position not placed
    Balance,       // interests not rated
    Lesson,        // no commitment for next time
    NextActivity,  // A customers: no concrete next activity made from the review
};
std::string_view reviewGapKey(ReviewGap gap);

// `treated_as_a`: the customer gets the full process, so a concrete next
// activity is required. The activity is judged by the coach when it is made
// (the review screen makes it only from a concrete sentence); here it must
// still exist, be dated and not be cancelled.
std::vector<ReviewGap> reviewGaps(const model::Review& review, const model::Portfolio& portfolio, bool treated_as_a);
// The same with the review's next activity already looked up (nullptr: none).
std::vector<ReviewGap> reviewGaps(const model::Review& review, const model::Activity* next_activity, bool treated_as_a);
bool reviewComplete(const model::Review& review, const model::Portfolio& portfolio, bool treated_as_a);

// ---- Review due ----
// Meetings of the last kReviewDueDays days before today without a review.
// Older meetings are not nagged about (a file from before reviews existed would
// otherwise list every past meeting); they can still be reviewed from the plan.
inline constexpr int kReviewDueDays = 60;
struct DueReview {
    model::Id customer_id = model::kNoId;
    model::Id plan_id = model::kNoId;  // kNoId: the customer's reduced-process contact
    std::string date;                  // ISO date of the meeting
    int days_ago = 0;                  // 1 = yesterday
    // The method recommends reviewing within 24 hours. Meetings have a day
    // (and not always a time): from the second day after, that has surely passed.
    bool past_24_hours() const { return days_ago >= 2; }
    bool operator==(const DueReview&) const = default;
};
// Oldest first (then customer order). `classes` as for meetingsOf.
std::vector<DueReview> reviewsDue(const model::Portfolio& portfolio, std::string_view today,
                                  const Classification* classes);

// The review of a meeting, if written: by plan, or for a reduced contact by customer and date.
const model::Review* reviewOfMeeting(const model::Portfolio& portfolio, model::Id customer_id, model::Id plan_id,
                                     std::string_view date);

// The customer's review before `review` (by meeting date, then id) that made a
// commitment: the one whose commitment this review asks about. nullptr if none.
const model::Review* previousCommitment(const model::Portfolio& portfolio, const model::Review& review);

// The customer's reviews, newest meeting first.
std::vector<const model::Review*> reviewsOf(const model::Portfolio& portfolio, model::Id customer_id);

// The most recent complete review (by meeting date, then id), for `--view review`; else the most recent one.
const model::Review* latestReview(const model::Portfolio& portfolio, const Classification* classes);

// A new review of a meeting, filled from what was planned: customer, plan,
// date, process and the plan's sales-goal lines (one per line of text).
model::Review startReview(const model::Portfolio& portfolio, model::Id customer_id, model::Id plan_id,
                          std::string_view meeting_date, bool reduced, std::string_view today);

}  // namespace etappe::rules
