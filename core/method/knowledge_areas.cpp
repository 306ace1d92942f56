#include "method/knowledge_areas.h"

namespace etappe::method {

namespace {
constexpr std::array<std::string_view, kKnowledgeAreaCount> kAreaKeys = {
    "strategy", "status", "decision_makers", "relationship", "needs", "standing", "obstacles"};
constexpr std::array<std::string_view, 3> kLevelKeys = {"unknown", "partly", "known"};
}  // namespace

std::string_view knowledgeAreaKey(KnowledgeArea area) { return kAreaKeys[static_cast<std::size_t>(area)]; }
std::string_view knowledgeLevelKey(KnowledgeLevel level) { return kLevelKeys[static_cast<std::size_t>(level)]; }

std::optional<KnowledgeLevel> knowledgeLevelFromKey(std::string_view key) {
    for (std::size_t i = 0; i < kLevelKeys.size(); ++i) {
        if (kLevelKeys[i] == key) return static_cast<KnowledgeLevel>(i);
    }
    return std::nullopt;
}

}  // namespace etappe::method
