#pragma once
#include <array>
#include <string>
#include <vector>

#include "method/knowledge_areas.h"
#include "model/conversation_plan.h"
#include "model/ids.h"
#include "model/money.h"
#include "model/priorities.h"
#include "model/reduced_plan.h"
#include "method/customer_class.h"
#include "method/sales_phase.h"

namespace etappe::model {

struct Contact {
    Id id = kNoId;
    std::string name;
    std::string role;  // role or title, e.g. "Einkaufsleiterin"
    std::string email;
    std::string phone;

    bool operator==(const Contact&) const = default;
};

// What the rep knows about one area of customer knowledge (METHOD §2).
struct KnowledgeNote {
    method::KnowledgeLevel level = method::KnowledgeLevel::Unknown;
    std::string note;
    bool operator==(const KnowledgeNote&) const = default;
};

struct Customer {
    Id id = kNoId;
    std::string name;
    std::string industry;
    std::string city;
    std::string notes;
    // The rep marked the notes (general, customer knowledge, notes-to-self in
    // plans) as private: they stay hidden while presenting on a projector.
    bool private_notes = false;
    method::CustomerClass customer_class = method::CustomerClass::C;  // the rep's class; in effect when overridden
    ClassDecision class_decision;
    Money annual_revenue;
    Money potential;
    method::SalesPhase phase = method::SalesPhase::Identification;
    std::string created_on;  // ISO-8601 date, YYYY-MM-DD
    std::vector<Contact> contacts;
    std::array<KnowledgeNote, method::kKnowledgeAreaCount> knowledge{};
    std::vector<ConversationPlan> plans;  // all meetings prepared, oldest first
    ReducedPlan reduced_plan;             // the five-element plan for B and C customers

    bool operator==(const Customer&) const = default;

    const Contact* findContact(Id contact_id) const;
    const ConversationPlan* findPlan(Id plan_id) const;
};

}  // namespace etappe::model
