// dates/iso_date: validity, day numbers, weekdays, day and month steps.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dates/iso_date.h"

using namespace etappe;

TEST_CASE("ISO dates are real calendar dates in the years 0001 to 9999") {
    CHECK(dates::isIsoDate("2026-11-23"));
    CHECK(dates::isIsoDate("0001-01-01"));
    CHECK(dates::isIsoDate("9999-12-31"));
    CHECK(dates::isIsoDate("2028-02-29"));
    CHECK(dates::isIsoDate("2000-02-29"));        // divisible by 400: leap year
    CHECK_FALSE(dates::isIsoDate("2100-02-29"));  // divisible by 100: not
    CHECK_FALSE(dates::isIsoDate("2026-02-29"));
    CHECK_FALSE(dates::isIsoDate("2026-04-31"));
    CHECK_FALSE(dates::isIsoDate("2026-13-01"));
    CHECK_FALSE(dates::isIsoDate("2026-00-10"));
    CHECK_FALSE(dates::isIsoDate("0000-01-01"));
    CHECK_FALSE(dates::isIsoDate("2026-1-01"));
    CHECK_FALSE(dates::isIsoDate("2026-11-23 "));
    CHECK_FALSE(dates::isIsoDate("23.11.2026"));
    CHECK_FALSE(dates::isIsoDate("2026-+1-01"));
    CHECK_FALSE(dates::isIsoDate(""));
}

TEST_CASE("clock times run from 00:00 to 23:59") {
    CHECK(dates::isClockTime("00:00"));
    CHECK(dates::isClockTime("23:59"));
    CHECK(dates::isClockTime("09:05"));
    CHECK_FALSE(dates::isClockTime("24:00"));
    CHECK_FALSE(dates::isClockTime("12:60"));
    CHECK_FALSE(dates::isClockTime("9:05"));
    CHECK_FALSE(dates::isClockTime("09.05"));
    CHECK_FALSE(dates::isClockTime(""));
}

TEST_CASE("month lengths honour leap years") {
    CHECK(dates::daysInMonth(2026, 1) == 31);
    CHECK(dates::daysInMonth(2026, 2) == 28);
    CHECK(dates::daysInMonth(2028, 2) == 29);
    CHECK(dates::daysInMonth(2100, 2) == 28);
    CHECK(dates::daysInMonth(2000, 2) == 29);
    CHECK(dates::daysInMonth(2026, 4) == 30);
    CHECK(dates::daysInMonth(2026, 12) == 31);
}

TEST_CASE("a date from its parts exists or is refused") {
    CHECK(dates::isoFromParts(2026, 11, 3) == "2026-11-03");
    CHECK(dates::isoFromParts(1, 1, 1) == "0001-01-01");
    CHECK(dates::isoFromParts(2028, 2, 29) == "2028-02-29");
    CHECK_FALSE(dates::isoFromParts(2027, 2, 29));
    CHECK_FALSE(dates::isoFromParts(2026, 13, 1));
    CHECK_FALSE(dates::isoFromParts(2026, 0, 1));
    CHECK_FALSE(dates::isoFromParts(2026, 1, 0));
    CHECK_FALSE(dates::isoFromParts(0, 1, 1));
    CHECK_FALSE(dates::isoFromParts(10000, 1, 1));
}

TEST_CASE("day numbers count from 1970 and read back to the same date") {
    CHECK(dates::dayNumber("1970-01-01") == 0);
    CHECK(dates::dayNumber("1970-01-02") == 1);
    CHECK(dates::dayNumber("1969-12-31") == -1);
    CHECK(dates::dayNumber("2000-03-01") == 11017);
    CHECK_FALSE(dates::dayNumber("2026-02-30"));
    for (const char* iso : {"0001-01-01", "1600-02-29", "1970-01-01", "2026-11-23", "2028-02-29", "9999-12-31"}) {
        CHECK(dates::isoFromDayNumber(*dates::dayNumber(iso)) == iso);
    }
    CHECK(dates::isoFromDayNumber(*dates::dayNumber("9999-12-31") + 1).empty());
    CHECK(dates::isoFromDayNumber(*dates::dayNumber("0001-01-01") - 1).empty());
}

TEST_CASE("weekday index, Monday first") {
    CHECK(dates::weekdayIndex("2026-11-23") == 0);  // Monday
    CHECK(dates::weekdayIndex("2026-11-25") == 2);
    CHECK(dates::weekdayIndex("2026-11-01") == 6);  // Sunday
    CHECK(dates::weekdayIndex("2026-01-01") == 3);  // Thursday (326 days = 46 weeks + 4 before Mon 23 Nov)
    CHECK(dates::weekdayIndex("1970-01-01") == 3);
    CHECK(dates::weekdayIndex("0001-01-01") == 0);  // proleptic Gregorian
    CHECK(dates::weekdayIndex("2026-11-31") == -1);
    CHECK(dates::weekdayIndex("") == -1);
}

