#include <doctest/doctest.h>

#include "rules/knowledge.h"

using namespace etappe;
using method::KnowledgeArea;
using method::KnowledgeLevel;

TEST_CASE("knowledge readiness counts partly as half and known as full") {
    model::Customer c;
    CHECK(rules::knowledgeReadinessPercent(c) == 0);
    c.knowledge[0].level = KnowledgeLevel::Known;    // 2 of 14 points
    c.knowledge[1].level = KnowledgeLevel::Partly;   // 1 more: 3/14 = 21.4 %
    CHECK(rules::knowledgeReadinessPercent(c) == 21);
    for (auto& note : c.knowledge) note.level = KnowledgeLevel::Known;
    CHECK(rules::knowledgeReadinessPercent(c) == 100);
}

TEST_CASE("knowledge gaps are the areas not fully known, in the method's order") {
    model::Customer c;
    for (auto& note : c.knowledge) note.level = KnowledgeLevel::Known;
    c.knowledge[static_cast<std::size_t>(KnowledgeArea::Obstacles)].level = KnowledgeLevel::Partly;
    c.knowledge[static_cast<std::size_t>(KnowledgeArea::DecisionMakers)].level = KnowledgeLevel::Unknown;
    CHECK(rules::knowledgeGaps(c) == std::vector<KnowledgeArea>{KnowledgeArea::DecisionMakers, KnowledgeArea::Obstacles});
}
