#pragma once
// Calendar dates as the file stores them: "YYYY-MM-DD", proleptic Gregorian,
// years 0001–9999. Validity, day numbers (so "plus 7 days" or "days until the
// deadline" is integer arithmetic), weekdays and calendar-month steps. Every
// function that makes a date returns "" (or nothing) rather than a date the
// validity check would refuse, so a result can always be read back.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace etappe::dates {

// A real calendar date in the form YYYY-MM-DD (years 0001–9999, leap years honoured).
bool isIsoDate(std::string_view text);

// A time of day in the form HH:MM (00:00–23:59).
bool isClockTime(std::string_view text);

int daysInMonth(int year, int month);

// The ISO date of a year, month and day; nothing when that day does not exist.
std::optional<std::string> isoFromParts(int year, int month, int day);

// Year, month and day of an ISO date; nothing when `iso` is not a date.
struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
};
std::optional<DateParts> dateParts(std::string_view iso);

// Days since 1970-01-01 (negative before); nullopt when `iso` is not a date.
std::optional<std::int64_t> dayNumber(std::string_view iso);

// The ISO date of a day number; empty outside the years 0001–9999.
std::string isoFromDayNumber(std::int64_t day);

// Monday 0 … Sunday 6.
int weekdayOfDayNumber(std::int64_t day);
int weekdayIndex(std::string_view iso);  // -1 when not a date

// "" for a non-date or a result outside 0001–9999.
std::string addDays(std::string_view iso, int days);

// The first `weekday` (Monday 0 … Sunday 6) after `iso`, one to seven days on;
// "" for a non-date.
std::string nextWeekday(std::string_view iso, int weekday);

// Calendar months, the day clamped to the target month's length: 31 January
// plus one month is 28 (or 29) February, 31 March minus one month too.
std::string addMonths(std::string_view iso, int months);

// `to` minus `from` in days; nothing unless both are dates.
std::optional<int> daysBetween(std::string_view from_iso, std::string_view to_iso);

// The calendar month of a date, "YYYY-MM"; "" when `iso` is not a date.
std::string monthOf(std::string_view iso);

// Every calendar month from the one of `from` to the one of `to`, oldest
// first, as "YYYY-MM"; empty unless both are dates and `from` is not after `to`.
std::vector<std::string> monthsBetween(std::string_view from_iso, std::string_view to_iso);

}  // namespace etappe::dates
