#include "dates/iso_date.h"

#include <algorithm>

namespace etappe::dates {

namespace {
bool isDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int toInt(std::string_view digits) {
    int value = 0;
    for (const char c : digits) value = value * 10 + (c - '0');
    return value;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic
// Gregorian calendar, branch-light, no tables. Years are shifted so March is
// the first month and the leap day falls at the end of the (shifted) year.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);                 // [0, 399]
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);                    // [0, 146096]
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
    const unsigned mp = (5 * doy + 2) / 153;                                     // [0, 11]
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2), m, d};
}

void putDigits(char* out, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) out[i] = static_cast<char>('0' + value % 10);
}

std::string isoOf(std::int64_t year, unsigned month, unsigned day) {
    std::string iso = "0000-00-00";
    putDigits(iso.data(), static_cast<unsigned>(year), 4);
    putDigits(iso.data() + 5, month, 2);
    putDigits(iso.data() + 8, day, 2);
    return iso;
}
}  // namespace

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool isIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    const std::string_view year = text.substr(0, 4), month = text.substr(5, 2), day = text.substr(8, 2);
    if (!isDigits(year) || !isDigits(month) || !isDigits(day)) return false;
    const int y = toInt(year), m = toInt(month), d = toInt(day);
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

bool isClockTime(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return false;
    const std::string_view hours = text.substr(0, 2), minutes = text.substr(3, 2);
    return isDigits(hours) && isDigits(minutes) && toInt(hours) < 24 && toInt(minutes) < 60;
}

std::optional<std::string> isoFromParts(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    return isoOf(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::optional<DateParts> dateParts(std::string_view iso) {
    if (!isIsoDate(iso)) return std::nullopt;
    return DateParts{toInt(iso.substr(0, 4)), toInt(iso.substr(5, 2)), toInt(iso.substr(8, 2))};
}

std::optional<std::int64_t> dayNumber(std::string_view iso) {
    if (!isIsoDate(iso)) return std::nullopt;
    return daysFromCivil(toInt(iso.substr(0, 4)), static_cast<unsigned>(toInt(iso.substr(5, 2))),
                         static_cast<unsigned>(toInt(iso.substr(8, 2))));
}

std::string isoFromDayNumber(std::int64_t day) {
    static const std::int64_t kFirst = daysFromCivil(1, 1, 1);
    static const std::int64_t kLast = daysFromCivil(9999, 12, 31);
    if (day < kFirst || day > kLast) return {};
    const Civil c = civilFromDays(day);
    return isoOf(c.year, c.month, c.day);
}

int weekdayOfDayNumber(std::int64_t day) {
    // 1970-01-01 (day 0) was a Thursday, index 3 with Monday as 0.
    const std::int64_t shifted = (day + 3) % 7;
    return static_cast<int>(shifted < 0 ? shifted + 7 : shifted);
}

int weekdayIndex(std::string_view iso) {
    const auto day = dayNumber(iso);
    return day ? weekdayOfDayNumber(*day) : -1;
}

std::string addDays(std::string_view iso, int days) {
    const auto day = dayNumber(iso);
    return day ? isoFromDayNumber(*day + days) : std::string{};
}

std::string nextWeekday(std::string_view iso, int weekday) {
    const int now = weekdayIndex(iso);
    if (now < 0) return {};
    const int ahead = ((weekday - now) % 7 + 7) % 7;
    return addDays(iso, ahead == 0 ? 7 : ahead);
}

std::string addMonths(std::string_view iso, int months) {
    if (!isIsoDate(iso)) return {};
    // Months counted from January of year 0, so the step is one division for any sign.
    const std::int64_t index = std::int64_t{toInt(iso.substr(0, 4))} * 12 + (toInt(iso.substr(5, 2)) - 1) + months;
    const std::int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
    const int month = static_cast<int>(index - year * 12) + 1;
    if (year < 1 || year > 9999) return {};
    const int day = std::min(toInt(iso.substr(8, 2)), daysInMonth(static_cast<int>(year), month));
    return isoOf(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::optional<int> daysBetween(std::string_view from_iso, std::string_view to_iso) {
    const auto from = dayNumber(from_iso);
    const auto to = dayNumber(to_iso);
    if (!from || !to) return std::nullopt;
    return static_cast<int>(*to - *from);  // at most ±3.65 million days between years 1 and 9999
}

std::string monthOf(std::string_view iso) { return isIsoDate(iso) ? std::string(iso.substr(0, 7)) : std::string{}; }

std::vector<std::string> monthsBetween(std::string_view from_iso, std::string_view to_iso) {
    std::vector<std::string> months;
    if (!isIsoDate(from_iso) || !isIsoDate(to_iso) || from_iso > to_iso) return months;
    const std::string last = monthOf(to_iso);
    for (std::string first_day = monthOf(from_iso) + "-01"; !first_day.empty() && monthOf(first_day) <= last;
         first_day = addMonths(first_day, 1))
        months.push_back(monthOf(first_day));
    return months;
}

}  // namespace etappe::dates
