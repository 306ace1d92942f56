#pragma once
#include <array>
#include <string>

namespace etappe::model {

// The reduced process for B and C customers (METHOD §10): five elements,
// each with the few fields a rep fills in before a contact.
struct ReducedPlan {
    std::string date;  // ISO date of the next contact, may be empty
    // Goals: which factual solution and which development of the relationship, with what effort
    std::string factual_solution;
    std::string relationship_goal;
    std::string effort;
    // Expectations: the customer's time and approach; results that would satisfy everyone
    std::string expected_time;
    std::string expected_approach;
    std::string satisfying_results;
    // Steering: factual issues apart from the emotions around them; options and criteria
    std::string factual_issues;
    std::string emotions;
    std::string options;
    std::string criteria;
    // Decision: wording and visualisation of the impulses, without pressure; best alternative
    std::string impulses;
    std::string best_alternative;
    // Follow-up: time, wording of the after-sales mail, what to arrange internally
    std::string follow_up_time;
    std::string after_sales_mail;
    std::string internal_arrangements;
    std::array<bool, 5> done{};  // per element: prepared

    bool operator==(const ReducedPlan&) const = default;
    // A plan with a goal: the factual solution or the relationship goal is written down.
    bool hasGoal() const { return !factual_solution.empty() || !relationship_goal.empty(); }
};

}  // namespace etappe::model
