#include "rules/calendar_math.h"

#include "model/calendar.h"

namespace etappe::rules::calendar {

namespace {
// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic
// Gregorian calendar, branch-light, no tables. Years are shifted so March is
// the first month and the leap day falls at the end of the (shifted) year.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);                  // [0, 399]
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;             // [0, 146096]
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
    const auto doe = static_cast<unsigned>(z - era * 146097);                 // [0, 146096]
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);            // [0, 365]
    const unsigned mp = (5 * doy + 2) / 153;                                 // [0, 11]
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2), m, d};
}

unsigned digits(std::string_view text) {
    unsigned value = 0;
    for (const char c : text) value = value * 10 + static_cast<unsigned>(c - '0');
    return value;
}

void putDigits(char* out, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) out[i] = static_cast<char>('0' + value % 10);
}
}  // namespace

std::optional<std::int64_t> dayNumber(std::string_view iso) {
    if (!model::isIsoDate(iso)) return std::nullopt;
    return daysFromCivil(digits(iso.substr(0, 4)), digits(iso.substr(5, 2)), digits(iso.substr(8, 2)));
}

std::string isoFromDayNumber(std::int64_t day) {
    static const std::int64_t kFirst = daysFromCivil(1, 1, 1);
    static const std::int64_t kLast = daysFromCivil(9999, 12, 31);
    if (day < kFirst || day > kLast) return {};
    const Civil c = civilFromDays(day);
    std::string iso = "0000-00-00";
    putDigits(iso.data(), static_cast<unsigned>(c.year), 4);
    putDigits(iso.data() + 5, c.month, 2);
    putDigits(iso.data() + 8, c.day, 2);
    return iso;
}

int weekdayOfDayNumber(std::int64_t day) {
    // 1970-01-01 (day 0) was a Thursday, index 3 with Monday as 0.
    const std::int64_t shifted = (day + 3) % 7;
    return static_cast<int>(shifted < 0 ? shifted + 7 : shifted);
}

}  // namespace etappe::rules::calendar
