// Texts of the activity coach (core/rules/activity_coach.h), English and German.
// Per flag: why it is a problem ("why" is a printf format; only the pseudo
// phrase is passed in, as %s), how to rephrase, and one concrete example.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& coachStrings() {
    static const std::vector<StringEntry> table = {
        {"coach.verdict.concrete", "Concrete: date, person and action are clear.",
         "Konkret: Datum, Person und Handlung sind klar."},
        {"coach.verdict.flagged", "Not concrete yet:", "Noch nicht konkret:"},

        {"coach.pseudo_activity.why",
         "\u201C%s\u201D describes a hope or a state, not a step you take yourself – afterwards nobody can tell "
         "whether it was done.",
         "\u201E%s\u201C beschreibt eine Hoffnung oder einen Zustand, keinen Schritt, den Sie selbst gehen – "
         "hinterher lässt sich nicht prüfen, ob er erledigt ist."},
        {"coach.pseudo_activity.how",
         "Write what you will do yourself, with whom and on which day: an action with an object that moves the "
         "customer one step on.",
         "Schreiben Sie, was Sie selbst tun, mit wem und an welchem Tag: eine Handlung mit Gegenstand, die den "
         "Kunden einen Schritt weiterbringt."},
        {"coach.pseudo_activity.example", "On 4 December go through the payback calculation with Mr Demir",
         "Am 4. Dezember mit Herrn Demir die Amortisationsrechnung durchgehen"},

        {"coach.missing_date.why", "No date: an activity without a day slips from one week to the next.",
         "Kein Datum: Eine Aktivität ohne Tag rutscht von einer Woche in die nächste."},
        {"coach.missing_date.how",
         "Set the day in the date field or write it into the sentence, such as \u201Con 14 May\u201D or "
         "\u201Cam 18.06.\u201D.",
         "Tragen Sie den Tag im Datumsfeld ein oder schreiben Sie ihn in den Satz, etwa \u201Eam 18.06.\u201C "
         "oder \u201Eam 3. Dezember\u201C."},
        {"coach.missing_date.example", "On 23 November present the concept to Ms Gerens",
         "Am 23. November Frau Gerens das Konzept präsentieren"},

        {"coach.missing_person.why",
         "No person: companies do not decide, people do. It stays open whom you want to win over.",
         "Keine Person: Nicht Firmen entscheiden, sondern Menschen. Offen bleibt, wen Sie gewinnen wollen."},
        {"coach.missing_person.how",
         "Pick a contact of the customer, or name the person or role in the sentence: \u201CMs Novak\u201D, "
         "\u201Cthe plant manager\u201D.",
         "Wählen Sie einen Ansprechpartner des Kunden oder nennen Sie Person oder Funktion im Satz: "
         "\u201EFrau Novak\u201C, \u201Eden Werkleiter\u201C."},
        {"coach.missing_person.example", "On 15 November present the newest technology to the plant manager",
         "Am 15. November dem Werkleiter die neueste Technik vorstellen"},

        {"coach.past_date_planned.why", "The day has passed, but the activity is still marked as planned.",
         "Der Tag ist vorbei, die Aktivität steht aber noch auf \u201Egeplant\u201C."},
        {"coach.past_date_planned.how",
         "If it happened, mark it done and note what came of it. If not, give it a new date.",
         "Wenn sie stattgefunden hat, haken Sie sie ab und notieren Sie das Ergebnis. Wenn nicht, geben Sie ihr "
         "ein neues Datum."},
        {"coach.past_date_planned.example", "On 10 December show Ms Porens my appreciation at a joint dinner",
         "Am 10. Dezember Frau Porens bei einem gemeinsamen Abendessen meine Wertschätzung zeigen"},

        {"coach.no_concrete_action.why", "It does not say what you will do: a verb with an object is missing.",
         "Es fehlt, was Sie tun werden: ein Verb mit einem Gegenstand."},
        {"coach.no_concrete_action.how",
         "Put the action as verb plus object: present the concept, explain the offer, confirm the delivery date.",
         "Schreiben Sie die Handlung als Verb mit Gegenstand: das Konzept präsentieren, das Angebot erklären, "
         "den Liefertermin bestätigen."},
        {"coach.no_concrete_action.example", "On 25 December surprise Ms Scharens with the gift",
         "Am 25. Dezember Frau Scharens mit dem Geschenk überraschen"},
    };
    return table;
}

}  // namespace etappe::i18n
