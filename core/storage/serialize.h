#pragma once
// cereal functions for the model: the on-disk shape of a portfolio file.
// Include only after core/storage/json.h (it configures RapidJSON).

#include <optional>
#include <string>
#include <variant>


#include "i18n/message.h"
#include "storage/format.h"
#include "storage/format_error.h"
#include "storage/json.h"
#include "storage/serialize_reviews.h"
#include "method/plan_fields.h"
#include "method/reduced_elements.h"
#include "model/portfolio.h"

namespace etappe::model {

template <class Archive>
void serialize(Archive& ar, Money& money) {
    ar(cereal::make_nvp("cents", money.cents), cereal::make_nvp("currency", money.currency));
}

template <class Archive>
void serialize(Archive& ar, Contact& contact) {
    ar(cereal::make_nvp("id", contact.id), cereal::make_nvp("name", contact.name),
       cereal::make_nvp("role", contact.role), cereal::make_nvp("email", contact.email),
       cereal::make_nvp("phone", contact.phone));
}

// Records, plan fields and reduced-plan fields are written as the method's
// tables describe them (core/method), under their keys and in table order.
template <class Archive>
void serialize(Archive& ar, Proposal& p) {
    for (const auto& part : method::kProposalParts) ar(cereal::make_nvp(part.key.data(), p.*part.text));
}

template <class Archive>
void serialize(Archive& ar, PreparedObjection& o) {
    for (const auto& part : method::kObjectionParts) ar(cereal::make_nvp(part.key.data(), o.*part.text));
}


// Knowledge and steps are written as objects keyed by the method's names, so
// a file stays readable and an area or step cannot silently shift place.
template <class Archive>
void save(Archive& ar, const KnowledgeNote& note) {
    ar(cereal::make_nvp("level", std::string(method::knowledgeLevelKey(note.level))),
       cereal::make_nvp("note", note.note));
}

template <class Archive>
void load(Archive& ar, KnowledgeNote& note) {
    std::string level;
    ar(cereal::make_nvp("level", level), cereal::make_nvp("note", note.note));
    const auto parsed = method::knowledgeLevelFromKey(level);
    if (!parsed) throw storage::FormatError(i18n::message("detail.unknown_knowledge_level", {level}));
    note.level = *parsed;
}

template <class Archive>
void serializeKnowledge(Archive& ar, std::array<KnowledgeNote, method::kKnowledgeAreaCount>& knowledge) {
    for (std::size_t i = 0; i < knowledge.size(); ++i) {
        const std::string key(method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i)));
        ar(cereal::make_nvp(key.c_str(), knowledge[i]));
    }
}

// Helpers that write a nested object of named members.
struct KnowledgeBlock {
    std::array<KnowledgeNote, method::kKnowledgeAreaCount>& knowledge;
    template <class Archive>
    void serialize(Archive& ar) {
        serializeKnowledge(ar, knowledge);
    }
};

// Only steps with a tick or a note are written ("sparse"), each named by the
// method's key: a fresh plan stays small and a step cannot shift place.
struct StepEntry {
    std::string step;
    std::array<bool, method::kCheckpointsPerStep> checkpoints{};
    std::string notes;
    template <class Archive>
    void serialize(Archive& ar) {
        ar(cereal::make_nvp("step", step), cereal::make_nvp("checkpoints", checkpoints), cereal::make_nvp("notes", notes));
    }
};

inline std::vector<StepEntry> toStepEntries(const std::array<StepWork, method::kConversationStepCount>& steps) {
    std::vector<StepEntry> entries;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i] == StepWork{}) continue;
        entries.push_back(StepEntry{std::string(method::conversationStepKey(method::conversationStepAt(i))),
                                    steps[i].checkpoints, steps[i].notes});
    }
    return entries;
}

inline void fromStepEntries(std::vector<StepEntry>& entries, std::array<StepWork, method::kConversationStepCount>& steps) {
    std::array<bool, method::kConversationStepCount> seen{};
    for (StepEntry& entry : entries) {
        std::size_t index = method::kConversationStepCount;
        for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
            if (method::conversationStepKey(method::conversationStepAt(i)) == entry.step) index = i;
        }
        if (index == method::kConversationStepCount) throw storage::FormatError(i18n::message("detail.unknown_step", {entry.step}));
        if (seen[index]) throw storage::FormatError(i18n::message("detail.step_twice", {entry.step}));
        seen[index] = true;
        steps[index] = StepWork{entry.checkpoints, std::move(entry.notes)};
    }
}

// The plan's fields around its steps, in file order, shared by save and load.
template <class Archive>
void planHeader(Archive& ar, ConversationPlan& p) {
    ar(cereal::make_nvp("id", p.id), cereal::make_nvp("date", p.date), cereal::make_nvp("time", p.time),
       cereal::make_nvp("place", p.place), cereal::make_nvp("goal", p.goal),
       cereal::make_nvp("attendee_ids", p.attendee_ids));
}

template <class Archive>
void planFields(Archive& ar, ConversationPlan& p) {
    for (const method::PlanField& field : method::kPlanFields) {
        std::visit([&](auto member) { ar(cereal::make_nvp(field.key.data(), p.*member)); }, field.member);
    }
}

