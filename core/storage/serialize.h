#pragma once
// cereal functions for the model: the on-disk shape of a portfolio file.
// Include only after core/storage/json.h (it configures RapidJSON).

#include <optional>
#include <string>
#include <variant>


#include "i18n/message.h"
#include "storage/format.h"
#include "storage/json.h"
#include "method/plan_fields.h"
#include "method/reduced_elements.h"
#include "model/portfolio.h"

namespace etappe::storage {

// Raised for a value that is well-formed JSON but not a valid Etappe value.
// It carries the user's message (key and values); what() is for logs.
struct FormatError : std::runtime_error {
    explicit FormatError(i18n::Message message)
        : std::runtime_error(i18n::debugText(message)), message_(std::move(message)) {}
    const i18n::Message& message() const { return message_; }

private:
    i18n::Message message_;
};

}  // namespace etappe::storage

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
       cereal::make_nvp("class_decision", c.class_decision), cereal::make_nvp("reduced_plan", reduced));
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

// Reviews (format version 5). Enums travel as their keys; ratings are written
// sparsely, keyed by the step's or element's name, like a plan's steps.
template <class Enum>
Enum reviewEnumFromKey(std::optional<Enum> parsed, const char* field, const std::string& key) {
    if (!parsed) throw storage::FormatError(i18n::message("detail.unknown_review_value", {field, key}));
    return *parsed;
}

struct RatingEntry {
    std::string name;  // a step key ("objections") or a reduced element key ("goals")
    std::string rating;
    template <class Archive>
    void serialize(Archive& ar) {
        ar(cereal::make_nvp("name", name), cereal::make_nvp("rating", rating));
    }
};

template <std::size_t N, class KeyOf>
std::vector<RatingEntry> toRatingEntries(const std::array<StepRating, N>& ratings, KeyOf key_of) {
    std::vector<RatingEntry> entries;
    for (std::size_t i = 0; i < N; ++i) {
        if (ratings[i] == StepRating::Unset) continue;
        entries.push_back(RatingEntry{std::string(key_of(i)), std::string(ratingKey(ratings[i]))});
    }
    return entries;
}

template <std::size_t N, class KeyOf>
void fromRatingEntries(const std::vector<RatingEntry>& entries, std::array<StepRating, N>& ratings, KeyOf key_of) {
    std::array<bool, N> seen{};
    for (const RatingEntry& entry : entries) {
        std::size_t index = N;
        for (std::size_t i = 0; i < N; ++i)
            if (key_of(i) == entry.name) index = i;
        if (index == N) throw storage::FormatError(i18n::message("detail.unknown_step", {entry.name}));
        if (seen[index]) throw storage::FormatError(i18n::message("detail.step_twice", {entry.name}));
        seen[index] = true;
        ratings[index] = reviewEnumFromKey(ratingFromKey(entry.rating), "rating", entry.rating);
        if (ratings[index] == StepRating::Unset)
            throw storage::FormatError(i18n::message("detail.unknown_review_value", {"rating", entry.rating}));
    }
}

inline std::string_view reviewStepKey(std::size_t i) { return method::conversationStepKey(method::conversationStepAt(i)); }
inline std::string_view reviewElementKey(std::size_t i) { return method::kReducedElements[i]; }

struct AssumptionEntry {
    std::string text;
    std::string held;
    template <class Archive>
    void serialize(Archive& ar) {
        ar(cereal::make_nvp("text", text), cereal::make_nvp("held", held));
    }
};

template <class Archive>
void serialize(Archive& ar, GoalLine& line) {
    ar(cereal::make_nvp("text", line.text), cereal::make_nvp("reached", line.reached));
}

// The keys of an enum-valued field, read and written in one place.
struct ReviewKeys {
    std::string process, outcome, goal_reached, own_position, customer_position, commitment_kind, previous_kept;
    std::vector<RatingEntry> steps, elements;
    std::vector<AssumptionEntry> assumptions;
    std::vector<std::string> learned;
};

template <class Archive>
void reviewFields(Archive& ar, Review& r, ReviewKeys& k) {
    ar(cereal::make_nvp("id", r.id), cereal::make_nvp("customer_id", r.customer_id),
       cereal::make_nvp("plan_id", r.plan_id), cereal::make_nvp("plan_deleted", r.plan_deleted),
       cereal::make_nvp("process", k.process), cereal::make_nvp("meeting_date", r.meeting_date),
       cereal::make_nvp("reviewed_on", r.reviewed_on), cereal::make_nvp("title", r.title),
       cereal::make_nvp("outcome", k.outcome), cereal::make_nvp("goal_reached", k.goal_reached),
       cereal::make_nvp("goal_lines", r.goal_lines), cereal::make_nvp("agreed", r.agreed),
       cereal::make_nvp("steps", k.steps), cereal::make_nvp("elements", k.elements),
       cereal::make_nvp("own_position", k.own_position), cereal::make_nvp("customer_position", k.customer_position),
       cereal::make_nvp("mood_before", r.mood_before), cereal::make_nvp("mood_after", r.mood_after),
       cereal::make_nvp("assumptions", k.assumptions), cereal::make_nvp("own_interests", r.own_interests),
       cereal::make_nvp("customer_interests", r.customer_interests), cereal::make_nvp("went_well", r.went_well),
       cereal::make_nvp("do_differently", r.do_differently), cereal::make_nvp("commitment_kind", k.commitment_kind),
       cereal::make_nvp("commitment", r.commitment), cereal::make_nvp("previous_commitment_kept", k.previous_kept),
       cereal::make_nvp("next_activity_id", r.next_activity_id), cereal::make_nvp("knowledge_learned", k.learned));
}

