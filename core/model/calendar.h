#pragma once
#include <string_view>

namespace etappe::model {

// A real calendar date in the form YYYY-MM-DD (years 0001–9999, leap years honoured).
bool isIsoDate(std::string_view text);

// A time of day in the form HH:MM (00:00–23:59).
bool isClockTime(std::string_view text);

int daysInMonth(int year, int month);

}  // namespace etappe::model
