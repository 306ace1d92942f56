#include "dates/example_date.h"

#include "dates/date_format.h"
#include "dates/iso_date.h"
#include "i18n/message.h"

namespace etappe::dates {

std::string exampleDate(std::string_view today_iso, i18n::Language language) {
    constexpr int kTuesday = 1;  // a working day, a few days ahead: time to prepare
    const std::string day = nextWeekday(today_iso, kTuesday);
    return day.empty() ? std::string() : formatIsoDate(day, language);
}

std::string withExampleDate(const i18n::Translator& tr, std::string_view key, std::string_view today_iso) {
    return i18n::render(tr, i18n::message(std::string(key), {exampleDate(today_iso, tr.language())}));
}

}  // namespace etappe::dates
