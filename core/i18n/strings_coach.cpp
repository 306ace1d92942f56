// Texts of the activity coach (core/rules/activity_coach.h), English and German.
// Per flag: why it is a problem ("why" is a printf format; only the pseudo
// phrase or the conflicting date is passed in, as %s), how to rephrase, and one
// concrete example. Examples name days relative to today ("next Thursday"), so
// they never point into the past; the coach reads them as dates.
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
        {"coach.pseudo_activity.example", "Next Thursday go through the payback calculation with Mr Demir",
         "Kommenden Donnerstag mit Herrn Demir die Amortisationsrechnung durchgehen"},

        {"coach.missing_date.why", "No date: an activity without a day slips from one week to the next.",
         "Kein Datum: Eine Aktivität ohne Tag rutscht von einer Woche in die nächste."},
        {"coach.missing_date.how",
         "Set the day in the date field or write it into the sentence, such as \u201Con %s\u201D or "
         "\u201Cnext Thursday\u201D. A week (\u201Cnext week\u201D) is not a day.",
         "Tragen Sie den Tag im Datumsfeld ein oder schreiben Sie ihn in den Satz, etwa \u201Eam %s\u201C "
         "oder \u201Ekommenden Donnerstag\u201C. Eine Woche (\u201Enächste Woche\u201C) ist kein Tag."},
        {"coach.missing_date.example", "On Tuesday present the concept to Ms Gerens",
         "Am Dienstag Frau Gerens das Konzept präsentieren"},

        {"coach.missing_person.why",
         "No person: companies do not decide, people do. It stays open whom you want to win over.",
         "Keine Person: Nicht Firmen entscheiden, sondern Menschen. Offen bleibt, wen Sie gewinnen wollen."},
        {"coach.missing_person.how",
         "Pick a contact of the customer, or name the person or role in the sentence: \u201CMs Novak\u201D, "
         "\u201Cthe plant manager\u201D.",
         "Wählen Sie einen Ansprechpartner des Kunden oder nennen Sie Person oder Funktion im Satz: "
         "\u201EFrau Novak\u201C, \u201Eden Werkleiter\u201C."},
        {"coach.missing_person.example", "On Wednesday present the newest technology to the plant manager",
         "Am Mittwoch dem Werkleiter die neueste Technik vorstellen"},

        {"coach.past_date_planned.why", "The day has passed, but the activity is still marked as planned.",
         "Der Tag ist vorbei, die Aktivität steht aber noch auf \u201Egeplant\u201C."},
        {"coach.past_date_planned.how",
         "If it happened, mark it done and note what came of it. If not, give it a new date.",
         "Wenn sie stattgefunden hat, haken Sie sie ab und notieren Sie das Ergebnis. Wenn nicht, geben Sie ihr "
         "ein neues Datum."},
        {"coach.past_date_planned.example", "Next Friday show Ms Porens my appreciation at a joint dinner",
         "Nächsten Freitag Frau Porens bei einem gemeinsamen Abendessen meine Wertschätzung zeigen"},

        {"coach.no_concrete_action.why", "It does not say what you will do: a verb with an object is missing.",
         "Es fehlt, was Sie tun werden: ein Verb mit einem Gegenstand."},
        {"coach.no_concrete_action.how",
         "Put the action as verb plus object: present the concept, explain the offer, confirm the delivery date.",
         "Schreiben Sie die Handlung als Verb mit Gegenstand: das Konzept präsentieren, das Angebot erklären, "
         "den Liefertermin bestätigen."},
        {"coach.no_concrete_action.example", "On Monday surprise Ms Scharens with the gift",
         "Am Montag Frau Scharens mit dem Geschenk überraschen"},

        {"coach.field_conflict.why",
         "The sentence says \u201C%s\u201D, but the date or time field says otherwise – your calendar and your note "
         "disagree.",
         "Im Satz steht \u201E%s\u201C, im Datums- oder Zeitfeld aber etwas anderes – Kalender und Notiz "
         "widersprechen sich."},
        {"coach.field_conflict.how",
         "Decide which one holds, then correct the sentence or the field so both name the same day and time.",
         "Entscheiden Sie, was gilt, und korrigieren Sie den Satz oder das Feld, sodass beide denselben Tag und "
         "dieselbe Uhrzeit nennen."},
        {"coach.field_conflict.example", "On Thursday at 10:00 explain the service offer to Ms Berger",
         "Am Donnerstag um 10:00 Frau Berger das Serviceangebot erklären"},
    };
    return table;
}

}  // namespace etappe::i18n
