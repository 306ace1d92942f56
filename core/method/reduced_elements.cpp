#include "method/reduced_elements.h"

#include "method/conversation_steps.h"

namespace etappe::method {

std::string reducedStepKey(std::size_t element) { return "reduced." + std::string(kReducedElements[element]); }

bool isActivityStepKey(std::string_view key) {
    for (std::size_t i = 0; i < kConversationStepCount; ++i) {
        if (conversationStepKey(conversationStepAt(i)) == key) return true;
    }
    for (std::size_t e = 0; e < kReducedElements.size(); ++e) {
        if (key == reducedStepKey(e)) return true;
    }
    return false;
}

}  // namespace etappe::method
