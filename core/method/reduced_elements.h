#pragma once
// The reduced process for B and C customers (METHOD §10), described once: its
// five elements and the fields of each. Storage, validation, the reduced
// planner, the activity editor and the undo budget iterate these tables.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>

#include "model/reduced_plan.h"

namespace etappe::method {

// Element keys, in METHOD §10's order. Texts "reduced.<key>.name", ".term" and
// ".coaching"; an activity links to an element as step "reduced.<key>".
inline constexpr std::array<std::string_view, 5> kReducedElements = {"goals", "expectations", "steering", "decision",
                                                                     "follow_up"};
static_assert(std::tuple_size_v<decltype(model::ReducedPlan::done)> == kReducedElements.size(),
              "one 'prepared' tick per element");

// One field of an element. `key` is the JSON name in the file and the text
// key's stem ("reduced.field.<key>"); a string literal, so key.data() is
// NUL-terminated. `element` indexes kReducedElements.
struct ReducedField {
    std::string_view key;
    std::size_t element;
    std::string model::ReducedPlan::*text;
};

// Grouped by element, in file order: changing the order changes every saved file.
inline constexpr std::array<ReducedField, 15> kReducedFields = {{
    {"factual_solution", 0, &model::ReducedPlan::factual_solution},
    {"relationship_goal", 0, &model::ReducedPlan::relationship_goal},
    {"effort", 0, &model::ReducedPlan::effort},
    {"expected_time", 1, &model::ReducedPlan::expected_time},
    {"expected_approach", 1, &model::ReducedPlan::expected_approach},
    {"satisfying_results", 1, &model::ReducedPlan::satisfying_results},
    {"factual_issues", 2, &model::ReducedPlan::factual_issues},
    {"emotions", 2, &model::ReducedPlan::emotions},
    {"options", 2, &model::ReducedPlan::options},
    {"criteria", 2, &model::ReducedPlan::criteria},
    {"impulses", 3, &model::ReducedPlan::impulses},
    {"best_alternative", 3, &model::ReducedPlan::best_alternative},
    {"follow_up_time", 4, &model::ReducedPlan::follow_up_time},
    {"after_sales_mail", 4, &model::ReducedPlan::after_sales_mail},
    {"internal_arrangements", 4, &model::ReducedPlan::internal_arrangements},
}};

// Members of a ReducedPlan that are not in kReducedFields: date and done.
// test_plan_fields counts the struct's members against this plus the table.
inline constexpr std::size_t kReducedHeaderMembers = 2;

// The step an activity may link to: "reduced.<element>".
std::string reducedStepKey(std::size_t element);

// A 16-step key ("proposals") or "reduced.<element>": what an activity's step may be.
bool isActivityStepKey(std::string_view key);

}  // namespace etappe::method
