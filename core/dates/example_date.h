#pragma once
// The day named in example sentences of hints and advice ("On … present the
// concept to Ms Gerens"): always ahead of today, so an example never shows a
// day that has passed.
#include <string>
#include <string_view>

#include "i18n/translator.h"

namespace etappe::dates {

// The next Tuesday after `today_iso`, written as the app writes dates
// ("17.11.2026", "17 Nov 2026"); "" when `today_iso` is not a date.
std::string exampleDate(std::string_view today_iso, i18n::Language language);

// The text of `key` with its %s filled in with exampleDate.
std::string withExampleDate(const i18n::Translator& tr, std::string_view key, std::string_view today_iso);

}  // namespace etappe::dates
