#pragma once
#include <string_view>
#include <vector>

#include "model/portfolio.h"
#include "rules/abc_classification.h"

namespace etappe::rules {

// The A customers without a next step: a planned activity dated today or later
// (METHOD §8: the next step with an A customer is always written down). In
// portfolio order; one pass over the activities.
// With `classes`, "A" means treated as A (class in effect A, or could become A).
std::vector<model::Id> aCustomersWithoutNextActivity(const model::Portfolio& portfolio, std::string_view today,
                                                     const Classification* classes = nullptr);

}  // namespace etappe::rules
