// dates/date_input and dates/date_format: what a rep types, and what the rep sees.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "dates/clock.h"
#include "dates/date_format.h"
#include "dates/date_input.h"
#include "dates/iso_date.h"

using namespace etappe;
using i18n::Language;

TEST_CASE("ISO dates are shown in the user's language") {
    CHECK(dates::formatIsoDate("2026-11-23", Language::German) == "23.11.2026");
    CHECK(dates::formatIsoDate("2026-11-03", Language::English) == "3 Nov 2026");
    CHECK(dates::formatIsoDate("not a date", Language::English) == "not a date");
}

TEST_CASE("calendar months are named in the user's language, long for a page and short for a chart") {
    using dates::MonthStyle;
    CHECK(dates::formatMonth("2026-03", Language::German, MonthStyle::Long) == "März 2026");
    CHECK(dates::formatMonth("2026-03", Language::English, MonthStyle::Long) == "March 2026");
    CHECK(dates::formatMonth("2026-03", Language::German, MonthStyle::Short) == "Mär 26");
    CHECK(dates::formatMonth("2026-10", Language::German, MonthStyle::Short) == "Okt 26");
    CHECK(dates::formatMonth("2026-12", Language::English, MonthStyle::Short) == "Dec 26");
    CHECK(dates::formatMonth("2027-01-31", Language::English, MonthStyle::Long) == "January 2027");  // a date's month
    CHECK(dates::formatMonth("2026-13", Language::English, MonthStyle::Long) == "2026-13");
    CHECK(dates::formatMonth("2026-02-30", Language::English, MonthStyle::Long) == "2026-02-30");
    CHECK(dates::formatMonth("", Language::German, MonthStyle::Short).empty());
}

TEST_CASE("dates typed by a rep are understood, impossible dates refused") {
    const char* today = "2026-11-23";
    CHECK(dates::parseDate("23.11.2026", today) == "2026-11-23");
    CHECK(dates::parseDate("1.2.27", today) == "2027-02-01");
    CHECK(dates::parseDate("18.06.", today) == "2026-06-18");
    CHECK(dates::parseDate("2026-12-02", today) == "2026-12-02");
    CHECK(dates::parseDate("2/12/2026", today) == "2026-12-02");
    CHECK(dates::parseDate("29.02.2028", today) == "2028-02-29");
    CHECK_FALSE(dates::parseDate("29.02.2027", today).has_value());
    CHECK_FALSE(dates::parseDate("31.04.2026", today).has_value());
    CHECK_FALSE(dates::parseDate("morgen", today).has_value());
    CHECK_FALSE(dates::parseDate("", today).has_value());
    CHECK_FALSE(dates::parseDate("2026-02-30", today).has_value());
}

TEST_CASE("times are read in the usual spellings") {
    CHECK(dates::parseTime("14:30") == "14:30");
    CHECK(dates::parseTime("9.05") == "09:05");
    CHECK(dates::parseTime("1430") == "14:30");
    CHECK(dates::parseTime("930") == "09:30");
    CHECK_FALSE(dates::parseTime("24:00").has_value());
    CHECK_FALSE(dates::parseTime("12:60").has_value());
    CHECK_FALSE(dates::parseTime("halb drei").has_value());
}

TEST_CASE("a moment is shown as its local date and clock time") {
    const auto now = std::chrono::system_clock::now();
    const dates::LocalDateTime local = dates::localDateTime(now);
    CHECK(dates::isIsoDate(local.date));
    CHECK(dates::isClockTime(local.time));
    const std::string expected = dates::formatIsoDate(local.date, Language::German) + ", " + local.time;
    CHECK(dates::formatDateTime(now, Language::German) == expected);
}
