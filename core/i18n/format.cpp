#include "i18n/format.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace etappe::i18n {

namespace {

std::string groupThousands(std::int64_t units, char separator) {
    std::string digits = std::to_string(units);
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += separator;
        out += digits[static_cast<std::size_t>(i)];
    }
    return out;
}

std::string withCurrency(std::string amount, const model::Money& money, Language language, bool negative) {
    std::string out = negative ? "-" : "";
    if (money.currency != "EUR") return out.append(amount).append(" ").append(money.currency);
    if (language == Language::German) return out.append(amount).append(" €");
    return out.append("€").append(amount);
}

std::string twoDigits(std::int64_t n) {
    char text[4];
    std::snprintf(text, sizeof text, "%02d", static_cast<int>(n % 100));
    return text;
}

}  // namespace

std::string formatMoney(const model::Money& money, Language language) {
    const bool negative = money.cents < 0;
    const std::int64_t cents = negative ? -money.cents : money.cents;
    const bool german = language == Language::German;
    std::string amount = groupThousands(cents / 100, german ? '.' : ',');
    amount += german ? ',' : '.';
    amount += twoDigits(cents % 100);
    return withCurrency(amount, money, language, negative);
}

std::string formatMoneyRounded(const model::Money& money, Language language) {
    const bool negative = money.cents < 0;
    const std::int64_t cents = negative ? -money.cents : money.cents;
    const std::int64_t units = (cents + 50) / 100;
    return withCurrency(groupThousands(units, language == Language::German ? '.' : ','), money, language, negative);
}

std::optional<std::int64_t> parseMoneyCents(std::string_view text, Language language) {
    // Keep digits and separators; drop spaces, currency signs and codes.
    std::string kept;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (std::isdigit(static_cast<unsigned char>(ch)) || ch == '.' || ch == ',') {
            kept += ch;
        } else if (ch == '-') {
            return std::nullopt;  // revenue and potential are never negative
        } else if (ch == ' ' || ch == '\'' || std::isalpha(static_cast<unsigned char>(ch)) ||
                   static_cast<unsigned char>(ch) >= 0x80) {
            continue;  // "EUR", "€", non-breaking spaces
        } else {
            return std::nullopt;
        }
    }
    if (kept.empty()) return std::nullopt;
    const char decimal = language == Language::German ? ',' : '.';
    const char grouping = language == Language::German ? '.' : ',';
    // A lone grouping mark followed by one or two digits is meant as decimals ("12.5" in German).
    const auto last_grouping = kept.rfind(grouping);
    if (kept.find(decimal) == std::string::npos && last_grouping != std::string::npos &&
        kept.find(grouping) == last_grouping && kept.size() - last_grouping <= 3) {
        kept[last_grouping] = decimal;
    }
    std::string whole;
    std::string fraction;
    bool seen_decimal = false;
    for (const char ch : kept) {
        if (ch == grouping && !seen_decimal) continue;
        if (ch == decimal) {
            if (seen_decimal) return std::nullopt;
            seen_decimal = true;
            continue;
        }
        if (ch == grouping) return std::nullopt;
        (seen_decimal ? fraction : whole) += ch;
    }
    if (fraction.size() > 2 || whole.size() > 16) return std::nullopt;
    if (whole.empty()) whole.push_back('0');
    while (fraction.size() < 2) fraction += '0';
    const std::int64_t cents = std::strtoll(whole.c_str(), nullptr, 10) * 100 + std::strtoll(fraction.c_str(), nullptr, 10);
    if (cents > model::kMaxMoneyCents) return std::nullopt;
    return cents;
}

std::string formatCountChange(int change) {
    if (change == 0) return "±0";
    return (change > 0 ? "+" : "−") + std::to_string(std::abs(change));
}

std::string formatPointsChange(double change, const Translator& tr) {
    return formatCountChange(static_cast<int>(std::lround(change * 100.0))) + " " + tr.text("format.points");
}

}  // namespace etappe::i18n
