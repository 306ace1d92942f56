#pragma once
// The pages of a week or month calendar: which ISO dates a page shows and
// where "previous" and "next" lead. Pure arithmetic, so the calendar screen's
// geometry is tested without ImGui.
#include <string>
#include <string_view>
#include <vector>

namespace etappe::dates {

enum class PageKind { Week, Month };

// The ISO dates shown in a month view (whole weeks, Monday first, 5 or 6 rows
// — or 4 when a 28-day February starts on a Monday, e.g. 2027) and in a week
// view (7 days) around `anchor`. Empty when `anchor` is not a date; padding
// days outside 0001–9999 are "" (empty cells).
std::vector<std::string> monthGrid(std::string_view anchor_iso);
std::vector<std::string> weekDays(std::string_view anchor_iso);

// The anchor `pages` pages on: ±7 days a week, ±1 calendar month a month (the
// day clamped, so back from 31 January is 31 December and on from 31 January
// is 28 or 29 February). The anchor itself when the step would leave the
// calendar or `anchor` is not a date, so a page is always drawable.
std::string turnPage(std::string_view anchor_iso, PageKind kind, int pages);

}  // namespace etappe::dates
