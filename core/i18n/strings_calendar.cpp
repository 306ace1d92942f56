// Texts of the calendar (iCalendar) export, English and German.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& calendarStrings() {
    static const std::vector<StringEntry> table = {
        // Labels of an event's DESCRIPTION lines (core/exports/icalendar.h)
        {"ics.customer", "Customer", "Kunde"},
        {"ics.contact", "Contact", "Ansprechpartner"},
        {"ics.step", "Step", "Schritt"},
        {"ics.outcome", "Outcome", "Ergebnis"},
        // SUMMARY of an activity whose action is still empty
        {"ics.no_action", "Activity (no action given)", "Aktivität (ohne Angabe)"},
    };
    return table;
}

}  // namespace etappe::i18n
