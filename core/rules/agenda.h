#pragma once
// The rep's week: activities sorted into overdue, today, this week, later.
// Pure functions, cached per revision; the calendar's pages are dates/calendar_pages.h.
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


}  // namespace etappe::rules
