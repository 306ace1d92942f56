#pragma once
#include "model/portfolio.h"

namespace etappe::storage {

// Brings a portfolio read from an older format version up to the current
// meaning of its fields. Version 4 made the class follow the ABC proposal
// unless the rep overrides it: a class set in an older file is kept — as an
// override where it differs from the proposal, so nothing changes silently.
void migrateToCurrent(model::Portfolio& portfolio, int from_version);

}  // namespace etappe::storage
