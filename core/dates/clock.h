#pragma once
// The system clock, read and written out in one place: the local calendar day
// a rep plans against, and UTC instants for files (backups, recovery, iCalendar).
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace etappe::dates {

// Today's local date, YYYY-MM-DD.
std::string todayIso();

// A moment in the local time zone: "2026-11-23" and "14:05".
struct LocalDateTime {
    std::string date;
    std::string time;
};
LocalDateTime localDateTime(std::chrono::system_clock::time_point when);

// Milliseconds since 1970-01-01 UTC, the one time unit of the storage layer.
std::int64_t nowUnixMs();

// "20260301T120000123": sorts like the time it names, safe in file names.
std::string compactUtc(std::int64_t unix_ms);
std::optional<std::int64_t> parseCompactUtc(std::string_view text);

// "2026-03-01T12:00:00.123Z" (ISO 8601), for values inside files.
std::string isoUtc(std::int64_t unix_ms);
std::optional<std::int64_t> parseIsoUtc(std::string_view text);

// "20260301T120000Z" (RFC 5545 basic format, whole seconds), for iCalendar stamps.
std::string basicUtc(std::int64_t unix_ms);

}  // namespace etappe::dates
