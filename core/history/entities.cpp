#include "history/entities.h"

#include <algorithm>

#include "method/plan_fields.h"
#include "method/reduced_elements.h"

namespace etappe::history {

namespace {
std::size_t bytesOf(const std::string& text) { return text.capacity(); }
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

model::Id EntityTraits<model::Customer>::highestId(const model::Customer& c) {
    model::Id highest = c.id;
    for (const auto& contact : c.contacts) highest = std::max(highest, contact.id);
    for (const auto& plan : c.plans) highest = std::max(highest, plan.id);
    return highest;
}

model::Id EntityTraits<model::GoalPlan>::highestId(const model::GoalPlan& g) {
    model::Id highest = g.id;
    for (const auto& booking : g.bookings) highest = std::max(highest, booking.id);
    return highest;
}

std::size_t EntityTraits<model::Customer>::heapBytes(const model::Customer& c) {
    std::size_t bytes = bytesOf(c.name) + bytesOf(c.industry) + bytesOf(c.city) + bytesOf(c.notes) +
                        bytesOf(c.created_on) + bytesOf(c.class_decision.reason);
    for (const auto& contact : c.contacts) {
        bytes += bytesOf(contact.name) + bytesOf(contact.role) + bytesOf(contact.email) +
                 bytesOf(contact.phone);
    }
    bytes += c.contacts.capacity() * sizeof(model::Contact);
    for (const auto& note : c.knowledge) bytes += bytesOf(note.note);
    for (const auto& field : method::kReducedFields) bytes += bytesOf(c.reduced_plan.*field.text);
    bytes += c.plans.capacity() * sizeof(model::ConversationPlan);
    for (const auto& plan : c.plans) bytes += EntityTraits<model::ConversationPlan>::heapBytes(plan);
    return bytes;
}

std::size_t EntityTraits<model::ConversationPlan>::heapBytes(const model::ConversationPlan& plan) {
    std::size_t bytes = bytesOf(plan.date) + bytesOf(plan.time) + bytesOf(plan.place) + bytesOf(plan.goal) +
                        plan.attendee_ids.capacity() * sizeof(model::Id) +
                        plan.proposals.capacity() * sizeof(model::Proposal) +
                        plan.objections.capacity() * sizeof(model::PreparedObjection);
    for (const auto& step : plan.steps) bytes += bytesOf(step.notes);
    method::forEachText(plan, [&bytes](const std::string& text) { bytes += bytesOf(text); });
    return bytes;
}

std::size_t EntityTraits<model::Activity>::heapBytes(const model::Activity& a) {
    return bytesOf(a.date) + bytesOf(a.time) + bytesOf(a.action) + bytesOf(a.step_key) + bytesOf(a.outcome);
}

std::size_t EntityTraits<model::Review>::heapBytes(const model::Review& r) {
    std::size_t bytes = bytesOf(r.meeting_date) + bytesOf(r.reviewed_on) + bytesOf(r.title) + bytesOf(r.agreed) +
                        bytesOf(r.went_well) + bytesOf(r.do_differently) + bytesOf(r.commitment) +
                        r.goal_lines.capacity() * sizeof(model::GoalLine) +
                        r.assumptions.capacity() * sizeof(model::Assumption);
    for (const auto& line : r.goal_lines) bytes += bytesOf(line.text);
    for (const auto& assumption : r.assumptions) bytes += bytesOf(assumption.text);
    return bytes;
}

std::size_t EntityTraits<model::Exercise>::heapBytes(const model::Exercise& e) {
    return bytesOf(e.title) + bytesOf(e.instruction) + (e.customer_ids.capacity() + e.activity_ids.capacity()) * sizeof(model::Id);
}

std::size_t EntityTraits<model::Observation>::heapBytes(const model::Observation& o) {
    std::size_t bytes = bytesOf(o.observer);
    for (const auto& note : o.notes) bytes += bytesOf(note);
    return bytes;
}

std::size_t EntityTraits<model::GoalPlan>::heapBytes(const model::GoalPlan& g) {
    return bytesOf(g.title) + bytesOf(g.period_start) + bytesOf(g.deadline) +
           g.bookings.capacity() * sizeof(model::Booking);
}

std::size_t EntityTraits<model::PrioritySettings>::heapBytes(const model::PrioritySettings& s) {
    std::size_t bytes = 0;
    for (const auto& e : s.effort) {
        bytes += bytesOf(e.appointment) + bytesOf(e.preparation) + bytesOf(e.conversation) + bytesOf(e.follow_up);
    }
    return bytes;
}

}  // namespace etappe::history