template <class Archive>
void save(Archive& ar, const ConversationPlan& plan) {
    // cereal hands save() a const plan; the helpers above only read through it here.
    auto& p = const_cast<ConversationPlan&>(plan);
    std::vector<StepEntry> steps = toStepEntries(p.steps);
    planHeader(ar, p);
    ar(cereal::make_nvp("steps", steps));
    planFields(ar, p);
}

template <class Archive>
void load(Archive& ar, ConversationPlan& p) {
    std::vector<StepEntry> steps;
    planHeader(ar, p);
    ar(cereal::make_nvp("steps", steps));
    planFields(ar, p);
    fromStepEntries(steps, p.steps);
}

template <class Archive>
void serialize(Archive& ar, ClassDecision& d) {
    ar(cereal::make_nvp("overridden", d.overridden), cereal::make_nvp("reason", d.reason),
       cereal::make_nvp("could_become_a", d.could_become_a));
}

template <class Archive>
void serialize(Archive& ar, ReducedPlan& r) {
    ar(cereal::make_nvp("date", r.date));
    for (const method::ReducedField& field : method::kReducedFields) ar(cereal::make_nvp(field.key.data(), r.*field.text));
    ar(cereal::make_nvp("done", r.done));
}

template <class Archive>
void serialize(Archive& ar, AbcThresholds& t) {
    ar(cereal::make_nvp("a_share_percent", t.a_share_percent), cereal::make_nvp("b_share_percent", t.b_share_percent),
       cereal::make_nvp("include_potential", t.include_potential));
}

template <class Archive>
void serialize(Archive& ar, ClassEffort& e) {
    ar(cereal::make_nvp("appointment", e.appointment), cereal::make_nvp("preparation", e.preparation),
       cereal::make_nvp("conversation", e.conversation), cereal::make_nvp("follow_up", e.follow_up));
}

template <class Archive>
void serialize(Archive& ar, PrioritySettings& s) {
    ar(cereal::make_nvp("thresholds", s.thresholds), cereal::make_nvp("effort", s.effort));
}

template <class Archive>
void save(Archive& ar, const Customer& c) {
    // cereal hands save() a const customer; the block only reads through this reference.
    auto& knowledge = const_cast<std::array<KnowledgeNote, method::kKnowledgeAreaCount>&>(c.knowledge);
    KnowledgeBlock knowledge_block{knowledge};
    // Most customers have no reduced plan: an empty list keeps the file small.
    std::vector<ReducedPlan> reduced;
    if (c.reduced_plan != ReducedPlan{}) reduced.push_back(c.reduced_plan);
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("industry", c.industry),
       cereal::make_nvp("city", c.city), cereal::make_nvp("notes", c.notes),
       cereal::make_nvp("class", std::string(method::customerClassKey(c.customer_class))),
       cereal::make_nvp("annual_revenue", c.annual_revenue), cereal::make_nvp("potential", c.potential),
       cereal::make_nvp("phase", std::string(method::salesPhaseKey(c.phase))),
       cereal::make_nvp("created_on", c.created_on), cereal::make_nvp("contacts", c.contacts),
       cereal::make_nvp("knowledge", knowledge_block), cereal::make_nvp("plans", c.plans),
       cereal::make_nvp("class_decision", c.class_decision), cereal::make_nvp("reduced_plan", reduced),
       cereal::make_nvp("private_notes", c.private_notes));
}

template <class Archive>
void load(Archive& ar, Customer& c) {
    std::string class_key;
    std::string phase_key;
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("industry", c.industry),
       cereal::make_nvp("city", c.city), cereal::make_nvp("notes", c.notes), cereal::make_nvp("class", class_key),
       cereal::make_nvp("annual_revenue", c.annual_revenue), cereal::make_nvp("potential", c.potential),
       cereal::make_nvp("phase", phase_key), cereal::make_nvp("created_on", c.created_on),
       cereal::make_nvp("contacts", c.contacts));
    // Version 2 added knowledge and plans; version-1 files keep the defaults.
    if (cereal::get_user_data<storage::LoadContext>(ar).format_version >= 2) {
        KnowledgeBlock knowledge_block{c.knowledge};
        ar(cereal::make_nvp("knowledge", knowledge_block), cereal::make_nvp("plans", c.plans));
    }
    // Version 4 added the class decision and the reduced plan (older files are migrated after loading).
    if (cereal::get_user_data<storage::LoadContext>(ar).format_version >= 4) {
        std::vector<ReducedPlan> reduced;
        ar(cereal::make_nvp("class_decision", c.class_decision), cereal::make_nvp("reduced_plan", reduced));
        if (reduced.size() > 1) throw storage::FormatError(i18n::message("detail.reduced_plan_twice"));
        if (!reduced.empty()) c.reduced_plan = std::move(reduced.front());
    }
    // Version 7 added the private mark of the notes; older files have none marked.
    if (cereal::get_user_data<storage::LoadContext>(ar).format_version >= 7) ar(cereal::make_nvp("private_notes", c.private_notes));
    const auto customer_class = method::customerClassFromKey(class_key);
    if (!customer_class) throw storage::FormatError(i18n::message("detail.unknown_class", {class_key}));
    const auto phase = method::salesPhaseFromKey(phase_key);
    if (!phase) throw storage::FormatError(i18n::message("detail.unknown_phase", {phase_key}));
    c.customer_class = *customer_class;
    c.phase = *phase;
}

