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
    model::Customer a;
    a.id = 7;
    a.customer_class = method::CustomerClass::A;
    p.customers.push_back(a);
    const auto missing = [&] { return rules::aCustomersWithoutNextActivity(p, "2026-11-23").size() == 1; };
    model::Activity past;
    past.id = 1;
    past.customer_id = 7;
    past.date = "2026-11-20";
    p.activities.push_back(past);
    CHECK(missing());
    model::Activity undated = past;
    undated.id = 2;
    undated.date.clear();
    p.activities.push_back(undated);
    CHECK(missing());
    model::Activity done = past;
    done.id = 3;
    done.date = "2026-11-30";
    done.status = model::ActivityStatus::Done;
    p.activities.push_back(done);
    CHECK(missing());
    model::Activity today = past;
    today.id = 4;
    today.date = "2026-11-23";
    p.activities.push_back(today);
    CHECK_FALSE(missing());
}

TEST_CASE("the A customers without a next step are listed in portfolio order") {
    model::Portfolio p;
    for (model::Id id : {1, 2, 3}) {
        model::Customer c;
        c.id = id;
        c.customer_class = id == 2 ? method::CustomerClass::B : method::CustomerClass::A;
        p.customers.push_back(c);
    }
    model::Activity next;
    next.id = 10;
    next.customer_id = 3;
    next.date = "2026-12-01";
    p.activities.push_back(next);
    CHECK(rules::aCustomersWithoutNextActivity(p, "2026-11-23") == std::vector<model::Id>{1});
}
