#pragma once
#include <cstdint>
#include <string>

namespace etappe::model {

// Money is kept in integer minor units (cents) so sums never drift.
struct Money {
    std::int64_t cents = 0;
    std::string currency = "EUR";  // ISO 4217 code

    bool operator==(const Money&) const = default;
};

// Largest amount the app accepts: 10 trillion in major units keeps every sum of
// a realistic portfolio far away from int64 overflow.
inline constexpr std::int64_t kMaxMoneyCents = 1'000'000'000'000'000LL;

}  // namespace etappe::model
