#pragma once
#include <string_view>
#include <vector>

#include "model/portfolio.h"

namespace etappe::rules {

// The A customers without a next step: a planned activity dated today or later
// (METHOD §8: the next step with an A customer is always written down). In
// portfolio order; one pass over the activities.
std::vector<model::Id> aCustomersWithoutNextActivity(const model::Portfolio& portfolio, std::string_view today);

}  // namespace etappe::rules
