#pragma once
// A role-play observer's sheet (issue 12 item 5): in a triad (customer, seller,
// observer) the observer rates the 16 steps live, on the same scale as the
// seller's self-review, and the two are compared afterwards. An observation
// names the seller's review it observes; kNoId until linked (or when that
// review was deleted: integrity.cpp unlinks, the observer's ratings stay).
#include <array>
#include <string>

#include "method/conversation_steps.h"
#include "model/ids.h"
#include "model/review.h"

namespace etappe::model {

inline constexpr int kMaxObservations = 500;
inline constexpr int kMaxObservedSeconds = 24 * 60 * 60;

struct Observation {
    Id id = kNoId;
    Id review_id = kNoId;    // the seller's self-review of the same role-play; kNoId: not linked
    std::string observer;    // the observer's name
    int seconds = 0;         // how long the role-play ran, as the observer's timer measured it
    std::array<StepRating, method::kConversationStepCount> steps{};
    std::array<std::string, method::kConversationStepCount> notes{};  // optional note per step

    bool operator==(const Observation&) const = default;
};

// Where the seller's self-rating and the observer's rating of one step differ.
enum class RatingGap { None, SellerBetter, SellerWorse };
// Well > Partly > Missed; Unset and NotRelevant on either side: no gap.
RatingGap ratingGap(StepRating self, StepRating observed);
// The sign that marks a gap wherever self and observer stand side by side (the
// Observe screen, the comparison and its export): the same in every language.
constexpr const char* ratingGapMark(RatingGap gap) {
    return gap == RatingGap::SellerBetter ? "▲" : gap == RatingGap::SellerWorse ? "▼" : "";
}

}  // namespace etappe::model
