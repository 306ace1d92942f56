#pragma once
// Day-number arithmetic on ISO dates, for goal pacing and the agenda. Validity
// is model::isIsoDate's; this only turns valid dates into consecutive integers
// and back, so "plus 7 days" or "days until the deadline" is plain subtraction.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace etappe::rules::calendar {

// Days since 1970-01-01 (negative before); nullopt when `iso` is not a date.
std::optional<std::int64_t> dayNumber(std::string_view iso);

// The ISO date of a day number; empty outside the years 0001–9999 that
// isIsoDate accepts, so a result can always be read back.
std::string isoFromDayNumber(std::int64_t day);

// Monday 0 … Sunday 6.
int weekdayOfDayNumber(std::int64_t day);

}  // namespace etappe::rules::calendar
