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
        // Meetings: conversation plans (A) and reduced plans (B/C) with a date
        {"ics.meeting_summary", "Meeting with %s", "Gespräch mit %s"},
        {"ics.contact_summary", "Contact with %s (B/C)", "Kontakt mit %s (B/C)"},
        {"ics.attendees", "Attendees", "Teilnehmer"},
        {"ics.goal", "Goal", "Ziel"},
        // Meetings in the agenda and the week and month calendar
        {"agenda.meeting", "Meeting", "Gespräch"},
        {"agenda.reduced_contact", "Contact (B/C)", "Kontakt (B/C)"},
        {"agenda.open_plan", "Click to open the meeting's plan.", "Klicken öffnet die Planung des Gesprächs."},
        {"agenda.start_review", "Click to write the review of this meeting: what happened, how you were, what you take with you.",
         "Klicken, um auf dieses Gespräch zurückzublicken: Was ist passiert, wie waren Sie, was nehmen Sie mit?"},
        {"agenda.all_reviews", "All in Reviews", "Alle unter Rückblicke"},
    };
    return table;
}

}  // namespace etappe::i18n
