#include "model/portfolio.h"

namespace etappe::model {

int Portfolio::indexOfCustomer(Id id) const {
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (customers[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

const Customer* Portfolio::findCustomer(Id id) const {
    const int index = indexOfCustomer(id);
    return index < 0 ? nullptr : &customers[static_cast<std::size_t>(index)];
}

Customer* Portfolio::findCustomer(Id id) {
    const int index = indexOfCustomer(id);
    return index < 0 ? nullptr : &customers[static_cast<std::size_t>(index)];
}

const Activity* Portfolio::findActivity(Id id) const {
    for (const Activity& activity : activities) {
        if (activity.id == id) return &activity;
    }
    return nullptr;
}

const ConversationPlan* Portfolio::findPlan(Id plan_id, Id* owner) const {
    for (const Customer& customer : customers) {
        if (const ConversationPlan* plan = customer.findPlan(plan_id)) {
            if (owner) *owner = customer.id;
            return plan;
        }
    }
    return nullptr;
}

const GoalPlan* Portfolio::findGoalPlan(Id id) const {
    for (const GoalPlan& plan : goal_plans) {
        if (plan.id == id) return &plan;
    }
    return nullptr;
}

const Review* Portfolio::findReview(Id id) const {
    for (const Review& review : reviews) {
        if (review.id == id) return &review;
    }
    return nullptr;
}

const Exercise* Portfolio::findExercise(Id id) const {
    for (const Exercise& exercise : exercises) {
        if (exercise.id == id) return &exercise;
    }
    return nullptr;
}

const Observation* Portfolio::findObservation(Id id) const {
    for (const Observation& observation : observations) {
        if (observation.id == id) return &observation;
    }
    return nullptr;
}

}  // namespace etappe::model
