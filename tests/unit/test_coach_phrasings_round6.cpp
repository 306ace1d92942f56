// Sixth held-out block of the coach's agreement with a sales trainer (METHOD
// §8), 60 rows (30 German, 30 English), written before the coach was run on them
// and without reading the rule tables: what a rep types on an ordinary week —
// relative days ("kommenden Donnerstag", "übermorgen", "Freitag nächster Woche",
// "heute in einer Woche", "the day after tomorrow", "a week from today"), clock
// times ("um 9:30", "gegen 11 Uhr", "at 2 pm"), names with letters beyond German
// (ø, đ, ś, ř, ğ, ı, ä in Finnish names, č, ć), pseudo-activities whose words are
// split by a person or object ("die Beziehung zu Herrn X pflegen", "den Draht zu
// Herrn X nicht abreißen lassen", "wait for Ms X to get back to me", "stay on Ms
// X's radar"), mixtures in both orders, visits, e-mails, internal tasks and a
// goal. Today is Monday 2026-11-23.
//
// The conventions of the earlier blocks hold. Decisions where they are silent,
// taken per §8:
// - "heute in einer Woche", "a week from today", "Freitag nächster Woche" and
//   "Friday next week" name one day of the calendar: a date. "Mitte nächster
//   Woche" / "mid next week" does not (like "Mitte Dezember").
// - A day that belongs to something else in the sentence ("das Protokoll vom
//   Dienstag", "the minutes of Tuesday's meeting") is not the activity's day.
// - Waiting first and then a full activity on its own day ("Bis zum 7.12.
//   abwarten, dann am 8.12. … vorstellen") is concrete, as the full activity
//   before "und danach abwarten" was in round 5: the order does not matter.
// - "per Mail um eine Rückmeldung bitten" / "email … asking for a quick reply"
//   is §8's "ask for a call back" in another medium: pseudo. Chasing or e-mailing
//   about a named thing ("wegen der offenen Bestellung nachhaken", "chase … about
//   the outstanding order", "email … about the new delivery dates") has a "what"
//   (precedent "chase Ms Marsh for the signed purchase order"): concrete.
// - "Kontakt aufnehmen" / "reach out" is getting in touch without a what:
//   pseudo. "bei Laune halten", "im Gespräch bleiben", "Zeit zum Nachdenken
//   geben", "keep … happy", "stay on … radar", "give … time to think it over"
//   are keeping in touch or waiting: pseudo.
// - A short mail without content ("eine kurze Mail schreiben", "drop … a quick
//   line") is contact without a what, like "shoot … a quick email": no action.
// - "Termin bei Frau X am Donnerstag" / "Appointment with Ms X on Thursday"
//   names no action, like "Meeting with Mr Brown on Friday".
//
// First run, before any fix: 50 of 60 verdicts agreed (83 %), exact flags on 43
// of 60. Verdict misses: waiting before a full activity on its own day ("Bis zum
// 7.12. abwarten, dann am 8.12. … vorstellen", "Wait until 7 December, then on 8
// December present …") read as pseudo; asking for a reply by mail ("per Mail um
// eine kurze Rückmeldung bitten", "email … asking for a quick reply") and "reach
// out to the new head of procurement" read as concrete; a visit with only a
// place ("Frau Kovačević in Graz besuchen", "Visit Ms Jurić in Zagreb") read as
// concrete; "eine kurze Mail schreiben" read as concrete; the day of the object
// ("das Protokoll vom Dienstag mailen") taken as the activity's day; "put the
// contract in front of Mr Novotný for signature" found no action. Flag misses:
// "bei Laune halten", "im Gespräch bleiben", "den Draht … nicht abreißen
// lassen", "Keep … happy", "give … time to think it over" and "Raise the share of
// new customers … to 20 %" not read as pseudo (only the missing day or person
// raised); "Drop … a quick line" read as pseudo, not as no action.
// Fixed as general rules, tested on other phrasings in test_coach_reading_round6.cpp:
// waiting before "dann/then/danach" followed by a full action is that action,
// and its day and time are the action's, not the waiting's; asking for a reply
// ("um Rückmeldung/Antwort bitten", "ask for a reply/response/answer") is asking
// for a call back; pseudo families "Draht/Faden … abreißen", "im Gespräch/Dialog
// bleiben", "bei Laune/der Stange halten", "(Bedenk)zeit geben", "keep …
// happy/satisfied", "give … time to think/decide", "raise … share", a percentage
// raised in English; "drop … a line" is a contact without a what (the old pseudo
// entry contradicted "shoot … a quick email"), and so is the German "eine kurze
// Mail/Nachricht schreiben/schicken" when the clause says nothing else; where a
// visit or call happens ("in Graz", "im Werk", "at head office") is not its what;
// "new/neue/zuständige" before a person is said of the person, not of the action;
// "put" is a verb; a weekday after "vom/seit/letzten/last/since" is a past day of
// something else. Dates read more exactly on the way (the verdicts agreed
// already): "Freitag nächster Woche" / "Friday next week" is that weekday of
// next week, "heute in einer Woche" / "a week from today" seven days on.
// Now 60 of 60 verdicts and 60 of 60 flags; rounds 1–5 unchanged (all verdicts).
#include <doctest/doctest.h>

#include <vector>

#include "coach_verdicts.h"
#include "rules/activity_coach.h"

using namespace etappe;
using testing::Verdict;

