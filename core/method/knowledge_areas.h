#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace etappe::method {

// The seven areas of customer knowledge (METHOD §2, Kundenkenntnis).
inline constexpr std::size_t kKnowledgeAreaCount = 7;
enum class KnowledgeArea { Strategy, Status, DecisionMakers, Relationship, Needs, Standing, Obstacles };

// How well the rep knows an area.
enum class KnowledgeLevel { Unknown, Partly, Known };

// Keys: area "strategy", ... (texts "knowledge.<key>.name", ".question");
// level "unknown", "partly", "known" (texts "knowledge_level.<key>").
std::string_view knowledgeAreaKey(KnowledgeArea area);
std::string_view knowledgeLevelKey(KnowledgeLevel level);
std::optional<KnowledgeLevel> knowledgeLevelFromKey(std::string_view key);

}  // namespace etappe::method