template <class Archive>
void save(Archive& ar, const Review& review) {
    ReviewKeys k;
    k.process = processKey(review.process);
    k.outcome = outcomeKey(review.outcome);
    k.goal_reached = reachedKey(review.goal_reached);
    k.own_position = lifePositionKey(review.own_position);
    k.customer_position = lifePositionKey(review.customer_position);
    k.commitment_kind = commitmentKindKey(review.commitment_kind);
    k.previous_kept = reachedKey(review.previous_commitment_kept);
    k.steps = toRatingEntries(review.steps, reviewStepKey);
    k.elements = toRatingEntries(review.elements, reviewElementKey);
    for (const Assumption& a : review.assumptions) k.assumptions.push_back({a.text, std::string(reachedKey(a.held))});
    for (std::size_t i = 0; i < review.knowledge_learned.size(); ++i) {
        if (review.knowledge_learned[i])
            k.learned.emplace_back(method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i)));
    }
    // cereal hands save() a const review; reviewFields only reads through it here.
    reviewFields(ar, const_cast<Review&>(review), k);
}

template <class Archive>
void load(Archive& ar, Review& r) {
    ReviewKeys k;
    reviewFields(ar, r, k);
    r.process = reviewEnumFromKey(processFromKey(k.process), "process", k.process);
    r.outcome = reviewEnumFromKey(outcomeFromKey(k.outcome), "outcome", k.outcome);
    r.goal_reached = reviewEnumFromKey(reachedFromKey(k.goal_reached), "goal_reached", k.goal_reached);
    r.own_position = reviewEnumFromKey(lifePositionFromKey(k.own_position), "own_position", k.own_position);
    r.customer_position =
        reviewEnumFromKey(lifePositionFromKey(k.customer_position), "customer_position", k.customer_position);
    r.commitment_kind = reviewEnumFromKey(commitmentKindFromKey(k.commitment_kind), "commitment_kind", k.commitment_kind);
    r.previous_commitment_kept =
        reviewEnumFromKey(reachedFromKey(k.previous_kept), "previous_commitment_kept", k.previous_kept);
    fromRatingEntries(k.steps, r.steps, reviewStepKey);
    fromRatingEntries(k.elements, r.elements, reviewElementKey);
    for (AssumptionEntry& a : k.assumptions)
        r.assumptions.push_back({std::move(a.text), reviewEnumFromKey(reachedFromKey(a.held), "held", a.held)});
    for (const std::string& key : k.learned) {
        std::size_t index = method::kKnowledgeAreaCount;
        for (std::size_t i = 0; i < method::kKnowledgeAreaCount; ++i)
            if (method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i)) == key) index = i;
        if (index == method::kKnowledgeAreaCount)
            throw storage::FormatError(i18n::message("detail.unknown_review_value", {"knowledge_learned", key}));
        r.knowledge_learned[index] = true;
    }
}

// Workshop exercises (format version 6); the kind travels as its key.
template <class Archive>
void exerciseFields(Archive& ar, Exercise& e, std::string& kind) {
    ar(cereal::make_nvp("id", e.id), cereal::make_nvp("kind", kind), cereal::make_nvp("title", e.title),
       cereal::make_nvp("instruction", e.instruction), cereal::make_nvp("customer_ids", e.customer_ids),
       cereal::make_nvp("activity_ids", e.activity_ids), cereal::make_nvp("first_step", e.first_step),
       cereal::make_nvp("last_step", e.last_step), cereal::make_nvp("done", e.done));
}

template <class Archive>
void save(Archive& ar, const Exercise& exercise) {
    std::string kind(exerciseKindKey(exercise.kind));
    // cereal hands save() a const exercise; exerciseFields only reads through it here.
    exerciseFields(ar, const_cast<Exercise&>(exercise), kind);
}

template <class Archive>
void load(Archive& ar, Exercise& e) {
    std::string kind;
    exerciseFields(ar, e, kind);
    const auto parsed = exerciseKindFromKey(kind);
    if (!parsed) throw storage::FormatError(i18n::message("detail.unknown_exercise_kind", {kind}));
    e.kind = *parsed;
}

template <class Archive>
void save(Archive& ar, const Portfolio& p) {
    ar(cereal::make_nvp("title", p.title), cereal::make_nvp("next_id", p.next_id),
       cereal::make_nvp("priorities", p.priorities), cereal::make_nvp("customers", p.customers),
       cereal::make_nvp("goal_plans", p.goal_plans), cereal::make_nvp("activities", p.activities),
       cereal::make_nvp("reviews", p.reviews), cereal::make_nvp("exercises", p.exercises));
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
    if (cereal::get_user_data<storage::LoadContext>(ar).format_version >= 6) ar(cereal::make_nvp("exercises", p.exercises));
}

}  // namespace etappe::model
