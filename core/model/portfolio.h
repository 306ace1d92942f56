#pragma once
#include <string>
#include <vector>

#include "model/activity.h"
#include "model/customer.h"
#include "model/exercise.h"
#include "model/goal_plan.h"
#include "model/ids.h"
#include "model/observation.h"
#include "model/review.h"

namespace etappe::model {

// Everything a rep keeps in one file: the customers and what is planned for them.
struct Portfolio {
    std::string title;
    std::vector<Customer> customers;
    PrioritySettings priorities;
    std::vector<GoalPlan> goal_plans;
    std::vector<Activity> activities;
    std::vector<Review> reviews;  // the rep's private debriefs, in the order written
    std::vector<Exercise> exercises;  // a workshop file's exercises, in the order worked (format 6)
    std::vector<Observation> observations;  // role-play observer sheets (format 6, optional list)
    Id next_id = 1;  // ids are never reused, so references stay unambiguous

    bool operator==(const Portfolio&) const = default;

    Id allocateId() { return next_id++; }
    const Customer* findCustomer(Id id) const;
    Customer* findCustomer(Id id);
    int indexOfCustomer(Id id) const;  // -1 when absent
    const Activity* findActivity(Id id) const;
    const GoalPlan* findGoalPlan(Id id) const;
    const Review* findReview(Id id) const;
    const Exercise* findExercise(Id id) const;
    const Observation* findObservation(Id id) const;
    // A conversation plan of any customer; `owner` receives that customer's id.
    const ConversationPlan* findPlan(Id plan_id, Id* owner = nullptr) const;
};

}  // namespace etappe::model
