#include "model/exercise.h"

#include <array>

namespace etappe::model {

namespace {
constexpr std::array<std::string_view, 4> kKindKeys = {"prepare_meeting", "rephrase_activities", "classify_customers",
                                                       "debrief_meeting"};
}  // namespace

std::string_view exerciseKindKey(ExerciseKind kind) {
    const auto index = static_cast<std::size_t>(kind);
    return index < kKindKeys.size() ? kKindKeys[index] : std::string_view("unknown");
}

std::optional<ExerciseKind> exerciseKindFromKey(std::string_view key) {
    for (std::size_t i = 0; i < kKindKeys.size(); ++i)
        if (kKindKeys[i] == key) return static_cast<ExerciseKind>(i);
    return std::nullopt;
}

}  // namespace etappe::model
