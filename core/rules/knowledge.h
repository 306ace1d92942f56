#pragma once
#include <vector>

#include "model/customer.h"

namespace etappe::rules {

// How well the rep knows the customer, 0–100: each of the 7 areas counts 0
// (unknown), 1 (partly) or 2 (known) of 14 points.
int knowledgeReadinessPercent(const model::Customer& customer);

// The areas not yet known, in the method's order: the questions to prepare.
std::vector<method::KnowledgeArea> knowledgeGaps(const model::Customer& customer);

}  // namespace etappe::rules
