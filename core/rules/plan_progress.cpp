#include "rules/plan_progress.h"

namespace etappe::rules {

bool isStepDone(const model::ConversationPlan& plan, std::size_t step) {
    for (const bool checked : plan.steps[step].checkpoints) {
        if (!checked) return false;
    }
    return true;
}

std::size_t currentStep(const model::ConversationPlan& plan) {
    for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
        if (!isStepDone(plan, i)) return i;
    }
    return method::kConversationStepCount;
}

std::array<StepStatus, method::kConversationStepCount> stepStatuses(const model::ConversationPlan& plan) {
    std::array<StepStatus, method::kConversationStepCount> statuses{};
    const std::size_t current = currentStep(plan);
    bool next_given = false;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        if (isStepDone(plan, i)) {
            statuses[i] = StepStatus::Done;
        } else if (i == current) {
            statuses[i] = StepStatus::Current;
        } else if (!next_given && i > current) {
            statuses[i] = StepStatus::Next;
            next_given = true;
        } else {
            statuses[i] = StepStatus::Open;
        }
    }
    return statuses;
}

model::ConversationPlan copyForNextMeeting(const model::ConversationPlan& last, model::Id id, std::string date) {
    model::ConversationPlan plan = last;
    plan.id = id;
    plan.date = std::move(date);
    for (model::StepWork& step : plan.steps) step.checkpoints = {};
    return plan;
}

}  // namespace etappe::rules