inline std::string_view activityStatusKey(ActivityStatus status) {
    switch (status) {
        case ActivityStatus::Planned: return "planned";
        case ActivityStatus::Done: return "done";
        case ActivityStatus::Cancelled: return "cancelled";
    }
    return "planned";
}

// All fields of an activity in file order; the status travels as its key.
template <class Archive>
void activityFields(Archive& ar, Activity& a, std::string& status) {
    ar(cereal::make_nvp("id", a.id), cereal::make_nvp("date", a.date), cereal::make_nvp("time", a.time),
       cereal::make_nvp("duration_minutes", a.duration_minutes), cereal::make_nvp("customer_id", a.customer_id),
       cereal::make_nvp("contact_id", a.contact_id), cereal::make_nvp("action", a.action),
       cereal::make_nvp("step", a.step_key), cereal::make_nvp("goal_plan_id", a.goal_plan_id),
       cereal::make_nvp("status", status), cereal::make_nvp("outcome", a.outcome));
}

template <class Archive>
void save(Archive& ar, const Activity& a) {
    std::string status(activityStatusKey(a.status));
    // cereal hands save() a const activity; activityFields only reads through it here.
    activityFields(ar, const_cast<Activity&>(a), status);
}

template <class Archive>
void load(Archive& ar, Activity& a) {
    std::string status;
    activityFields(ar, a, status);
    for (const auto candidate : {ActivityStatus::Planned, ActivityStatus::Done, ActivityStatus::Cancelled}) {
        if (activityStatusKey(candidate) == status) {
            a.status = candidate;
            return;
        }
    }
    throw storage::FormatError(i18n::message("detail.unknown_status", {status}));
}

template <class Archive>
void serialize(Archive& ar, Booking& b) {
    ar(cereal::make_nvp("id", b.id), cereal::make_nvp("customer_id", b.customer_id), cereal::make_nvp("date", b.date),
       cereal::make_nvp("amount", b.amount), cereal::make_nvp("new_customer", b.new_customer));
}

template <class Archive>
void serialize(Archive& ar, GoalPlan& g) {
    ar(cereal::make_nvp("id", g.id), cereal::make_nvp("title", g.title),
       cereal::make_nvp("period_start", g.period_start), cereal::make_nvp("deadline", g.deadline),
       cereal::make_nvp("customers_now", g.customers_now), cereal::make_nvp("customers_to_win", g.customers_to_win),
       cereal::make_nvp("revenue_existing_now", g.revenue_existing_now),
       cereal::make_nvp("revenue_existing_gain", g.revenue_existing_gain),
       cereal::make_nvp("revenue_new", g.revenue_new),
       cereal::make_nvp("revenue_per_customer_now", g.revenue_per_customer_now),
       cereal::make_nvp("revenue_per_customer_gain", g.revenue_per_customer_gain),
       cereal::make_nvp("bookings", g.bookings));
}

template <class Archive>
void save(Archive& ar, const Portfolio& p) {
    ar(cereal::make_nvp("title", p.title), cereal::make_nvp("next_id", p.next_id),
       cereal::make_nvp("priorities", p.priorities), cereal::make_nvp("customers", p.customers),
       cereal::make_nvp("goal_plans", p.goal_plans), cereal::make_nvp("activities", p.activities),
       cereal::make_nvp("reviews", p.reviews), cereal::make_nvp("exercises", p.exercises));
    ar(cereal::make_nvp("observations", p.observations));
}

template <class Archive>
void load(Archive& ar, Portfolio& p) {
    ar(cereal::make_nvp("title", p.title), cereal::make_nvp("next_id", p.next_id));
    if (cereal::get_user_data<storage::LoadContext>(ar).format_version >= 4) ar(cereal::make_nvp("priorities", p.priorities));
    ar(cereal::make_nvp("customers", p.customers));
    // Version 3 added goal plans and activities.
    if (cereal::get_user_data<storage::LoadContext>(ar).format_version >= 3) {
        ar(cereal::make_nvp("goal_plans", p.goal_plans), cereal::make_nvp("activities", p.activities));
    }
    // Version 5 added the rep's reviews.
    if (cereal::get_user_data<storage::LoadContext>(ar).format_version >= 5) ar(cereal::make_nvp("reviews", p.reviews));
    // Version 6 added workshop exercises.
    if (cereal::get_user_data<storage::LoadContext>(ar).format_version >= 6) {
        ar(cereal::make_nvp("exercises", p.exercises));
        // Role-play observations came later within version 6: an optional list, absent = none.
        loadOptionalObservations(ar, p.observations);
    }
}

}  // namespace etappe::model
