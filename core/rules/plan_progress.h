#pragma once
#include <array>
#include <string>

#include "model/conversation_plan.h"

namespace etappe::rules {

enum class StepStatus { Done, Current, Next, Open };

bool isStepDone(const model::ConversationPlan& plan, std::size_t step);

// The first step with an open checkpoint: where the plan stands. Returns
// kConversationStepCount when every checkpoint is ticked.
std::size_t currentStep(const model::ConversationPlan& plan);

// Done steps, the current one, the one after it, and the rest.
std::array<StepStatus, method::kConversationStepCount> stepStatuses(const model::ConversationPlan& plan);

inline constexpr int kTotalCheckpoints =
    static_cast<int>(method::kConversationStepCount * method::kCheckpointsPerStep);

// A plan for the next meeting that starts from the last one: the prepared
// content stays, the ticks start fresh (every meeting is walked through anew).
model::ConversationPlan copyForNextMeeting(const model::ConversationPlan& last, model::Id id, std::string date);

}  // namespace etappe::rules
