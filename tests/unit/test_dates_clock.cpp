// dates/clock: the local day and the UTC stamps that files and backups carry.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <string>

#include "dates/clock.h"
#include "dates/iso_date.h"

using namespace etappe;

namespace {
// 2026-03-01T12:00:00.123Z: 20,513 days after 1970-01-01, plus 12 hours and 123 ms.
constexpr std::int64_t kNoonMs = (20513LL * 86400 + 12 * 3600) * 1000 + 123;
}  // namespace

TEST_CASE("today is a local calendar date") {
    const std::string today = dates::todayIso();
    CHECK(dates::isIsoDate(today));
    CHECK(today == dates::localDateTime(std::chrono::system_clock::now()).date);
}

TEST_CASE("UTC stamps are written in three forms and the file forms read back") {
    REQUIRE(dates::dayNumber("2026-03-01") == 20513);
    CHECK(dates::compactUtc(kNoonMs) == "20260301T120000123");
    CHECK(dates::isoUtc(kNoonMs) == "2026-03-01T12:00:00.123Z");
    CHECK(dates::basicUtc(kNoonMs) == "20260301T120000Z");
    CHECK(dates::parseCompactUtc("20260301T120000123") == kNoonMs);
    CHECK(dates::parseIsoUtc("2026-03-01T12:00:00.123Z") == kNoonMs);
    CHECK(dates::isoUtc(-1) == "1969-12-31T23:59:59.999Z");  // before 1970 the milliseconds still count up
    CHECK(dates::parseIsoUtc(dates::isoUtc(-1)) == -1);
}

TEST_CASE("UTC stamps with junk, wrong lengths or impossible fields are refused") {
    CHECK_FALSE(dates::parseCompactUtc("20260301T12000012"));
    CHECK_FALSE(dates::parseCompactUtc("20261301T120000123"));
    CHECK_FALSE(dates::parseCompactUtc("20260301T250000123"));
    CHECK_FALSE(dates::parseIsoUtc("2026-03-01T12:00:00.123"));
    CHECK_FALSE(dates::parseIsoUtc("2026-03-01T12:00:00.123Zx"));
    CHECK_FALSE(dates::parseIsoUtc("2026-03-01 12:00:00.123Z"));
    CHECK_FALSE(dates::parseIsoUtc(""));
}

TEST_CASE("the clock moves forward") {
    const std::int64_t before = dates::nowUnixMs();
    CHECK(before > kNoonMs - 365LL * 86400 * 1000 * 10);
    CHECK(dates::nowUnixMs() >= before);
}
