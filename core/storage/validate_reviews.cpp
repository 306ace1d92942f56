// Validation of reviews and workshop exercises: their values, texts and what they refer to.
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "method/conversation_steps.h"
#include "storage/validate_checks.h"
#include "i18n/message.h"

namespace etappe::storage::validate_checks {

namespace {

Issue checkReviewValues(const model::Review& r, const std::string& where) {
    const auto inRange = [&](int value, int low, int high, const char* field) -> Issue {
        if (value >= low && value <= high) return {};
        return issueAt(LoadProblem::InvalidValue, where + "." + field, "detail.not_in_range",
                       {std::to_string(value), std::to_string(low), std::to_string(high)});
    };
    // 0 = mood not given, -1 = interests not given.
    if (auto bad = inRange(r.mood_before, 0, model::kMoodMax, "mood_before")) return bad;
    if (auto bad = inRange(r.mood_after, 0, model::kMoodMax, "mood_after")) return bad;
    if (auto bad = inRange(r.own_interests, -1, model::kInterestMax, "own_interests")) return bad;
    if (auto bad = inRange(r.customer_interests, -1, model::kInterestMax, "customer_interests")) return bad;
    // Enums set by casting (a bug elsewhere) would index past the key tables.
    for (const std::string_view key :
         {model::outcomeKey(r.outcome), model::reachedKey(r.goal_reached), model::lifePositionKey(r.own_position),
          model::lifePositionKey(r.customer_position), model::commitmentKindKey(r.commitment_kind),
          model::reachedKey(r.previous_commitment_kept), model::processKey(r.process)}) {
        if (key == "unknown") return issueAt(LoadProblem::InvalidValue, where, "detail.unknown_level");
    }
    for (const auto rating : r.steps)
        if (model::ratingKey(rating) == "unknown") return issueAt(LoadProblem::InvalidValue, where + ".steps", "detail.unknown_level");
    for (const auto rating : r.elements)
        if (model::ratingKey(rating) == "unknown") return issueAt(LoadProblem::InvalidValue, where + ".elements", "detail.unknown_level");
    for (const auto& [date, field] : {std::pair{&r.meeting_date, "meeting_date"}, {&r.reviewed_on, "reviewed_on"}}) {
        if (!date->empty() && !isIsoDate(*date)) return issueAt(LoadProblem::InvalidValue, where + "." + field, "detail.not_date", {*date});
    }
    if (r.goal_lines.size() > kMaxListItems || r.assumptions.size() > kMaxListItems)
        return issueAt(LoadProblem::InvalidValue, where, "detail.too_many_entries");
    for (const auto& [text, field] : {std::pair{&r.title, "title"}, {&r.agreed, "agreed"}, {&r.went_well, "went_well"},
                                      {&r.do_differently, "do_differently"}, {&r.commitment, "commitment"}}) {
        if (auto bad = checkText(*text, Place{.field = field}, kMaxNotesBytes)) return within(where, bad);
    }
    for (const auto& line : r.goal_lines)
        if (auto bad = checkText(line.text, Place{.field = "goal_lines"}, kMaxNotesBytes)) return within(where, bad);
    for (const auto& assumption : r.assumptions)
        if (auto bad = checkText(assumption.text, Place{.field = "assumptions"}, kMaxNotesBytes)) return within(where, bad);
    return {};
}

// What reviews refer to, looked up once (a large portfolio has many reviews).
struct ReviewTargets {
    explicit ReviewTargets(const model::Portfolio& portfolio) {
        for (const model::Customer& c : portfolio.customers) {
            customers.insert(c.id);
            for (const model::ConversationPlan& plan : c.plans) plan_owner.emplace(plan.id, c.id);
        }
        for (const model::Activity& a : portfolio.activities) activities.insert(a.id);
    }
    std::unordered_set<model::Id> customers;
    std::unordered_map<model::Id, model::Id> plan_owner;
    std::unordered_set<model::Id> activities;
    std::unordered_map<model::Id, std::size_t> reviewed_plans;  // plan → the review that holds it
};

// A review names its customer, that customer's plan (at most one review per
// plan) and the activity it made; each must exist.
Issue checkReview(const model::Review& r, std::size_t index, IdCheck& ids, ReviewTargets& targets) {
    const std::string where = "reviews[" + std::to_string(index) + "]";
    if (auto bad = ids.add(r.id, Place{.field = "id"})) return within(where, bad);
    if (!targets.customers.contains(r.customer_id))
        return issueAt(LoadProblem::DanglingReference, where + ".customer_id", "detail.not_customer", {std::to_string(r.customer_id)});
    if (r.plan_id != model::kNoId) {
        const auto owner = targets.plan_owner.find(r.plan_id);
        if (owner == targets.plan_owner.end() || owner->second != r.customer_id)
            return issueAt(LoadProblem::DanglingReference, where + ".plan_id", "detail.not_plan_of_customer", {std::to_string(r.plan_id)});
        const auto [it, inserted] = targets.reviewed_plans.emplace(r.plan_id, index);
        if (!inserted)
            return issueAt(LoadProblem::InvalidValue, where + ".plan_id", "detail.plan_reviewed_twice",
                           {std::to_string(r.plan_id), "reviews[" + std::to_string(it->second) + "]"});
    }
    if (r.next_activity_id != model::kNoId && !targets.activities.contains(r.next_activity_id))
        return issueAt(LoadProblem::DanglingReference, where + ".next_activity_id", "detail.not_activity", {std::to_string(r.next_activity_id)});
    return checkReviewValues(r, where);
}

// An exercise names existing customers and activities, steps a–b within the
// 16 with a ≤ b, and one customer at most for a meeting to prepare or debrief.
Issue checkExercise(const model::Portfolio& portfolio, const model::Exercise& e, std::size_t index, IdCheck& ids,
                    const std::unordered_set<model::Id>& activities) {
    const std::string where = "exercises[" + std::to_string(index) + "]";
    if (auto bad = ids.add(e.id, Place{.field = "id"})) return within(where, bad);
    if (model::exerciseKindKey(e.kind) == "unknown") return issueAt(LoadProblem::InvalidValue, where, "detail.unknown_level");
    if (auto bad = checkText(e.title, Place{.field = "title"}, kMaxTextBytes)) return within(where, bad);
    if (auto bad = checkText(e.instruction, Place{.field = "instruction"}, kMaxNotesBytes)) return within(where, bad);
    if (e.customer_ids.size() > kMaxListItems || e.activity_ids.size() > kMaxListItems)
        return issueAt(LoadProblem::InvalidValue, where, "detail.too_many_entries");
    for (model::Id id : e.customer_ids) {
        if (!portfolio.findCustomer(id))
            return issueAt(LoadProblem::DanglingReference, where + ".customer_ids", "detail.not_customer", {std::to_string(id)});
    }
    for (model::Id id : e.activity_ids) {
        if (!activities.contains(id))
            return issueAt(LoadProblem::DanglingReference, where + ".activity_ids", "detail.not_activity", {std::to_string(id)});
    }
    const int steps = static_cast<int>(method::kConversationStepCount);
    if (e.first_step < 1 || e.first_step > steps)
        return issueAt(LoadProblem::InvalidValue, where + ".first_step", "detail.not_in_range",
                       {std::to_string(e.first_step), "1", std::to_string(steps)});
    if (e.last_step < e.first_step || e.last_step > steps)
        return issueAt(LoadProblem::InvalidValue, where + ".last_step", "detail.not_in_range",
                       {std::to_string(e.last_step), std::to_string(e.first_step), std::to_string(steps)});
    const bool one_customer = e.kind == model::ExerciseKind::PrepareMeeting || e.kind == model::ExerciseKind::DebriefMeeting;
    if (one_customer && e.customer_ids.size() > 1)
        return issueAt(LoadProblem::InvalidValue, where + ".customer_ids", "detail.exercise_one_customer");
    return {};
}

// An observation names an existing review (or none), ratings on the review's
// scale, a duration within a day, and texts within the usual limits.
Issue checkObservation(const model::Portfolio& portfolio, const model::Observation& o, std::size_t index, IdCheck& ids) {
    const std::string where = "observations[" + std::to_string(index) + "]";
    if (auto bad = ids.add(o.id, Place{.field = "id"})) return within(where, bad);
    if (o.review_id != model::kNoId && !portfolio.findReview(o.review_id))
        return issueAt(LoadProblem::DanglingReference, where + ".review_id", "detail.not_review", {std::to_string(o.review_id)});
    if (auto bad = checkText(o.observer, Place{.field = "observer"}, kMaxTextBytes)) return within(where, bad);
    if (o.seconds < 0 || o.seconds > model::kMaxObservedSeconds)
        return issueAt(LoadProblem::InvalidValue, where + ".seconds", "detail.not_in_range",
                       {std::to_string(o.seconds), "0", std::to_string(model::kMaxObservedSeconds)});
    for (const auto rating : o.steps)
        if (model::ratingKey(rating) == "unknown") return issueAt(LoadProblem::InvalidValue, where + ".steps", "detail.unknown_level");
    for (const std::string& note : o.notes)
        if (auto bad = checkText(note, Place{.field = "notes"}, kMaxNotesBytes)) return within(where, bad);
    return {};
}

}  // namespace

Issue checkObservations(const model::Portfolio& portfolio, IdCheck& ids) {
    if (portfolio.observations.size() > static_cast<std::size_t>(model::kMaxObservations))
        return Issue{LoadProblem::InvalidValue, i18n::message("detail.too_many_observations")};
    for (std::size_t i = 0; i < portfolio.observations.size(); ++i) {
        if (auto bad = checkObservation(portfolio, portfolio.observations[i], i, ids)) return bad;
    }
    return {};
}

Issue checkReviews(const model::Portfolio& portfolio, IdCheck& ids) {
    if (portfolio.reviews.size() > kMaxActivities) return Issue{LoadProblem::InvalidValue, i18n::message("detail.too_many_reviews")};
    if (!portfolio.reviews.empty()) {
        ReviewTargets targets(portfolio);
        for (std::size_t i = 0; i < portfolio.reviews.size(); ++i) {
            if (auto bad = checkReview(portfolio.reviews[i], i, ids, targets)) return bad;
        }
    }
    return {};
}

Issue checkExercises(const model::Portfolio& portfolio, IdCheck& ids) {
    if (portfolio.exercises.empty()) return {};
    if (portfolio.exercises.size() > static_cast<std::size_t>(model::kMaxExercises))
        return Issue{LoadProblem::InvalidValue, i18n::message("detail.too_many_exercises")};
    std::unordered_set<model::Id> activities;
    for (const model::Activity& a : portfolio.activities) activities.insert(a.id);
    for (std::size_t i = 0; i < portfolio.exercises.size(); ++i) {
        if (auto bad = checkExercise(portfolio, portfolio.exercises[i], i, ids, activities)) return bad;
    }
    return {};
}

}  // namespace etappe::storage::validate_checks
