#pragma once
// Names in the order people count: "Kunde 2" before "Kunde 10", "Werk 9"
// before "Werk 10". Digit runs compare by their value, everything else byte
// by byte (callers fold the case first).
#include <string_view>

namespace etappe::rules {

// True when `a` comes before `b`. Equal values with different leading zeros
// ("07" and "7") fall back to the plain byte order, so the order stays total.
bool naturalLess(std::string_view a, std::string_view b);

}  // namespace etappe::rules
