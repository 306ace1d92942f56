#pragma once
// Dates shown to the user, in the user's language.
#include <chrono>
#include <string>
#include <string_view>

#include "i18n/translator.h"

namespace etappe::dates {

// "23.11.2026" or "23 Nov 2026" from an ISO date; the input back when it is not one.
std::string formatIsoDate(std::string_view iso_date, i18n::Language language);

// Local date and time: "23.11.2026, 14:05" or "23 Nov 2026, 14:05".
std::string formatDateTime(std::chrono::system_clock::time_point when, i18n::Language language);

}  // namespace etappe::dates
