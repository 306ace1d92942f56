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

#include "rules/next_activity.h"

TEST_CASE("an A customer has a next step only with a planned activity dated today or later") {
    model::Portfolio p;
    model::Activity past;
    past.id = 1;
    past.customer_id = 7;
    past.date = "2026-11-20";
    p.activities.push_back(past);
    CHECK_FALSE(rules::hasNextDatedActivity(p, 7, "2026-11-23"));
    model::Activity undated = past;
    undated.id = 2;
    undated.date.clear();
    p.activities.push_back(undated);
    CHECK_FALSE(rules::hasNextDatedActivity(p, 7, "2026-11-23"));
    model::Activity done = past;
    done.id = 3;
    done.date = "2026-11-30";
    done.status = model::ActivityStatus::Done;
    p.activities.push_back(done);
    CHECK_FALSE(rules::hasNextDatedActivity(p, 7, "2026-11-23"));
    model::Activity today = past;
    today.id = 4;
    today.date = "2026-11-23";
    p.activities.push_back(today);
    CHECK(rules::hasNextDatedActivity(p, 7, "2026-11-23"));
    CHECK_FALSE(rules::hasNextDatedActivity(p, 8, "2026-11-23"));
}
