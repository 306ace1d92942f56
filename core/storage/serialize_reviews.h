#pragma once
// cereal functions for reviews and workshop exercises (format versions 5 and 6); serialize.h includes it.
// Include only after core/storage/json.h (it configures RapidJSON).

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "i18n/message.h"
#include "storage/format_error.h"
#include "storage/json.h"
#include "method/conversation_steps.h"
#include "method/knowledge_areas.h"
#include "method/reduced_elements.h"
#include "model/portfolio.h"

namespace etappe::model {

// Reviews (format version 5). Enums travel as their keys; ratings are written
// sparsely, keyed by the step's or element's name, like a plan's steps.
template <class Enum>
Enum reviewEnumFromKey(std::optional<Enum> parsed, const char* field, const std::string& key) {
    if (!parsed) throw storage::FormatError(i18n::message("detail.unknown_review_value", {field, key}));
    return *parsed;
}

struct RatingEntry {
    std::string name;  // a step key ("objections") or a reduced element key ("goals")
    std::string rating;
    template <class Archive>
    void serialize(Archive& ar) {
        ar(cereal::make_nvp("name", name), cereal::make_nvp("rating", rating));
    }
};

template <std::size_t N, class KeyOf>
std::vector<RatingEntry> toRatingEntries(const std::array<StepRating, N>& ratings, KeyOf key_of) {
    std::vector<RatingEntry> entries;
    for (std::size_t i = 0; i < N; ++i) {
        if (ratings[i] == StepRating::Unset) continue;
        entries.push_back(RatingEntry{std::string(key_of(i)), std::string(ratingKey(ratings[i]))});
    }
    return entries;
}

template <std::size_t N, class KeyOf>
void fromRatingEntries(const std::vector<RatingEntry>& entries, std::array<StepRating, N>& ratings, KeyOf key_of) {
    std::array<bool, N> seen{};
    for (const RatingEntry& entry : entries) {
        std::size_t index = N;
        for (std::size_t i = 0; i < N; ++i)
            if (key_of(i) == entry.name) index = i;
        if (index == N) throw storage::FormatError(i18n::message("detail.unknown_step", {entry.name}));
        if (seen[index]) throw storage::FormatError(i18n::message("detail.step_twice", {entry.name}));
        seen[index] = true;
        ratings[index] = reviewEnumFromKey(ratingFromKey(entry.rating), "rating", entry.rating);
        if (ratings[index] == StepRating::Unset)
            throw storage::FormatError(i18n::message("detail.unknown_review_value", {"rating", entry.rating}));
    }
}

inline std::string_view reviewStepKey(std::size_t i) { return method::conversationStepKey(method::conversationStepAt(i)); }
inline std::string_view reviewElementKey(std::size_t i) { return method::kReducedElements[i]; }

struct AssumptionEntry {
    std::string text;
    std::string held;
    template <class Archive>
    void serialize(Archive& ar) {
        ar(cereal::make_nvp("text", text), cereal::make_nvp("held", held));
    }
};

template <class Archive>
void serialize(Archive& ar, GoalLine& line) {
    ar(cereal::make_nvp("text", line.text), cereal::make_nvp("reached", line.reached));
}

// The keys of an enum-valued field, read and written in one place.
struct ReviewKeys {
    std::string process, outcome, goal_reached, own_position, customer_position, commitment_kind, previous_kept;
    std::vector<RatingEntry> steps, elements;
    std::vector<AssumptionEntry> assumptions;
    std::vector<std::string> learned;
};

template <class Archive>
void reviewFields(Archive& ar, Review& r, ReviewKeys& k) {
    ar(cereal::make_nvp("id", r.id), cereal::make_nvp("customer_id", r.customer_id),
       cereal::make_nvp("plan_id", r.plan_id), cereal::make_nvp("plan_deleted", r.plan_deleted),
       cereal::make_nvp("process", k.process), cereal::make_nvp("meeting_date", r.meeting_date),
       cereal::make_nvp("reviewed_on", r.reviewed_on), cereal::make_nvp("title", r.title),
       cereal::make_nvp("outcome", k.outcome), cereal::make_nvp("goal_reached", k.goal_reached),
       cereal::make_nvp("goal_lines", r.goal_lines), cereal::make_nvp("agreed", r.agreed),
       cereal::make_nvp("steps", k.steps), cereal::make_nvp("elements", k.elements),
       cereal::make_nvp("own_position", k.own_position), cereal::make_nvp("customer_position", k.customer_position),
       cereal::make_nvp("mood_before", r.mood_before), cereal::make_nvp("mood_after", r.mood_after),
       cereal::make_nvp("assumptions", k.assumptions), cereal::make_nvp("own_interests", r.own_interests),
       cereal::make_nvp("customer_interests", r.customer_interests), cereal::make_nvp("went_well", r.went_well),
       cereal::make_nvp("do_differently", r.do_differently), cereal::make_nvp("commitment_kind", k.commitment_kind),
       cereal::make_nvp("commitment", r.commitment), cereal::make_nvp("previous_commitment_kept", k.previous_kept),
       cereal::make_nvp("next_activity_id", r.next_activity_id), cereal::make_nvp("knowledge_learned", k.learned));
}

template <class Archive>
void save(Archive& ar, const Review& review) {
    ReviewKeys k;
    k.process = processKey(review.process);
    k.outcome = outcomeKey(review.outcome);
    k.goal_reached = reachedKey(review.goal_reached);
    k.own_position = lifePositionKey(review.own_position);
    k.customer_position = lifePositionKey(review.customer_position);
    k.commitment_kind = commitmentKindKey(review.commitment_kind);
    k.previous_kept = reachedKey(review.previous_commitment_kept);
    k.steps = toRatingEntries(review.steps, reviewStepKey);
    k.elements = toRatingEntries(review.elements, reviewElementKey);
    for (const Assumption& a : review.assumptions) k.assumptions.push_back({a.text, std::string(reachedKey(a.held))});
    for (std::size_t i = 0; i < review.knowledge_learned.size(); ++i) {
        if (review.knowledge_learned[i])
            k.learned.emplace_back(method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i)));
    }
    // cereal hands save() a const review; reviewFields only reads through it here.
    reviewFields(ar, const_cast<Review&>(review), k);
}

