#include "dates/date_format.h"

#include "dates/clock.h"
#include "dates/iso_date.h"

namespace etappe::dates {

namespace {

// The month's name from the string tables ("month.N" or "month.N.short"), `number` 1–12.
const char* monthName(int number, i18n::Language language, MonthStyle style) {
    static const i18n::Translator english(i18n::Language::English), german(i18n::Language::German);
    const i18n::Translator& tr = language == i18n::Language::German ? german : english;
    return tr.text("month." + std::to_string(number) + (style == MonthStyle::Short ? ".short" : ""));
}

}  // namespace

std::string formatIsoDate(std::string_view iso_date, i18n::Language language) {
    const auto parts = dateParts(iso_date);
    if (!parts) return std::string(iso_date);
    if (language == i18n::Language::German)
        return std::string(iso_date.substr(8, 2)) + "." + std::string(iso_date.substr(5, 2)) + "." + std::string(iso_date.substr(0, 4));
    return std::to_string(parts->day) + " " + monthName(parts->month, language, MonthStyle::Short) + " " + std::string(iso_date.substr(0, 4));
}

std::string formatDateTime(std::chrono::system_clock::time_point when, i18n::Language language) {
    const LocalDateTime local = localDateTime(when);
    return formatIsoDate(local.date, language) + ", " + local.time;
}

std::string formatMonth(std::string_view month, i18n::Language language, MonthStyle style) {
    const std::string first_day = std::string(month.substr(0, 7)) + "-01";
    if ((month.size() != 7 && month.size() != 10) || !isIsoDate(month.size() == 10 ? month : first_day))
        return std::string(month);
    const char* name = monthName(dateParts(first_day)->month, language, style);
    return std::string(name) + " " + first_day.substr(style == MonthStyle::Long ? 0 : 2, style == MonthStyle::Long ? 4 : 2);
}

}  // namespace etappe::dates
