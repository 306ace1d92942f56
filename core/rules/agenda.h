#pragma once
// The rep's week: activities and meetings sorted into overdue, today, this
// week, later. Pure functions, cached per revision; the calendar's pages are
// dates/calendar_pages.h.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/portfolio.h"
#include "rules/meetings.h"

namespace etappe::rules {

enum class AgendaBucket { Overdue, Today, ThisWeek, Later, Undated, Closed };  // Closed: done or cancelled

struct AgendaEntry {
    int activity_index = -1;  // into portfolio.activities, or -1 for a meeting
    AgendaBucket bucket = AgendaBucket::Later;
    int meeting_index = -1;  // into Agenda::meetings, or -1 for an activity
};

struct Agenda {
    std::vector<AgendaEntry> entries;  // sorted: bucket, then date, time (a meeting before an activity), id
    std::array<int, 6> counts{};       // per bucket
    std::vector<Meeting> meetings;     // every dated meeting (rules/meetings.h)
};

// `today` ISO; the week runs Monday to Sunday. A meeting has no status: one on
// a past day has taken place and counts as closed. `classes` as for meetingsOf.
Agenda buildAgenda(const model::Portfolio& portfolio, std::string_view today,
                   const Classification* classes = nullptr);


}  // namespace etappe::rules
