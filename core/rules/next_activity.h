#pragma once
#include <string_view>

#include "model/portfolio.h"

namespace etappe::rules {

// True when the customer has a planned activity dated today or later: the next
// step with an A customer is always written down (METHOD §8).
bool hasNextDatedActivity(const model::Portfolio& portfolio, model::Id customer_id, std::string_view today);

}  // namespace etappe::rules
