#include "dates/date_input.h"

#include <cctype>
#include <cstdlib>
#include <vector>

#include "dates/iso_date.h"

namespace etappe::dates {

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
}  // namespace

std::optional<std::string> parseDate(std::string_view text, std::string_view today_iso) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (isIsoDate(text)) return std::string(text);
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
    return isoFromParts(year, std::atoi(parts[1].c_str()), std::atoi(parts[0].c_str()));
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

}  // namespace etappe::dates
