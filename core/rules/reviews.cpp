#include "rules/reviews.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "dates/iso_date.h"
#include "rules/meetings.h"

namespace etappe::rules {

BalanceQuadrant balanceQuadrant(int own_interests, int customer_interests) {
    const auto valid = [](int v) { return v >= 0 && v <= model::kInterestMax; };
    if (!valid(own_interests) || !valid(customer_interests)) return BalanceQuadrant::None;
    const bool own = own_interests >= kInterestsMetFrom;
    const bool customer = customer_interests >= kInterestsMetFrom;
    if (own && customer) return BalanceQuadrant::WinWin;
    if (own) return BalanceQuadrant::WinLose;
    if (customer) return BalanceQuadrant::LoseWin;
    return BalanceQuadrant::LoseLose;
}

std::string_view balanceQuadrantKey(BalanceQuadrant quadrant) {
    switch (quadrant) {
        case BalanceQuadrant::WinWin: return "win_win";
        case BalanceQuadrant::WinLose: return "win_lose";
        case BalanceQuadrant::LoseWin: return "lose_win";
        case BalanceQuadrant::LoseLose: return "lose_lose";
        case BalanceQuadrant::None: break;
    }
    return "none";
}

int quadrantIndex(BalanceQuadrant quadrant) {
    for (std::size_t i = 0; i < kQuadrants.size(); ++i)
        if (kQuadrants[i] == quadrant) return static_cast<int>(i);
    return -1;
}

std::string_view reviewGapKey(ReviewGap gap) {
    switch (gap) {
        case ReviewGap::Outcome: return "outcome";
        case ReviewGap::GoalReached: return "goal_reached";
        case ReviewGap::Ratings: return "ratings";
        case ReviewGap::OwnPosition: return "own_position";
        case ReviewGap::Balance: return "balance";
        case ReviewGap::Lesson: return "lesson";
        case ReviewGap::NextActivity: return "next_activity";
    }
    return "outcome";
}

namespace {

bool allRated(const model::Review& r) {
    if (r.process == model::ReviewProcess::Reduced)
        return std::none_of(r.elements.begin(), r.elements.end(), [](auto v) { return v == model::StepRating::Unset; });
    return std::none_of(r.steps.begin(), r.steps.end(), [](auto v) { return v == model::StepRating::Unset; });
}

bool usableActivity(const model::Activity* a) {
    return a && !a->date.empty() && a->status != model::ActivityStatus::Cancelled;
}

// Meeting order: date, then id (reviews written the same day keep their order).
bool earlier(const model::Review& a, const model::Review& b) {
    return a.meeting_date != b.meeting_date ? a.meeting_date < b.meeting_date : a.id < b.id;
}

}  // namespace

std::vector<ReviewGap> reviewGaps(const model::Review& r, const model::Portfolio& portfolio, bool treated_as_a) {
    const model::Activity* next = r.next_activity_id == model::kNoId ? nullptr : portfolio.findActivity(r.next_activity_id);
    return reviewGaps(r, next, treated_as_a);
}

std::vector<ReviewGap> reviewGaps(const model::Review& r, const model::Activity* next_activity, bool treated_as_a) {
    std::vector<ReviewGap> gaps;
    if (r.outcome == model::ReviewOutcome::Unset) gaps.push_back(ReviewGap::Outcome);
    if (r.goal_reached == model::Reached::Unset) gaps.push_back(ReviewGap::GoalReached);
    if (!allRated(r)) gaps.push_back(ReviewGap::Ratings);
    if (r.own_position == model::LifePosition::Unset) gaps.push_back(ReviewGap::OwnPosition);
    if (balanceQuadrant(r.own_interests, r.customer_interests) == BalanceQuadrant::None) gaps.push_back(ReviewGap::Balance);
    if (r.commitment.empty()) gaps.push_back(ReviewGap::Lesson);
    if (treated_as_a && !usableActivity(next_activity)) gaps.push_back(ReviewGap::NextActivity);
    return gaps;
}

bool reviewComplete(const model::Review& review, const model::Portfolio& portfolio, bool treated_as_a) {
    return reviewGaps(review, portfolio, treated_as_a).empty();
}

const model::Review* reviewOfMeeting(const model::Portfolio& portfolio, model::Id customer_id, model::Id plan_id,
                                     std::string_view date) {
    for (const model::Review& r : portfolio.reviews) {
        if (plan_id != model::kNoId ? r.plan_id == plan_id
                                    : (r.customer_id == customer_id && r.plan_id == model::kNoId &&
                                       r.process == model::ReviewProcess::Reduced && r.meeting_date == date))
            return &r;
    }
    return nullptr;
}

std::vector<DueReview> reviewsDue(const model::Portfolio& portfolio, std::string_view today, const Classification* classes) {
    std::vector<DueReview> due;
    const auto today_number = dates::dayNumber(today);
    if (!today_number) return due;
    // What is reviewed already, looked up once.
    std::unordered_map<model::Id, bool> reviewed_plans;
    std::set<std::pair<model::Id, std::string>> reduced_reviews;
    for (const model::Review& r : portfolio.reviews) {
        if (r.plan_id != model::kNoId) reviewed_plans[r.plan_id] = true;
        else if (r.process == model::ReviewProcess::Reduced) reduced_reviews.emplace(r.customer_id, r.meeting_date);
    }
    for (const Meeting& meeting : meetingsOf(portfolio, classes)) {
        const auto day = dates::dayNumber(meeting.date);
        if (!day) continue;
        const auto days_ago = *today_number - *day;
        if (days_ago < 1 || days_ago > kReviewDueDays) continue;
        const bool reviewed = meeting.reduced()
                                  ? reduced_reviews.contains(std::pair{meeting.customer_id, meeting.date})
                                  : reviewed_plans.contains(meeting.plan_id);
        if (reviewed) continue;
        due.push_back(DueReview{meeting.customer_id, meeting.plan_id, meeting.date, static_cast<int>(days_ago)});
    }
    std::stable_sort(due.begin(), due.end(), [](const DueReview& a, const DueReview& b) { return a.date < b.date; });
    return due;
}

const model::Review* previousCommitment(const model::Portfolio& portfolio, const model::Review& review) {
    const model::Review* best = nullptr;
    for (const model::Review& r : portfolio.reviews) {
        if (r.customer_id != review.customer_id || r.id == review.id || r.commitment.empty()) continue;
        if (!earlier(r, review)) continue;
        if (!best || earlier(*best, r)) best = &r;
    }
    return best;
}

std::vector<const model::Review*> reviewsOf(const model::Portfolio& portfolio, model::Id customer_id) {
    std::vector<const model::Review*> list;
    for (const model::Review& r : portfolio.reviews)
        if (r.customer_id == customer_id) list.push_back(&r);
    std::sort(list.begin(), list.end(), [](const model::Review* a, const model::Review* b) { return earlier(*b, *a); });
    return list;
}

const model::Review* latestReview(const model::Portfolio& portfolio, const Classification* classes) {
    const model::Review* latest = nullptr;
    const model::Review* latest_complete = nullptr;
    for (const model::Review& r : portfolio.reviews) {
        if (!latest || earlier(*latest, r)) latest = &r;
        const CustomerClassInfo* info = classes ? classes->find(r.customer_id) : nullptr;
        const bool as_a = info ? info->treated_as_a : r.process == model::ReviewProcess::Full;
        if ((!latest_complete || earlier(*latest_complete, r)) && reviewComplete(r, portfolio, as_a)) latest_complete = &r;
    }
    return latest_complete ? latest_complete : latest;
}

model::Review startReview(const model::Portfolio& portfolio, model::Id customer_id, model::Id plan_id,
                          std::string_view meeting_date, bool reduced, std::string_view today) {
    model::Review review;
    review.customer_id = customer_id;
    review.plan_id = plan_id;
    review.process = reduced ? model::ReviewProcess::Reduced : model::ReviewProcess::Full;
    review.meeting_date = std::string(meeting_date.empty() ? today : meeting_date);
    review.reviewed_on = std::string(today);
    if (const model::ConversationPlan* plan = plan_id == model::kNoId ? nullptr : portfolio.findPlan(plan_id)) {
        std::string_view goals = plan->sales_goals;
        while (!goals.empty()) {
            const auto end = goals.find('\n');
            std::string_view line = goals.substr(0, end);
            while (!line.empty() && (line.front() == ' ' || line.front() == '-' || line.front() == '*')) line.remove_prefix(1);
            while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
            if (!line.empty()) review.goal_lines.push_back(model::GoalLine{std::string(line), false});
            if (end == std::string_view::npos) break;
            goals.remove_prefix(end + 1);
        }
    }
    return review;
}

}  // namespace etappe::rules
