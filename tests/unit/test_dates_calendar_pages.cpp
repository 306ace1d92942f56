// dates/calendar_pages: the days a week or month page shows, and turning pages.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dates/calendar_pages.h"

using namespace etappe;
using dates::PageKind;

TEST_CASE("the week view of a Wednesday runs Monday to Sunday, also across the new year") {
    CHECK(dates::weekDays("2026-11-25") == std::vector<std::string>{"2026-11-23", "2026-11-24", "2026-11-25",
                                                                    "2026-11-26", "2026-11-27", "2026-11-28",
                                                                    "2026-11-29"});
    const auto turn = dates::weekDays("2027-01-01");  // a Friday
    REQUIRE(turn.size() == 7);
    CHECK(turn.front() == "2026-12-28");
    CHECK(turn.back() == "2027-01-03");
    CHECK(dates::weekDays("nope").empty());
}

TEST_CASE("month grid of November 2026: six weeks from Monday 26 October") {
    // 1 Nov 2026 is a Sunday (23 Nov is a Monday, 22 days = 3 weeks + 1 earlier), so the grid
    // starts Monday 26 Oct; 30 Nov is a Monday, so it ends Sunday 6 Dec:
    // 6 (26–31 Oct) + 30 + 6 (1–6 Dec) = 42 days.
    const auto grid = dates::monthGrid("2026-11-23");
    REQUIRE(grid.size() == 42);
    CHECK(grid.front() == "2026-10-26");
    CHECK(grid[6] == "2026-11-01");
    CHECK(grid[7] == "2026-11-02");
    CHECK(grid[35] == "2026-11-30");
    CHECK(grid.back() == "2026-12-06");
    CHECK(dates::monthGrid("2026-11-01") == grid);  // any day of the month gives the same grid
}

TEST_CASE("month grid of December 2026: five weeks") {
    // 1 Dec is a Tuesday → from Mon 30 Nov; 31 Dec is a Thursday → to Sun 3 Jan: 1 + 31 + 3 = 35.
    const auto grid = dates::monthGrid("2026-12-24");
    REQUIRE(grid.size() == 35);
    CHECK(grid.front() == "2026-11-30");
    CHECK(grid.back() == "2027-01-03");
}

TEST_CASE("month grid of February 2027: exactly four weeks") {
    // 1 Jan 2026 is a Thursday; 2026 has 365 days (52 weeks + 1) → 1 Jan 2027 is a Friday;
    // January has 31 days (4 weeks + 3) → 1 Feb 2027 is a Monday. 28 days later, 28 Feb is a
    // Sunday, so Monday-before-the-1st to Sunday-after-the-last is just the month: 28 days.
    const auto grid = dates::monthGrid("2027-02-14");
    REQUIRE(grid.size() == 28);
    CHECK(grid.front() == "2027-02-01");
    CHECK(grid.back() == "2027-02-28");
}

TEST_CASE("month grid of February 2028 holds the leap day") {
    // 1 Feb 2027 is a Monday and 365 days (52 weeks + 1) later 1 Feb 2028 is a Tuesday → from Mon 31 Jan;
    // 29 Feb = 1 Feb + 28 days is a Tuesday too → to Sun 5 Mar: 1 + 29 + 5 = 35 days.
    const auto grid = dates::monthGrid("2028-02-29");
    REQUIRE(grid.size() == 35);
    CHECK(grid.front() == "2028-01-31");
    CHECK(grid[29] == "2028-02-29");
    CHECK(grid[30] == "2028-03-01");
    CHECK(grid.back() == "2028-03-05");
    CHECK(dates::monthGrid("2028-02-30").empty());
}

TEST_CASE("a month page turns by calendar months: back from 31 January is December") {
    CHECK(dates::turnPage("2027-01-31", PageKind::Month, -1) == "2026-12-31");
    CHECK(dates::turnPage("2027-01-31", PageKind::Month, 1) == "2027-02-28");
    CHECK(dates::turnPage("2027-03-31", PageKind::Month, -1) == "2027-02-28");
    CHECK(dates::turnPage("2026-11-23", PageKind::Month, 2) == "2027-01-23");
    // Turning back and forth a year of pages never skips or repeats a month.
    std::string anchor = "2027-01-31";
    std::vector<std::string> months;
    for (int i = 0; i < 12; ++i) {
        anchor = dates::turnPage(anchor, PageKind::Month, -1);
        months.push_back(anchor.substr(0, 7));
    }
    CHECK(months == std::vector<std::string>{"2026-12", "2026-11", "2026-10", "2026-09", "2026-08", "2026-07",
                                             "2026-06", "2026-05", "2026-04", "2026-03", "2026-02", "2026-01"});
}

TEST_CASE("a week page turns by seven days") {
    CHECK(dates::turnPage("2027-01-31", PageKind::Week, -1) == "2027-01-24");
    CHECK(dates::turnPage("2026-12-28", PageKind::Week, 1) == "2027-01-04");
    CHECK(dates::turnPage("2026-11-25", PageKind::Week, 0) == "2026-11-25");
}

TEST_CASE("a page never turns off the calendar") {
    CHECK(dates::turnPage("9999-12-31", PageKind::Month, 1) == "9999-12-31");
    CHECK(dates::turnPage("9999-12-31", PageKind::Week, 1) == "9999-12-31");
    CHECK(dates::turnPage("0001-01-03", PageKind::Week, -1) == "0001-01-03");
    CHECK(dates::turnPage("not a date", PageKind::Month, 1) == "not a date");
}
