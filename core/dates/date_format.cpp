#include "dates/date_format.h"

#include <array>
#include <cstdlib>

#include "dates/clock.h"

namespace etappe::dates {

std::string formatIsoDate(std::string_view iso_date, i18n::Language language) {
    static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return std::string(iso_date);
    const std::string year(iso_date.substr(0, 4));
    const std::string month(iso_date.substr(5, 2));
    const std::string day(iso_date.substr(8, 2));
    const int month_number = std::atoi(month.c_str());
    if (month_number < 1 || month_number > 12) return std::string(iso_date);
    if (language == i18n::Language::German) return day + "." + month + "." + year;
    return std::to_string(std::atoi(day.c_str())) + " " + kMonths[static_cast<std::size_t>(month_number - 1)] + " " +
           year;
}

std::string formatDateTime(std::chrono::system_clock::time_point when, i18n::Language language) {
    const LocalDateTime local = localDateTime(when);
    return formatIsoDate(local.date, language) + ", " + local.time;
}

}  // namespace etappe::dates
