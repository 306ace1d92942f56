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

// How a calendar month is named: "November 2026" (a calendar's page, a report's
// table) or "Nov 26" / "Mär 26" (a chart's axis, where a column is narrow).
enum class MonthStyle { Long, Short };

// A calendar month "YYYY-MM" (or the month of an ISO date) with the translated
// month names ("month.N", "month.N.short"); the input back when it is neither.
std::string formatMonth(std::string_view month, i18n::Language language, MonthStyle style);

}  // namespace etappe::dates
