#pragma once
// The rep's own debrief right after a meeting (METHOD §5 step 13 "learn from
// the conversation", §3 attitude, §6 balance of interests). Private: no brief
// or export shows a review unless the rep exports it on purpose.
#include <array>
#include <string>
#include <vector>

#include "method/conversation_steps.h"
#include "method/knowledge_areas.h"
#include "model/ids.h"

namespace etappe::model {

// What came of the meeting. Advance: the customer committed to a concrete next
// step; Continuation: friendly, but no commitment.
enum class ReviewOutcome { Unset, Order, Advance, Continuation, NoSale };
// Whether the meeting's own goal was reached; also the answer to "was last
// time's commitment kept?".
enum class Reached { Unset, Yes, Partly, No };
// How a step of the process (or an element of the reduced process) went.
enum class StepRating { Unset, Well, Partly, Missed, NotRelevant };
// The four life positions of transactional analysis (METHOD §3): "I'm OK – you're OK" …
enum class LifePosition { Unset, OkOk, OkNotOk, NotOkOk, NotOkNotOk };
enum class CommitmentKind { Keep, Start, Stop };
// Which process the meeting followed: the 16 steps (A customers) or the five reduced elements (B/C).
enum class ReviewProcess { Full, Reduced };

inline constexpr int kMoodMax = 5;          // mood 1–5, 0 = not given
inline constexpr int kInterestMax = 10;     // interests met 0–10, -1 = not given
inline constexpr std::size_t kReducedElementCount = 5;

// One line of the plan's sales goals, copied when the review starts, and whether it was reached.
struct GoalLine {
    std::string text;
    bool reached = false;
    bool operator==(const GoalLine&) const = default;
};

// An assumption the rep carried into the call, and whether it held.
struct Assumption {
    std::string text;
    Reached held = Reached::Unset;  // Yes / No (Partly allowed)
    bool operator==(const Assumption&) const = default;
};

struct Review {
    Id id = kNoId;
    Id customer_id = kNoId;
    Id plan_id = kNoId;              // the conversation plan reviewed; kNoId: a reduced-process contact or an ad-hoc call
    bool plan_deleted = false;       // the plan was deleted later: the review stays, marked "meeting deleted"
    ReviewProcess process = ReviewProcess::Full;
    std::string meeting_date;        // ISO date of the meeting
    std::string reviewed_on;         // ISO date the review was started
    std::string title;               // for ad-hoc calls: what the call was about

    // Outcome
    ReviewOutcome outcome = ReviewOutcome::Unset;
    Reached goal_reached = Reached::Unset;
    std::vector<GoalLine> goal_lines;
    std::string agreed;

    // Replay of the process
    std::array<StepRating, method::kConversationStepCount> steps{};
    std::array<StepRating, kReducedElementCount> elements{};

    // Attitude
    LifePosition own_position = LifePosition::Unset;
    LifePosition customer_position = LifePosition::Unset;  // as the rep sensed it; optional
    int mood_before = 0;
    int mood_after = 0;
    std::vector<Assumption> assumptions;

    // Balance of interests, each 0–10 (-1 = not given)
    int own_interests = -1;
    int customer_interests = -1;

    // Lessons
    std::string went_well;
    std::string do_differently;
    CommitmentKind commitment_kind = CommitmentKind::Start;
    std::string commitment;
    Reached previous_commitment_kept = Reached::Unset;  // the customer's previous review's commitment

    // Follow-up
    Id next_activity_id = kNoId;  // the concrete next activity made from this review
    std::array<bool, method::kKnowledgeAreaCount> knowledge_learned{};  // knowledge areas the call taught something about

    bool operator==(const Review&) const = default;
};

}  // namespace etappe::model

#include <optional>
#include <string_view>

namespace etappe::model {

// Stable keys, used in the file and as stems of text keys ("review.outcome.<key>").
std::string_view outcomeKey(ReviewOutcome value);
std::string_view reachedKey(Reached value);
std::string_view ratingKey(StepRating value);
std::string_view lifePositionKey(LifePosition value);
std::string_view commitmentKindKey(CommitmentKind value);
std::string_view processKey(ReviewProcess value);
std::optional<ReviewOutcome> outcomeFromKey(std::string_view key);
std::optional<Reached> reachedFromKey(std::string_view key);
std::optional<StepRating> ratingFromKey(std::string_view key);
std::optional<LifePosition> lifePositionFromKey(std::string_view key);
std::optional<CommitmentKind> commitmentKindFromKey(std::string_view key);
std::optional<ReviewProcess> processFromKey(std::string_view key);

inline constexpr std::array<ReviewOutcome, 4> kOutcomes = {ReviewOutcome::Order, ReviewOutcome::Advance,
                                                           ReviewOutcome::Continuation, ReviewOutcome::NoSale};
inline constexpr std::array<LifePosition, 4> kLifePositions = {LifePosition::OkOk, LifePosition::OkNotOk,
                                                               LifePosition::NotOkOk, LifePosition::NotOkNotOk};
inline constexpr std::array<StepRating, 4> kRatings = {StepRating::Well, StepRating::Partly, StepRating::Missed,
                                                       StepRating::NotRelevant};

}  // namespace etappe::model
