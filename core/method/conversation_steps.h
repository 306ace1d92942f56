#pragma once
#include <array>
#include <cstddef>
#include <string_view>

namespace etappe::method {

// The 16-step conversation process for A customers (METHOD §5), 3 checkpoints each.
inline constexpr std::size_t kConversationStepCount = 16;
inline constexpr std::size_t kCheckpointsPerStep = 3;

enum class ConversationStep {
    Reflection,
    Preparation,
    MakingContact,
    Opening,
    PositiveRelationship,
    CustomerSituation,
    CustomerGoals,
    Proposals,
    Objections,
    Decision,
    AdditionalBusiness,
    Ending,
    FollowUp,
    Reward,
    Support,
    Retention,
};

// Stable key of a step ("reflection", "preparation", ...). Texts live in the
// string table under "step.<key>.name", "step.<key>.term" (the German method
// term), "step.<key>.coaching" and "step.<key>.checkpoint.<1..3>".
std::string_view conversationStepKey(ConversationStep step);
ConversationStep conversationStepAt(std::size_t index);

}  // namespace etappe::method
