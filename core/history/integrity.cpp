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
    std::set<model::Id> removed_plans;
    std::set<model::Id> removed_activities;
    std::set<model::Id> touched_reviews;
    std::set<model::Id> touched_exercises;
    std::set<model::Id> removed_reviews;
    std::set<model::Id> touched_observations;
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
    if (c.before && !c.after) f.removed_plans.insert(c.before->id);
}
void collect(Footprint& f, const Change<model::Activity>& c) {
    if (c.after) f.touched_activities.insert(c.after->id);
    if (c.before && !c.after) f.removed_activities.insert(c.before->id);
}
void collect(Footprint& f, const Change<model::Review>& c) {
    if (c.after) f.touched_reviews.insert(c.after->id);
    if (c.before && !c.after) f.removed_reviews.insert(c.before->id);
}
void collect(Footprint& f, const Change<model::Observation>& c) {
    if (c.after) f.touched_observations.insert(c.after->id);
}
void collect(Footprint& f, const Change<model::Exercise>& c) {
    if (c.after) f.touched_exercises.insert(c.after->id);
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
    // An activity the repairs delete (with its customer) is gone for the reviews too.
    void noteRemoved(const model::Activity& a) { f_.removed_activities.insert(a.id); }
    bool concerns(const model::Review& r) const {
        return f_.touched_reviews.contains(r.id) || f_.removed_customers.contains(r.customer_id) ||
               (r.plan_id != model::kNoId && f_.removed_plans.contains(r.plan_id)) ||
               (r.next_activity_id != model::kNoId && f_.removed_activities.contains(r.next_activity_id));
    }
    // A review goes with its customer; one written for a customer that does not exist is dropped too.
    bool deletesReview(const model::Review& r) const { return customerGone(r.customer_id); }
    // The review with its meeting and next activity checked. `plan_taken`: another
    // review already holds this plan (one review per meeting).
    model::Review repaired(model::Review r, bool plan_taken) const {
        if (r.plan_id != model::kNoId) {
            model::Id owner = model::kNoId;
            const bool gone = f_.removed_plans.contains(r.plan_id) || !state_.findPlan(r.plan_id, &owner) || owner != r.customer_id;
            if (gone) {
                r.plan_id = model::kNoId;
                r.plan_deleted = true;
            } else if (plan_taken) {
                r.plan_id = model::kNoId;
            }
        }
        if (r.next_activity_id != model::kNoId &&
            (f_.removed_activities.contains(r.next_activity_id) || !state_.findActivity(r.next_activity_id)))
            r.next_activity_id = model::kNoId;
        return r;
    }

    bool concerns(const model::Exercise& e) const {
        if (f_.touched_exercises.contains(e.id)) return true;
        for (model::Id id : e.customer_ids)
            if (f_.removed_customers.contains(id)) return true;
        for (model::Id id : e.activity_ids)
            if (f_.removed_activities.contains(id)) return true;
        return false;
    }
    // An exercise keeps its text when its customer or activity goes; the target leaves its lists.
    model::Exercise repaired(model::Exercise e) const {
        std::erase_if(e.customer_ids, [&](model::Id id) { return customerGone(id); });
        std::erase_if(e.activity_ids,
                      [&](model::Id id) { return f_.removed_activities.contains(id) || !state_.findActivity(id); });
        return e;
    }

    // A review the repairs delete (with its customer) is gone for the observations too.
    void noteRemoved(const model::Review& r) { f_.removed_reviews.insert(r.id); }
    bool concerns(const model::Observation& o) const {
        return o.review_id != model::kNoId &&
               (f_.touched_observations.contains(o.id) || f_.removed_reviews.contains(o.review_id));
    }
    // An observation keeps its ratings when the observed review goes; it loses the link.
    model::Observation repaired(model::Observation o) const {
        if (f_.removed_reviews.contains(o.review_id) || !state_.findReview(o.review_id)) o.review_id = model::kNoId;
        return o;
    }

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
    Checker check(state, std::move(footprint));
    Edit repairs;

    // Activities from the last, so a deleted one's recorded position is its index.
    for (std::size_t i = state.activities.size(); i-- > 0;) {
        const model::Activity& activity = state.activities[i];
        if (!check.concerns(activity)) continue;
        if (check.deletesWithCustomer(activity)) {
            check.noteRemoved(activity);
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
    // Reviews from the last, as activities; a plan already held by an earlier review stays with that one.
    std::set<model::Id> reviewed_plans;
    for (const model::Review& review : state.reviews) {
        if (review.plan_id != model::kNoId && !check.concerns(review)) reviewed_plans.insert(review.plan_id);
    }
    for (std::size_t i = state.reviews.size(); i-- > 0;) {
        const model::Review& review = state.reviews[i];
        if (!check.concerns(review)) continue;
        if (check.deletesReview(review)) {
            check.noteRemoved(review);
            repairs.changes.push_back(Change<model::Review>{review, std::nullopt, model::kNoId, static_cast<int>(i)});
            continue;
        }
        const bool taken = review.plan_id != model::kNoId && reviewed_plans.contains(review.plan_id);
        model::Review fixed = check.repaired(review, taken);
        if (fixed.plan_id != model::kNoId) reviewed_plans.insert(fixed.plan_id);
        if (fixed != review) repairs.changes.push_back(Change<model::Review>{review, std::move(fixed)});
    }
    for (const model::Exercise& exercise : state.exercises) {
        if (!check.concerns(exercise)) continue;
        model::Exercise fixed = check.repaired(exercise);
        if (fixed != exercise) repairs.changes.push_back(Change<model::Exercise>{exercise, std::move(fixed)});
    }
    for (const model::Observation& observation : state.observations) {
        if (!check.concerns(observation)) continue;
        model::Observation fixed = check.repaired(observation);
        if (fixed != observation) repairs.changes.push_back(Change<model::Observation>{observation, std::move(fixed)});
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
        } else if (const auto* r = std::get_if<Change<model::Review>>(&change)) {
            (r->after ? impact.reviews_unlinked : impact.reviews_deleted) += 1;
        } else if (std::holds_alternative<Change<model::Exercise>>(change)) {
            impact.exercises_changed += 1;
        } else if (std::holds_alternative<Change<model::Observation>>(change)) {
            impact.observations_unlinked += 1;
        } else if (const auto* g = std::get_if<Change<model::GoalPlan>>(&change)) {
            for (std::size_t b = 0; b < g->before->bookings.size(); ++b) {
                impact.bookings_unlinked += g->before->bookings[b].customer_id != g->after->bookings[b].customer_id;
            }
        }
    }
    return impact;
}

}  // namespace etappe::history