template <class Archive>
void load(Archive& ar, Review& r) {
    ReviewKeys k;
    reviewFields(ar, r, k);
    r.process = reviewEnumFromKey(processFromKey(k.process), "process", k.process);
    r.outcome = reviewEnumFromKey(outcomeFromKey(k.outcome), "outcome", k.outcome);
    r.goal_reached = reviewEnumFromKey(reachedFromKey(k.goal_reached), "goal_reached", k.goal_reached);
    r.own_position = reviewEnumFromKey(lifePositionFromKey(k.own_position), "own_position", k.own_position);
    r.customer_position =
        reviewEnumFromKey(lifePositionFromKey(k.customer_position), "customer_position", k.customer_position);
    r.commitment_kind = reviewEnumFromKey(commitmentKindFromKey(k.commitment_kind), "commitment_kind", k.commitment_kind);
    r.previous_commitment_kept =
        reviewEnumFromKey(reachedFromKey(k.previous_kept), "previous_commitment_kept", k.previous_kept);
    fromRatingEntries(k.steps, r.steps, reviewStepKey);
    fromRatingEntries(k.elements, r.elements, reviewElementKey);
    for (AssumptionEntry& a : k.assumptions)
        r.assumptions.push_back({std::move(a.text), reviewEnumFromKey(reachedFromKey(a.held), "held", a.held)});
    for (const std::string& key : k.learned) {
        std::size_t index = method::kKnowledgeAreaCount;
        for (std::size_t i = 0; i < method::kKnowledgeAreaCount; ++i)
            if (method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i)) == key) index = i;
        if (index == method::kKnowledgeAreaCount)
            throw storage::FormatError(i18n::message("detail.unknown_review_value", {"knowledge_learned", key}));
        r.knowledge_learned[index] = true;
    }
}

