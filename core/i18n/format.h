#pragma once
#include <chrono>
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

// Local date and time: "23.11.2026, 14:05" or "23 Nov 2026, 14:05".
std::string formatDateTime(std::chrono::system_clock::time_point when, Language language);

// Reads a date as reps type it: "23.11.2026", "23.11.26", "23.11." (this year,
// taken from `today_iso`), "2026-11-23" or "23/11/2026". Returns ISO YYYY-MM-DD.
std::optional<std::string> parseDate(std::string_view text, std::string_view today_iso);

// Reads "14:30", "14.30", "9:05" or "1430"; returns "HH:MM".
std::optional<std::string> parseTime(std::string_view text);

// True for a real calendar date in ISO form.
bool isValidIsoDate(std::string_view iso);

// "23.11.2026" or "23 Nov 2026" from an ISO date; the input back when it is not one.
std::string formatIsoDate(std::string_view iso_date, Language language);

}  // namespace etappe::i18n
