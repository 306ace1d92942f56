#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace etappe::storage {

// Milliseconds since 1970-01-01 UTC, the one time unit of the storage layer.
std::int64_t nowUnixMs();

// "20260301T120000123": sorts like the time it names, safe in file names.
std::string compactUtc(std::int64_t unix_ms);
std::optional<std::int64_t> parseCompactUtc(std::string_view text);

// "2026-03-01T12:00:00.123Z" (ISO 8601), for values inside files.
std::string isoUtc(std::int64_t unix_ms);
std::optional<std::int64_t> parseIsoUtc(std::string_view text);

}  // namespace etappe::storage
