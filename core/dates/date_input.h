#pragma once
// Dates and times as a rep types them into a field, read into the stored forms.
#include <optional>
#include <string>
#include <string_view>

namespace etappe::dates {

// Reads a date as reps type it: "23.11.2026", "23.11.26", "23.11." (this year,
// taken from `today_iso`), "2026-11-23" or "23/11/2026". Returns ISO YYYY-MM-DD.
std::optional<std::string> parseDate(std::string_view text, std::string_view today_iso);

// Reads "14:30", "14.30", "9:05" or "1430"; returns "HH:MM".
std::optional<std::string> parseTime(std::string_view text);

}  // namespace etappe::dates
