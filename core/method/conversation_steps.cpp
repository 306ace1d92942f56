#include "method/conversation_steps.h"

namespace etappe::method {

namespace {
constexpr std::array<std::string_view, kConversationStepCount> kStepKeys = {
    "reflection", "preparation",  "making_contact", "opening",  "positive_relationship", "customer_situation",
    "customer_goals", "proposals", "objections",    "decision", "additional_business",   "ending",
    "follow_up",  "reward",       "support",        "retention"};
}  // namespace

std::string_view conversationStepKey(ConversationStep step) { return kStepKeys[static_cast<std::size_t>(step)]; }

ConversationStep conversationStepAt(std::size_t index) { return static_cast<ConversationStep>(index); }

}  // namespace etappe::method
