#pragma once
// The rep's week: activities sorted into overdue, today, this week, later,
// plus the calendar cells of a week or month. Pure functions, cached per revision.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/portfolio.h"

namespace etappe::rules {

enum class AgendaBucket { Overdue, Today, ThisWeek, Later, Undated, Closed };  // Closed: done or cancelled

struct AgendaEntry {
    int activity_index = -1;  // into portfolio.activities
    AgendaBucket bucket = AgendaBucket::Later;
};

struct Agenda {
    std::vector<AgendaEntry> entries;  // sorted: bucket, then date, time, id
    std::array<int, 6> counts{};       // per bucket
};

// `today` ISO; the week runs Monday to Sunday.
Agenda buildAgenda(const model::Portfolio& portfolio, std::string_view today);


// Calendar geometry: the ISO dates shown in a month view (whole weeks, Monday
// first, 5 or 6 rows — or 4 when a 28-day February starts on a Monday, e.g.
// 2027) and in a week view (7 days) around `anchor`. Empty when `anchor` is
// not a date; addDays gives "" for a non-date or a result outside 0001–9999.
std::vector<std::string> monthGrid(std::string_view anchor_iso);
std::vector<std::string> weekDays(std::string_view anchor_iso);
int weekdayIndex(std::string_view iso);  // Monday 0 … Sunday 6, -1 when not a date
std::string addDays(std::string_view iso, int days);

}  // namespace etappe::rules
