#include "history/entities.h"

namespace etappe::history {

namespace {
std::size_t bytesOf(const std::string& text) { return text.capacity(); }

std::size_t bytesOf(const std::vector<std::string>& texts) {
    std::size_t bytes = texts.capacity() * sizeof(std::string);
    for (const auto& text : texts) bytes += bytesOf(text);
    return bytes;
}
}  // namespace

model::Customer withoutPlans(model::Customer customer) {
    customer.plans.clear();
    customer.plans.shrink_to_fit();
    return customer;
}

void EntityTraits<model::Customer>::assign(model::Customer& stored, const model::Customer& state) {
    std::vector<model::ConversationPlan> plans = std::move(stored.plans);
    stored = state;
    stored.plans = std::move(plans);
}

std::size_t EntityTraits<model::Customer>::bytes(const model::Customer& c) {
    std::size_t bytes = sizeof(c) + bytesOf(c.name) + bytesOf(c.industry) + bytesOf(c.city) + bytesOf(c.notes) +
                        bytesOf(c.created_on) + bytesOf(c.class_decision.reason);
    for (const auto& contact : c.contacts) {
        bytes += sizeof(contact) + bytesOf(contact.name) + bytesOf(contact.role) + bytesOf(contact.email) +
                 bytesOf(contact.phone);
    }
    for (const auto& note : c.knowledge) bytes += bytesOf(note.note);
    for (const auto& plan : c.plans) bytes += EntityTraits<model::ConversationPlan>::bytes(plan);
    return bytes;
}

std::size_t EntityTraits<model::ConversationPlan>::bytes(const model::ConversationPlan& plan) {
    std::size_t bytes = sizeof(plan) + bytesOf(plan.date) + bytesOf(plan.time) + bytesOf(plan.place) +
                        bytesOf(plan.goal) + bytesOf(plan.sales_goals) + bytesOf(plan.missing_information) +
                        bytesOf(plan.hook) + bytesOf(plan.intention) + bytesOf(plan.situation_questions) +
                        bytesOf(plan.goal_hypotheses) + bytesOf(plan.decision_criteria) +
                        bytesOf(plan.decision_impulses) + bytesOf(plan.additional_offers) +
                        bytesOf(plan.after_sales_mail) + plan.attendee_ids.capacity() * sizeof(model::Id);
    for (const auto& step : plan.steps) bytes += bytesOf(step.notes);
    for (const auto& p : plan.proposals) bytes += sizeof(p) + bytesOf(p.feature) + bytesOf(p.advantage) + bytesOf(p.benefit);
    for (const auto& o : plan.objections) bytes += sizeof(o) + bytesOf(o.objection) + bytesOf(o.answer);
    return bytes;
}

std::size_t EntityTraits<model::Activity>::bytes(const model::Activity& a) {
    return sizeof(a) + bytesOf(a.date) + bytesOf(a.time) + bytesOf(a.action) + bytesOf(a.step_key) + bytesOf(a.outcome);
}

std::size_t EntityTraits<model::GoalPlan>::bytes(const model::GoalPlan& g) {
    return sizeof(g) + bytesOf(g.title) + bytesOf(g.period_start) + bytesOf(g.deadline) +
           g.bookings.capacity() * sizeof(model::Booking);
}

std::size_t EntityTraits<model::PrioritySettings>::bytes(const model::PrioritySettings& s) {
    std::size_t bytes = sizeof(s);
    for (const auto& e : s.effort) {
        bytes += bytesOf(e.appointment) + bytesOf(e.preparation) + bytesOf(e.conversation) + bytesOf(e.follow_up);
    }
    return bytes;
}

}  // namespace etappe::history
