#pragma once
#include <cstdint>

namespace etappe::model {

// Stable identifier of an entity inside one portfolio file. 0 means "none".
using Id = std::int64_t;
inline constexpr Id kNoId = 0;

}  // namespace etappe::model
