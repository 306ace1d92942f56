#include "rules/knowledge.h"

namespace etappe::rules {

int knowledgeReadinessPercent(const model::Customer& customer) {
    int points = 0;
    for (const model::KnowledgeNote& note : customer.knowledge) points += static_cast<int>(note.level);
    const int maximum = 2 * static_cast<int>(method::kKnowledgeAreaCount);
    return (points * 100 + maximum / 2) / maximum;
}

std::vector<method::KnowledgeArea> knowledgeGaps(const model::Customer& customer) {
    std::vector<method::KnowledgeArea> gaps;
    for (std::size_t i = 0; i < customer.knowledge.size(); ++i) {
        if (customer.knowledge[i].level != method::KnowledgeLevel::Known)
            gaps.push_back(static_cast<method::KnowledgeArea>(i));
    }
    return gaps;
}

}  // namespace etappe::rules
