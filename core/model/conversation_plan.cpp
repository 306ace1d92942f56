#include "model/conversation_plan.h"

namespace etappe::model {

int ConversationPlan::checkedCount() const {
    int count = 0;
    for (const StepWork& step : steps) {
        for (const bool checked : step.checkpoints) count += checked ? 1 : 0;
    }
    return count;
}

}  // namespace etappe::model
