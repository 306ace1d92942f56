#include "model/calendar.h"

#include <algorithm>

namespace etappe::model {

namespace {
bool isDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int toInt(std::string_view digits) {
    int value = 0;
    for (const char c : digits) value = value * 10 + (c - '0');
    return value;
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

}  // namespace etappe::model
