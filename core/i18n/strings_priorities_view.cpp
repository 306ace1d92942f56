// Texts of the priorities screen (METHOD §9) and the method's default effort
// per class, English and German.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& priorityViewStrings() {
    static const std::vector<StringEntry> table = {
        {"priorities.title", "Priorities: A, B and C customers", "Prioritäten: A-, B- und C-Kunden"},
        {"priorities.intro",
         "Not every customer deserves the same effort. Etappe proposes a class from each customer's share of your revenue; "
         "you decide, and the class sets how much time a customer gets.",
         "Nicht jeder Kunde verdient denselben Aufwand. Etappe schlägt eine Klasse aus dem Umsatzanteil jedes Kunden vor; "
         "Sie entscheiden, und die Klasse bestimmt, wie viel Zeit ein Kunde bekommt."},
        {"priorities.no_customers", "No customers yet. Once your customers and their revenue are entered, the ABC analysis appears here.",
         "Noch keine Kunden. Sobald Ihre Kunden mit ihrem Umsatz erfasst sind, erscheint hier die ABC-Analyse."},
        {"priorities.chart_x", "%d customers, largest revenue first", "%d Kunden, größter Umsatz zuerst"},
        {"priorities.chart_x_potential", "%d customers, largest revenue + potential first",
         "%d Kunden, größter Umsatz + Potenzial zuerst"},
        {"priorities.chart_y", "Cumulative share of revenue", "Kumulierter Umsatzanteil"},
        {"priorities.line_a", "A up to %d %%", "A bis %d %%"},
        {"priorities.line_ab", "B up to %d %%", "B bis %d %%"},
        {"priorities.hover_one", "#%d %s\n%s – together %s of revenue", "#%d %s\n%s – zusammen %s des Umsatzes"},
        {"priorities.hover_many", "Customers %d–%d\n%s – together %s of revenue", "Kunden %d–%d\n%s – zusammen %s des Umsatzes"},
        {"priorities.distribution", "Distribution of the proposal", "Verteilung des Vorschlags"},
        {"priorities.col_class", "Class", "Klasse"},
        {"priorities.col_customers", "Customers", "Kunden"},
        {"priorities.col_revenue", "Revenue", "Umsatz"},
        {"priorities.col_guideline", "Guideline", "Richtwert"},
        {"priorities.col_in_effect", "In effect", "Gültig"},
        {"priorities.guideline_value", "guideline %s", "Richtwert %s"},
        {"priorities.distribution_hint",
         "Guideline of the method: 15 % of customers bring about 65 % of revenue (A), 20 % bring 20 % (B), 65 % bring 15 % (C). "
         "\"In effect\" counts your own decisions too.",
         "Richtwert der Methode: 15 % der Kunden bringen etwa 65 % des Umsatzes (A), 20 % bringen 20 % (B), 65 % bringen 15 % (C). "
         "„Gültig“ zählt auch Ihre eigenen Entscheidungen."},
        {"priorities.deviation", "Compared with the guideline", "Im Vergleich zum Richtwert"},
        {"priorities.thresholds", "How the proposal is made", "Wie der Vorschlag entsteht"},
        {"priorities.a_share", "A: first share of revenue", "A: erster Umsatzanteil"},
        {"priorities.b_share", "B: next share of revenue", "B: nächster Umsatzanteil"},
        {"priorities.c_rest_label", "C: the rest", "C: der Rest"},
        {"priorities.include_potential", "Rank by revenue plus potential", "Nach Umsatz plus Potenzial ordnen"},
        {"priorities.thresholds_hint",
         "Customers are ranked by revenue; those making up the first share are A, the next share B, all others C. "
         "With potential included, a customer who could buy much more moves up.",
         "Die Kunden werden nach Umsatz geordnet; wer den ersten Anteil ausmacht, ist A, der nächste Anteil B, alle anderen C. "
         "Mit Potenzial rückt ein Kunde auf, der viel mehr kaufen könnte."},
        {"priorities.effort", "Effort per class", "Aufwand je Klasse"},
        {"priorities.effort_hint", "Empty fields use the method's suggestion (grey). Write your own rule to replace it.",
         "Leere Felder nutzen den Vorschlag der Methode (grau). Schreiben Sie Ihre eigene Regel, um ihn zu ersetzen."},
        {"priorities.effort.appointment", "Appointment", "Termin"},
        {"priorities.effort.preparation", "Preparation", "Vorbereitung"},
        {"priorities.effort.conversation", "Conversation length", "Gesprächsdauer"},
        {"priorities.effort.follow_up", "Follow-up", "Nachbereitung"},
        {"effort.A.appointment", "A trip of its own with a booked appointment; plan it early.",
         "Eigene Reise mit fest vereinbartem Termin; früh planen."},
        {"effort.A.preparation", "Call ahead as often as needed; prepare specific, current information on the customer.",
         "So oft wie nötig vorher anrufen; gezielte, aktuelle Informationen zum Kunden vorbereiten."},
        {"effort.A.conversation", "Take the time it needs; visit again until the business is done.",
         "Sich die nötige Zeit nehmen; wiederkommen, bis das Geschäft abgeschlossen ist."},
        {"effort.A.follow_up", "An individual written summary after every visit.",
         "Nach jedem Besuch eine persönliche schriftliche Zusammenfassung."},
        {"effort.B.appointment", "Combine with a trip to customers nearby; book the appointment.",
         "Mit einer Reise zu Kunden in der Nähe verbinden; Termin vereinbaren."},
        {"effort.B.preparation", "One call for the appointment; prepare the key facts.",
         "Ein Anruf für den Termin; die wichtigsten Fakten vorbereiten."},
        {"effort.B.conversation", "A focused visit; a second one when business is in sight.",
         "Ein gezielter Besuch; ein zweiter, wenn ein Geschäft in Sicht ist."},
        {"effort.B.follow_up", "A short written summary, from a template where it fits.",
         "Eine kurze schriftliche Zusammenfassung, wo es passt nach Vorlage."},
        {"effort.C.appointment", "Drop in when you are nearby anyway, or call instead.",
         "Vorbeischauen, wenn Sie ohnehin in der Nähe sind, oder stattdessen anrufen."},
        {"effort.C.preparation", "No separate call for an appointment; a glance at the notes is enough.",
         "Kein eigener Anruf für einen Termin; ein Blick in die Notizen genügt."},
        {"effort.C.conversation", "Short and to the point; results by phone where possible.",
         "Kurz und auf den Punkt; Ergebnisse möglichst am Telefon."},
        {"effort.C.follow_up", "A standard letter or e-mail.", "Ein Standardbrief oder eine Standard-E-Mail."},
    };
    return table;
}

}  // namespace etappe::i18n
