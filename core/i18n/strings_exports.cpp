// Texts of the exports area, English and German.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& exportStrings() {
    static const std::vector<StringEntry> table = {
        // Meeting brief (core/exports/meeting_brief.h)
        {"brief.title", "Meeting brief: %s", "Gesprächsvorbereitung: %s"},
        {"brief.when", "Date", "Termin"},
        {"brief.time", "%s", "%s Uhr"},
        {"brief.place", "Place", "Gesprächsort"},
        {"brief.class", "Class", "Kundenklasse"},
        {"brief.city", "City", "Ort"},
        {"brief.industry", "Industry", "Branche"},
        {"brief.revenue", "Annual revenue", "Jahresumsatz"},
        {"brief.goal", "Meeting goal", "Gesprächsziel"},
        {"brief.attendees", "Attendees", "Teilnehmer"},
        {"brief.phone", "Phone", "Tel."},
        {"brief.email", "E-mail", "E-Mail"},
        {"brief.progress", "Progress", "Stand der Vorbereitung"},
        {"brief.progress_line", "%d of %d checkpoints up to the end of the meeting ticked",
         "%d von %d Prüfpunkten bis zum Gesprächsende abgehakt"},
        {"brief.open_steps", "Not prepared yet: %s", "Noch nicht vorbereitet: %s"},
        {"brief.next", "Next step", "Nächster Schritt"},
        {"brief.next_none", "No dated step after this meeting yet – agree one with a date before you leave.",
         "Noch kein Schritt mit Datum nach diesem Termin – vereinbaren Sie einen, bevor Sie gehen."},
        {"brief.next_contact", "Next contact", "Nächster Kontakt"},
        {"brief.contacts", "Contacts", "Ansprechpartner"},
        {"brief.prepared", "Prepared for the meeting", "Vorbereitet für das Gespräch"},
        {"brief.sales_goals", "Sales goals", "Verkaufsziele"},
        {"brief.missing_information", "Still to find out", "Noch herauszufinden"},
        {"brief.hook", "Hook", "Aufhänger"},
        {"brief.intention", "Intention", "Gesprächsabsicht"},
        {"brief.situation_questions", "Questions on the customer's situation", "Fragen zur Kundensituation"},
        {"brief.goal_hypotheses", "What the customer may want", "Vermutete Kundenziele"},
        {"brief.proposals", "Proposals (feature → advantage → benefit)", "Vorschläge (Merkmal → Vorteil → Nutzen)"},
        {"brief.objections", "Expected objections (→ answer)", "Erwartete Einwände (→ Antwort)"},
        {"brief.decision_criteria", "The customer's decision criteria", "Entscheidungskriterien des Kunden"},
        {"brief.decision_impulses", "Impulses for the decision", "Impulse für die Entscheidung"},
        {"brief.additional_offers", "Additional offers", "Zusatzangebote"},
        {"brief.after_sales_mail", "After-sales mail (draft)", "After-Sales-Mail (Entwurf)"},
        {"brief.step_notes", "Notes on the steps", "Notizen zu den Schritten"},
        {"brief.gaps", "Open questions about the customer", "Offene Fragen zum Kunden"},
        {"brief.gap_question", "To find out", "Zu klären"},
        {"brief.gap_note", "So far", "Bisher bekannt"},
    };
    return table;
}

}  // namespace etappe::i18n
