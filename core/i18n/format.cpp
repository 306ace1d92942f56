#include "i18n/format.h"

#include "model/calendar.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include <ctime>

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

bool isValidIsoDate(std::string_view iso) { return model::isIsoDate(iso); }

namespace {
// Splits "23.11.2026" into numbers at any of the separators; empty parts count as missing.
std::vector<std::string> splitDateParts(std::string_view text, std::string_view separators) {
    std::vector<std::string> parts(1);
    for (const char ch : text) {
        if (separators.find(ch) != std::string_view::npos) {
            parts.emplace_back();
        } else if (std::isdigit(static_cast<unsigned char>(ch))) {
            parts.back() += ch;
        } else if (ch != ' ') {
            return {};
        }
    }
    return parts;
}

std::optional<std::string> isoFrom(int year, int month, int day) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    if (!isValidIsoDate(text)) return std::nullopt;
    return std::string(text);
}
}  // namespace

std::optional<std::string> parseDate(std::string_view text, std::string_view today_iso) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (isValidIsoDate(text)) return std::string(text);
    const auto parts = splitDateParts(text, "./");
    if (parts.size() < 2 || parts.size() > 3 || parts[0].empty() || parts[1].empty()) return std::nullopt;
    if (parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
    int year = std::atoi(std::string(today_iso.substr(0, 4)).c_str());
    if (parts.size() == 3 && !parts[2].empty()) {
        if (parts[2].size() == 2) {
            year = 2000 + std::atoi(parts[2].c_str());
        } else if (parts[2].size() == 4) {
            year = std::atoi(parts[2].c_str());
        } else {
            return std::nullopt;
        }
    }
    return isoFrom(year, std::atoi(parts[1].c_str()), std::atoi(parts[0].c_str()));
}

std::optional<std::string> parseTime(std::string_view text) {
    std::string digits;
    int separators = 0;
    for (const char ch : text) {
        if (std::isdigit(static_cast<unsigned char>(ch))) {
            digits += ch;
        } else if (ch == ':' || ch == '.') {
            if (++separators > 1 || digits.empty()) return std::nullopt;
            if (digits.size() == 1) digits.insert(digits.begin(), '0');
        } else if (ch != ' ') {
            return std::nullopt;
        }
    }
    if (digits.size() == 3) digits.insert(digits.begin(), '0');
    if (digits.size() != 4) return std::nullopt;
    const int hours = std::atoi(digits.substr(0, 2).c_str());
    const int minutes = std::atoi(digits.substr(2, 2).c_str());
    if (hours > 23 || minutes > 59) return std::nullopt;
    return digits.substr(0, 2) + ":" + digits.substr(2, 2);
}

std::string formatDateTime(std::chrono::system_clock::time_point when, Language language) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    localtime_r(&seconds, &local);
    char iso[16];
    char clock[8];
    std::strftime(iso, sizeof iso, "%Y-%m-%d", &local);
    std::strftime(clock, sizeof clock, "%H:%M", &local);
    return formatIsoDate(iso, language) + ", " + clock;
}

std::string formatIsoDate(std::string_view iso_date, Language language) {
    static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return std::string(iso_date);
    const std::string year(iso_date.substr(0, 4));
    const std::string month(iso_date.substr(5, 2));
    const std::string day(iso_date.substr(8, 2));
    const int month_number = std::atoi(month.c_str());
    if (month_number < 1 || month_number > 12) return std::string(iso_date);
    if (language == Language::German) return day + "." + month + "." + year;
    return std::to_string(std::atoi(day.c_str())) + " " + kMonths[static_cast<std::size_t>(month_number - 1)] + " " +
           year;
}

}  // namespace etappe::i18n
