#include "model/review.h"

namespace etappe::model {

namespace {

template <class Enum, std::size_t N>
std::string_view keyIn(const std::array<std::string_view, N>& keys, Enum value) {
    const auto index = static_cast<std::size_t>(value);
    return index < N ? keys[index] : std::string_view("unknown");
}

template <class Enum, std::size_t N>
std::optional<Enum> fromKeyIn(const std::array<std::string_view, N>& keys, std::string_view key) {
    for (std::size_t i = 0; i < N; ++i)
        if (keys[i] == key) return static_cast<Enum>(i);
    return std::nullopt;
}

// In enum order.
constexpr std::array<std::string_view, 5> kOutcomeKeys = {"unset", "order", "advance", "continuation", "no_sale"};
constexpr std::array<std::string_view, 4> kReachedKeys = {"unset", "yes", "partly", "no"};
constexpr std::array<std::string_view, 5> kRatingKeys = {"unset", "well", "partly", "missed", "not_relevant"};
constexpr std::array<std::string_view, 5> kPositionKeys = {"unset", "ok_ok", "ok_not_ok", "not_ok_ok", "not_ok_not_ok"};
constexpr std::array<std::string_view, 3> kCommitmentKeys = {"keep", "start", "stop"};
constexpr std::array<std::string_view, 2> kProcessKeys = {"full", "reduced"};

}  // namespace

std::string_view outcomeKey(ReviewOutcome value) { return keyIn(kOutcomeKeys, value); }
std::string_view reachedKey(Reached value) { return keyIn(kReachedKeys, value); }
std::string_view ratingKey(StepRating value) { return keyIn(kRatingKeys, value); }
std::string_view lifePositionKey(LifePosition value) { return keyIn(kPositionKeys, value); }
std::string_view commitmentKindKey(CommitmentKind value) { return keyIn(kCommitmentKeys, value); }
std::string_view processKey(ReviewProcess value) { return keyIn(kProcessKeys, value); }
std::optional<ReviewOutcome> outcomeFromKey(std::string_view key) { return fromKeyIn<ReviewOutcome>(kOutcomeKeys, key); }
std::optional<Reached> reachedFromKey(std::string_view key) { return fromKeyIn<Reached>(kReachedKeys, key); }
std::optional<StepRating> ratingFromKey(std::string_view key) { return fromKeyIn<StepRating>(kRatingKeys, key); }
std::optional<LifePosition> lifePositionFromKey(std::string_view key) {
    return fromKeyIn<LifePosition>(kPositionKeys, key);
}
std::optional<CommitmentKind> commitmentKindFromKey(std::string_view key) {
    return fromKeyIn<CommitmentKind>(kCommitmentKeys, key);
}
std::optional<ReviewProcess> processFromKey(std::string_view key) { return fromKeyIn<ReviewProcess>(kProcessKeys, key); }

}  // namespace etappe::model

#include "model/observation.h"

namespace etappe::model {

namespace {
int ratingScore(StepRating r) {
    switch (r) {
        case StepRating::Well: return 3;
        case StepRating::Partly: return 2;
        case StepRating::Missed: return 1;
        default: return 0;
    }
}
}  // namespace

RatingGap ratingGap(StepRating self, StepRating observed) {
    const int a = ratingScore(self);
    const int b = ratingScore(observed);
    if (a == 0 || b == 0 || a == b) return RatingGap::None;
    return a > b ? RatingGap::SellerBetter : RatingGap::SellerWorse;
}

}  // namespace etappe::model
