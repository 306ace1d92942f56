#pragma once
#include <string_view>
#include <vector>

#include "model/activity.h"
#include "model/portfolio.h"
#include "rules/abc_classification.h"

namespace etappe::rules {

// The A customers without a next step: a planned activity dated today or later
// (METHOD §8: the next step with an A customer is always written down). In
// portfolio order; one pass over the activities.
// With `classes`, "A" means treated as A (class in effect A, or could become A).
std::vector<model::Id> aCustomersWithoutNextActivity(const model::Portfolio& portfolio, std::string_view today,
                                                     const Classification* classes = nullptr);

// The customer's next step: its earliest planned activity dated today or later (by date, then
// time; an activity without a time first), leaving out the meeting itself — an activity on
// `meeting_date` at `meeting_time`, or at any time when the meeting has none. Null when none.
const model::Activity* nextActivityOf(const model::Portfolio& portfolio, model::Id customer_id, std::string_view today,
                                      std::string_view meeting_date = {}, std::string_view meeting_time = {});

// The next activity for a customer, continuing a plan (`plan` may be null, as
// for B and C customers): the customer; the plan's first attendee as the
// contact (the person met is the one to follow up with); the step where the
// plan stands; tomorrow as the day. The rep then writes the action.
model::Activity activityFromPlan(const model::Customer& customer, const model::ConversationPlan* plan, model::Id id,
                                 std::string_view today);

}  // namespace etappe::rules
