#pragma once
// Planned activities and meetings as an iCalendar file (RFC 5545) for the rep's calendar.
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "model/portfolio.h"

namespace etappe::exports {

struct IcsOptions {
    std::string timezone = "Europe/Berlin";  // TZID for timed events; a VTIMEZONE for it is included
    std::string dtstamp_utc;                 // "20261123T090000Z"; empty = now
    std::string uid_domain = "etappe.local"; // UIDs are "activity-<id>@<domain>", "plan-<id>@<domain>" and
                                             // "reduced-<customer id>@<domain>", stable across exports
};

// One VEVENT per planned activity with a date: DTSTART (DATE for all-day, or
// date-time with TZID), DURATION or DTEND, SUMMARY (the action), DESCRIPTION
// (customer, contact, linked step), text escaping of , ; \ and newlines, lines
// folded at 75 octets without splitting UTF-8, CRLF line ends.
// Then one VEVENT per meeting (rules/meetings.h): every dated conversation plan
// ("Meeting with <customer>", LOCATION the plan's place, attendees and goal in
// the DESCRIPTION) and every dated reduced plan of a customer not treated as A.
std::string activitiesToIcs(const model::Portfolio& portfolio, const i18n::Translator& tr, const IcsOptions& options);

}  // namespace etappe::exports
