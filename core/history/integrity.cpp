#include "history/integrity.h"

#include <algorithm>
#include <set>

namespace etappe::history {

namespace {

// What the edit removes or touches, collected once from its changes.
struct Footprint {
    std::set<model::Id> removed_customers;
    std::set<model::Id> removed_contacts;
    std::set<model::Id> customers_with_removed_contacts;
    std::set<model::Id> removed_goal_plans;
    std::set<model::Id> touched_activities;
    std::set<std::pair<model::Id, model::Id>> touched_plans;  // (customer, plan)
    std::set<model::Id> touched_goal_plans;
    bool customers_removed() const { return !removed_customers.empty(); }
};

void collect(Footprint& f, const Change<model::Customer>& c) {
    if (c.before && !c.after) f.removed_customers.insert(c.before->id);
    if (!c.before || !c.after) return;
    for (const auto& contact : c.before->contacts) {
        if (!c.after->findContact(contact.id)) {
            f.removed_contacts.insert(contact.id);
            f.customers_with_removed_contacts.insert(c.before->id);
        }
    }
}
void collect(Footprint& f, const Change<model::ConversationPlan>& c) {
    if (c.after) f.touched_plans.insert({c.owner, c.after->id});
}
void collect(Footprint& f, const Change<model::Activity>& c) {
    if (c.after) f.touched_activities.insert(c.after->id);
}
void collect(Footprint& f, const Change<model::GoalPlan>& c) {
    if (c.before && !c.after) f.removed_goal_plans.insert(c.before->id);
    if (c.after) f.touched_goal_plans.insert(c.after->id);
}
void collect(Footprint&, const Change<model::PrioritySettings>&) {}
void collect(Footprint&, const Change<PortfolioTitle>&) {}

class Checker {
public:
    Checker(const model::Portfolio& state, Footprint footprint) : state_(state), f_(std::move(footprint)) {}

    bool customerGone(model::Id id) const { return f_.removed_customers.contains(id) || !state_.findCustomer(id); }
    bool contactGone(const model::Customer& customer, model::Id id) const {
        return f_.removed_contacts.contains(id) || !customer.findContact(id);
    }
    bool goalPlanGone(model::Id id) const { return f_.removed_goal_plans.contains(id) || !state_.findGoalPlan(id); }

    bool concerns(const model::Activity& a) const {
        return f_.touched_activities.contains(a.id) || f_.removed_customers.contains(a.customer_id) ||
               f_.customers_with_removed_contacts.contains(a.customer_id) || f_.removed_goal_plans.contains(a.goal_plan_id);
    }
    bool concerns(model::Id customer_id, const model::ConversationPlan& plan) const {
        return f_.customers_with_removed_contacts.contains(customer_id) || f_.touched_plans.contains({customer_id, plan.id});
    }
    bool concerns(const model::GoalPlan& g) const { return f_.customers_removed() || f_.touched_goal_plans.contains(g.id); }
    bool deletesWithCustomer(const model::Activity& a) const { return f_.removed_customers.contains(a.customer_id); }

    // The activity with dangling links cleared.
    model::Activity repaired(model::Activity a) const {
        if (a.customer_id != model::kNoId && customerGone(a.customer_id)) a.customer_id = model::kNoId;
        const model::Customer* customer = a.customer_id == model::kNoId ? nullptr : state_.findCustomer(a.customer_id);
        if (a.contact_id != model::kNoId && (!customer || contactGone(*customer, a.contact_id))) a.contact_id = model::kNoId;
        if (a.goal_plan_id != model::kNoId && goalPlanGone(a.goal_plan_id)) a.goal_plan_id = model::kNoId;
        return a;
    }
    model::ConversationPlan repaired(const model::Customer& customer, model::ConversationPlan plan) const {
        std::erase_if(plan.attendee_ids, [&](model::Id id) { return contactGone(customer, id); });
        return plan;
    }
    model::GoalPlan repaired(model::GoalPlan g) const {
        for (auto& booking : g.bookings) {
            if (booking.customer_id != model::kNoId && customerGone(booking.customer_id)) booking.customer_id = model::kNoId;
        }
        return g;
    }

private:
    const model::Portfolio& state_;
    Footprint f_;
};

}  // namespace

Edit repairsFor(const model::Portfolio& state, const Edit& edit) {
    Footprint footprint;
    for (const auto& change : edit.changes) std::visit([&](const auto& c) { collect(footprint, c); }, change);
    const Checker check(state, std::move(footprint));
    Edit repairs;

    // Activities from the last, so a deleted one's recorded position is its index.
    for (std::size_t i = state.activities.size(); i-- > 0;) {
        const model::Activity& activity = state.activities[i];
        if (!check.concerns(activity)) continue;
        if (check.deletesWithCustomer(activity)) {
            repairs.changes.push_back(Change<model::Activity>{activity, std::nullopt, model::kNoId, static_cast<int>(i)});
            continue;
        }
        model::Activity fixed = check.repaired(activity);
        if (fixed != activity) repairs.changes.push_back(Change<model::Activity>{activity, std::move(fixed)});
    }
    for (const model::Customer& customer : state.customers) {
        for (const model::ConversationPlan& plan : customer.plans) {
            if (!check.concerns(customer.id, plan)) continue;
            model::ConversationPlan fixed = check.repaired(customer, plan);
            if (fixed != plan) repairs.changes.push_back(Change<model::ConversationPlan>{plan, std::move(fixed), customer.id});
        }
    }
    for (const model::GoalPlan& goal_plan : state.goal_plans) {
        if (!check.concerns(goal_plan)) continue;
        model::GoalPlan fixed = check.repaired(goal_plan);
        if (fixed != goal_plan) repairs.changes.push_back(Change<model::GoalPlan>{goal_plan, std::move(fixed)});
    }
    return repairs;
}

Impact impactOf(const model::Portfolio& portfolio, const Edit& edit) {
    Impact impact;
    for (const auto& change : repairsFor(portfolio, edit).changes) {
        if (const auto* a = std::get_if<Change<model::Activity>>(&change)) {
            (a->after ? impact.activities_unlinked : impact.activities_deleted) += 1;
        } else if (std::holds_alternative<Change<model::ConversationPlan>>(change)) {
            impact.plans_changed += 1;
        } else if (const auto* g = std::get_if<Change<model::GoalPlan>>(&change)) {
            for (std::size_t b = 0; b < g->before->bookings.size(); ++b) {
                impact.bookings_unlinked += g->before->bookings[b].customer_id != g->after->bookings[b].customer_id;
            }
        }
    }
    return impact;
}

}  // namespace etappe::history
