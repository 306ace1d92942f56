#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "model/money.h"

namespace etappe::i18n {

// "1.234.567,89 €" (German) or "€1,234,567.89" (English); other currencies
// show their code ("1.234,00 CHF").
std::string formatMoney(const model::Money& money, Language language);

// Whole units only, for tables: "1.234.568 €".
std::string formatMoneyRounded(const model::Money& money, Language language);

// Reads what a rep types: "1.234,56", "1234,5 €", "€ 1,234.56", "1234".
// Returns cents, or nothing when the text is not an amount.
std::optional<std::int64_t> parseMoneyCents(std::string_view text, Language language);

// A change of a count against an earlier one: "+3", "−2", "±0".
std::string formatCountChange(int change);

// A change of a share (0–1) in whole percentage points: "+12 pp" / "−3 Pp.".
std::string formatPointsChange(double change, const Translator& tr);

}  // namespace etappe::i18n