TEST_CASE("adding days crosses months, years and leap days") {
    CHECK(dates::addDays("2028-02-28", 1) == "2028-02-29");
    CHECK(dates::addDays("2028-02-29", 1) == "2028-03-01");
    CHECK(dates::addDays("2027-02-28", 1) == "2027-03-01");
    CHECK(dates::addDays("2100-02-28", 1) == "2100-03-01");  // divisible by 100: no leap year
    CHECK(dates::addDays("2000-02-28", 1) == "2000-02-29");  // divisible by 400: leap year
    CHECK(dates::addDays("2026-12-31", 1) == "2027-01-01");
    CHECK(dates::addDays("2026-01-01", -1) == "2025-12-31");
    CHECK(dates::addDays("2026-11-23", 0) == "2026-11-23");
    CHECK(dates::addDays("2026-11-23", 365) == "2027-11-23");
    CHECK(dates::addDays("2028-03-01", -366) == "2027-03-01");
    CHECK(dates::addDays("9999-12-31", 1).empty());  // beyond what a date can be
    CHECK(dates::addDays("0001-01-01", -1).empty());
    CHECK(dates::addDays("23.11.2026", 1).empty());
}

TEST_CASE("adding months keeps the day, or clamps it to the end of a shorter month") {
    CHECK(dates::addMonths("2026-11-23", 1) == "2026-12-23");
    CHECK(dates::addMonths("2026-12-23", 1) == "2027-01-23");
    CHECK(dates::addMonths("2027-01-23", -1) == "2026-12-23");
    CHECK(dates::addMonths("2027-01-31", 1) == "2027-02-28");
    CHECK(dates::addMonths("2028-01-31", 1) == "2028-02-29");  // leap year
    CHECK(dates::addMonths("2027-03-31", -1) == "2027-02-28");
    CHECK(dates::addMonths("2028-03-31", -1) == "2028-02-29");
    CHECK(dates::addMonths("2027-01-31", -1) == "2026-12-31");  // the defect's case: not 3 January
    CHECK(dates::addMonths("2026-05-31", 1) == "2026-06-30");
    CHECK(dates::addMonths("2028-02-29", 12) == "2029-02-28");
    CHECK(dates::addMonths("2028-02-29", -48) == "2024-02-29");
    CHECK(dates::addMonths("2026-11-23", 0) == "2026-11-23");
    CHECK(dates::addMonths("2026-11-23", -23) == "2024-12-23");
    CHECK(dates::addMonths("2026-11-23", 25) == "2028-12-23");
    CHECK(dates::addMonths("9999-12-01", 1).empty());  // beyond what a date can be
    CHECK(dates::addMonths("0001-01-31", -1).empty());
    CHECK(dates::addMonths("0001-02-28", -1) == "0001-01-28");
    CHECK(dates::addMonths("2026-02-30", 1).empty());
    CHECK(dates::addMonths("", 1).empty());
}

TEST_CASE("days between two dates, across a leap day and backwards") {
    CHECK(dates::daysBetween("2026-01-01", "2026-12-31") == 364);
    CHECK(dates::daysBetween("2026-12-31", "2026-01-01") == -364);
    CHECK(dates::daysBetween("2028-02-28", "2028-03-01") == 2);  // 29 Feb 2028 in between
    CHECK(dates::daysBetween("2026-01-01", "2026-07-02") == 182);
    CHECK(dates::daysBetween("2026-11-23", "2026-11-23") == 0);
    CHECK_FALSE(dates::daysBetween("2026-02-29", "2026-03-01"));
    CHECK_FALSE(dates::daysBetween("2026-01-01", ""));
}

TEST_CASE("a date's parts and the next weekday after it") {
    const auto parts = dates::dateParts("2026-11-23");
    REQUIRE(parts);
    CHECK(parts->year == 2026);
    CHECK(parts->month == 11);
    CHECK(parts->day == 23);
    CHECK_FALSE(dates::dateParts("2026-02-30"));
    CHECK_FALSE(dates::dateParts(""));
    // 2026-11-23 is a Monday.
    CHECK(dates::nextWeekday("2026-11-23", 1) == "2026-11-24");
    CHECK(dates::nextWeekday("2026-11-23", 0) == "2026-11-30");  // never the day itself
    CHECK(dates::nextWeekday("2026-11-29", 1) == "2026-12-01");  // across the month
    CHECK(dates::nextWeekday("2026-12-30", 1) == "2027-01-05");  // and the year
    CHECK(dates::nextWeekday("not a date", 1).empty());
}

TEST_CASE("a date's calendar month, and the months a span touches") {
    CHECK(dates::monthOf("2026-11-23") == "2026-11");
    CHECK(dates::monthOf("2026-02-30").empty());
    CHECK(dates::monthOf("2026-11").empty());
    // Across a year's end, the partial first and last months included.
    CHECK(dates::monthsBetween("2026-11-30", "2027-02-01") ==
          std::vector<std::string>{"2026-11", "2026-12", "2027-01", "2027-02"});
    CHECK(dates::monthsBetween("2026-11-01", "2026-11-30") == std::vector<std::string>{"2026-11"});
    CHECK(dates::monthsBetween("9999-12-01", "9999-12-31") == std::vector<std::string>{"9999-12"});
    CHECK(dates::monthsBetween("2027-01-01", "2026-12-31").empty());
    CHECK(dates::monthsBetween("", "2026-12-31").empty());
}