namespace {

constexpr const char* kToday = testing::kVerdictDay;
using namespace testing::verdict_flags;

const std::vector<Verdict>& sixthBlock() {
    static const std::vector<Verdict> rows = {
        // German
        {"Kommenden Donnerstag um 9:30 Frau Øberg die neue Etikettiermaschine vorführen", {}},
        {"Übermorgen Herrn Đorđević das korrigierte Angebot per Mail schicken", {}},
        {"Die Beziehung zu Herrn Ölmez pflegen", {P, D}},
        {"Am 2.12. die gute Beziehung zu Frau Wiśniewska weiter pflegen", {P}},
        {"Auf die Antwort von Frau Haugen zum Rahmenvertrag warten", {P, D}},
        {"Nächsten Freitag darauf warten, dass sich Herr Rømer meldet", {P}},
        {"Am 9.12. Herrn Sánchez anrufen und dann auf sein Okay hoffen", {P}},
        {"Am Montag mit der neuen Einkäuferin Kontakt aufnehmen", {P}},
        {"Bis zum 7.12. abwarten, dann am 8.12. dem Einkaufsleiter die neue Kalkulation vorstellen", {}},
        {"Herrn Dvořák bei Laune halten", {P, D}},
        {"Mit Frau Ağaoğlu im Gespräch bleiben", {P, D}},
        {"Den Draht zu Herrn Mäkinen nicht abreißen lassen", {P, D}},
        {"Am Donnerstag Frau Brandt per Mail um eine kurze Rückmeldung bitten", {P}},
        {"Am Freitag bei Herrn Nagy wegen der offenen Bestellung nachhaken", {}},
        {"Am 4.12. Frau Kovačević in Graz besuchen", {A}},
        {"Dienstag um 14 Uhr Herrn Halvorsen in der Zentrale besuchen", {}},
        {"Am 10.12. Herrn Schäfer besuchen und ihm die neue Dosierpumpe vorführen", {}},
        {"Heute noch Herrn Aksoy eine kurze Mail schreiben", {A}},
        {"Frau Nykänen das Protokoll vom Dienstag mailen", {D}},
        {"Am Montag die Besuchsberichte der letzten Woche ins CRM eintragen", {N}},
        {"Diesen Mittwoch die Angebotsunterlagen für Frau Jovanović vorbereiten", {}},
        {"Freitag nächster Woche der Leiterin Einkauf die Jahresauswertung präsentieren", {}},
        {"Heute in einer Woche Herrn Björklund die Vertragsentwürfe übergeben", {}},
        {"Gegen 11 Uhr Frau Şahin die Lieferscheine schicken", {D}},
        {"Mitte nächster Woche mit Herrn Lehmann die Preise verhandeln", {D}},
        {"Den Neukundenanteil in Bayern auf 20 % erhöhen", {P, D, N}},
        {"Am 3.12. um 8 Uhr dem Schichtleiter die Wartungscheckliste erklären", {}},
        {"Morgen dem Kunden die Auftragsbestätigung schicken", {N}},
        {"Termin bei Frau Ilić am Donnerstag", {A}},
        {"Am Dienstag Herrn Čapek den Vertrag zur Unterschrift vorlegen", {}},
        // English
        {"Next Friday at 2 pm show Ms Ødegaard the new labelling line", {}},
        {"The day after tomorrow email Mr Wójcik the corrected quote", {}},
        {"Nurture the relationship with Mr Demirci", {P, D}},
        {"On 2 December keep building the relationship with Ms Nováková", {P}},
        {"Wait for Ms Haugland to get back to me about the framework contract", {P, D}},
        {"On Friday wait for Mr Ibáñez to confirm", {P}},
        {"On 9 December call Mr Ferreira and then hope for his go-ahead", {P}},
        {"On Monday reach out to the new head of procurement", {P}},
        {"Wait until 7 December, then on 8 December present the new calculation to the purchasing manager", {}},
        {"Keep Mr Horváth happy", {P, D}},
        {"Stay on Ms Ahlqvist's radar", {P, D}},
        {"Give Mr Virtanen some time to think it over", {P, D}},
        {"On Thursday email Ms Barton asking for a quick reply", {P}},
        {"On Friday chase Mr Farkas about the outstanding order", {}},
        {"Visit Ms Jurić in Zagreb on 4 December", {A}},
        {"Tuesday at 2 pm visit Mr Lindahl at head office", {}},
        {"On 10 December visit Mr Whitfield and demonstrate the new dosing pump to him", {}},
        {"Drop Mr Erdem a quick line today", {A}},
        {"Email Ms Laine the minutes of Tuesday's meeting", {D}},
        {"On Monday log last week's visit reports in the CRM", {N}},
        {"This Wednesday prepare the tender documents for Ms Marković", {}},
        {"Friday next week present the annual figures to the head of purchasing", {}},
        {"A week from today hand over the draft contracts to Mr Björk", {}},
        {"At around 11 am send Ms Aydın the delivery notes", {D}},
        {"On Friday email Mr Lambert about the new delivery dates", {}},
        {"Raise the share of new customers in Texas to 20 %", {P, D, N}},
        {"On 3 December at 8 am explain the maintenance checklist to the shift lead", {}},
        {"Tomorrow send the customer the order confirmation", {N}},
        {"Appointment with Ms Mihailović on Thursday", {A}},
        {"On Tuesday put the contract in front of Mr Novotný for signature", {}},
    };
    return rows;
}

}  // namespace

TEST_CASE("coach_phrasings: a sixth held-out block, 60 phrasings of an ordinary week") {
    const auto agreement = testing::compareWithTrainer(sixthBlock(), kToday);
    CHECK(agreement.rows == 60);
    CHECK(agreement.verdicts * 100 >= 97 * agreement.rows);
}