// Workshop exercises (format version 6); the kind travels as its key.
template <class Archive>
void exerciseFields(Archive& ar, Exercise& e, std::string& kind) {
    ar(cereal::make_nvp("id", e.id), cereal::make_nvp("kind", kind), cereal::make_nvp("title", e.title),
       cereal::make_nvp("instruction", e.instruction), cereal::make_nvp("customer_ids", e.customer_ids),
       cereal::make_nvp("activity_ids", e.activity_ids), cereal::make_nvp("first_step", e.first_step),
       cereal::make_nvp("last_step", e.last_step), cereal::make_nvp("done", e.done));
}

template <class Archive>
void save(Archive& ar, const Exercise& exercise) {
    std::string kind(exerciseKindKey(exercise.kind));
    // cereal hands save() a const exercise; exerciseFields only reads through it here.
    exerciseFields(ar, const_cast<Exercise&>(exercise), kind);
}

template <class Archive>
void load(Archive& ar, Exercise& e) {
    std::string kind;
    exerciseFields(ar, e, kind);
    const auto parsed = exerciseKindFromKey(kind);
    if (!parsed) throw storage::FormatError(i18n::message("detail.unknown_exercise_kind", {kind}));
    e.kind = *parsed;
}

// Role-play observations (an optional list within format version 6): ratings
// sparse like a review's, notes sparse as {name, note} per step.
struct StepNoteEntry {
    std::string name;  // a step key
    std::string note;
    template <class Archive>
    void serialize(Archive& ar) {
        ar(cereal::make_nvp("name", name), cereal::make_nvp("note", note));
    }
};

template <class Archive>
void observationFields(Archive& ar, Observation& o, std::vector<RatingEntry>& steps, std::vector<StepNoteEntry>& notes) {
    ar(cereal::make_nvp("id", o.id), cereal::make_nvp("review_id", o.review_id), cereal::make_nvp("observer", o.observer),
       cereal::make_nvp("seconds", o.seconds), cereal::make_nvp("steps", steps), cereal::make_nvp("notes", notes));
}

template <class Archive>
void save(Archive& ar, const Observation& observation) {
    std::vector<RatingEntry> steps = toRatingEntries(observation.steps, reviewStepKey);
    std::vector<StepNoteEntry> notes;
    for (std::size_t i = 0; i < observation.notes.size(); ++i) {
        if (!observation.notes[i].empty()) notes.push_back({std::string(reviewStepKey(i)), observation.notes[i]});
    }
    // cereal hands save() a const observation; observationFields only reads through it here.
    observationFields(ar, const_cast<Observation&>(observation), steps, notes);
}

template <class Archive>
void load(Archive& ar, Observation& o) {
    std::vector<RatingEntry> steps;
    std::vector<StepNoteEntry> notes;
    observationFields(ar, o, steps, notes);
    fromRatingEntries(steps, o.steps, reviewStepKey);
    std::array<bool, method::kConversationStepCount> seen{};
    for (StepNoteEntry& entry : notes) {
        std::size_t index = method::kConversationStepCount;
        for (std::size_t i = 0; i < method::kConversationStepCount; ++i)
            if (reviewStepKey(i) == entry.name) index = i;
        if (index == method::kConversationStepCount) throw storage::FormatError(i18n::message("detail.unknown_step", {entry.name}));
        if (seen[index]) throw storage::FormatError(i18n::message("detail.step_twice", {entry.name}));
        seen[index] = true;
        o.notes[index] = std::move(entry.note);
    }
}

// The list is optional: v6 files written before observations existed have no
// "observations" member. cereal reports a missing name before it reads
// anything, so only that exact absence is taken as "none"; any other problem
// (a bad entry inside the list) still fails the load.
template <class Archive>
void loadOptionalObservations(Archive& ar, std::vector<Observation>& observations) {
    try {
        ar(cereal::make_nvp("observations", observations));
    } catch (const cereal::Exception& e) {
        if (std::string_view(e.what()) != "JSON Parsing failed - provided NVP (observations) not found") throw;
        observations.clear();
    }
}

}  // namespace etappe::model
