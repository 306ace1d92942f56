#pragma once
// The parts of the string table, one per area, merged by stringTable().
#include <vector>

#include "i18n/translator.h"

namespace etappe::i18n {

const std::vector<StringEntry>& appStrings();     // shell, customers, files (strings.cpp)
const std::vector<StringEntry>& methodStrings();  // the sales method's catalogue (strings_method.cpp)
const std::vector<StringEntry>& exportStrings();  // meeting brief and other exports (strings_exports.cpp)
const std::vector<StringEntry>& plannerStrings(); // conversation planner screen (strings_planner.cpp)
const std::vector<StringEntry>& calendarStrings(); // iCalendar export of activities (strings_calendar.cpp)
const std::vector<StringEntry>& goalStrings();    // goals and activities screens (strings_goals.cpp)
const std::vector<StringEntry>& coachStrings();   // the activity coach's findings (strings_coach.cpp)
const std::vector<StringEntry>& priorityStrings(); // ABC analysis and its notes (strings_priorities.cpp)
const std::vector<StringEntry>& priorityViewStrings(); // priorities screen and default effort (strings_priorities_view.cpp)
const std::vector<StringEntry>& problemStrings();  // details of load and save problems (strings_problems.cpp)
const std::vector<StringEntry>& interopStrings();  // CSV import and export (strings_interop.cpp)
const std::vector<StringEntry>& reviewStrings();   // review (debrief) and development screens, their exports (strings_reviews.cpp)
const std::vector<StringEntry>& workshopStrings(); // workshop exercises, collect and compare (strings_workshop.cpp)
const std::vector<StringEntry>& presentStrings();   // presentation mode (strings_present.cpp)
const std::vector<StringEntry>& methodPageStrings(); // the Method screen's pages (strings_method_pages.cpp)
const std::vector<StringEntry>& sheetStrings();      // printable sheets (strings_sheets.cpp)

}  // namespace etappe::i18n
