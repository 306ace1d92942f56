// Fifth held-out block of the coach's agreement with a sales trainer (METHOD
// §8), 60 rows (30 German, 30 English), written before the rule tables were
// read, the way a trainer tests a coach in a workshop: §8's five unsuitable
// examples rephrased ("Akquise ankurbeln", "await the board's decision",
// "Auftrag annehmen", "Frau X ans Telefon bekommen", "ask Mr X to call me back")
// with and without a day and a person; §8's suitable examples with other
// objects, roles and dates; a concrete part joined to a pseudo part; and
// beginners' mistakes (a visit without a what, a goal written as an activity,
// an internal task, "dem Kunden"). Today is Monday 2026-11-23.
//
// The conventions of test_coach_phrasings.cpp and round 4 hold. Decisions where
// they are silent, taken per §8:
// - "Bestellung/Auftrag annehmen/entgegennehmen", "take/accept the order" are
//   §8's "take the order": the customer acts, the rep receives — pseudo, also
//   with a day and a person.
// - A quantity or revenue goal ("zehn neue Kunden gewinnen", "Umsatz um 10 %
//   steigern", "win five new accounts", "grow revenue by 10 %") is a goal (§7),
//   not an activity: pseudo; a company is no person.
// - A concrete part and a pseudo part in one sentence: the sentence is concrete
//   when the concrete part is a full activity on its own ("Am 3.12. Frau X das
//   Angebot vorstellen und danach ihre Entscheidung abwarten"), as a reason
//   clause after a dated action changed nothing in round 4; when the only action
//   is a bare call ("Am 3.12. Herrn X anrufen und auf seine Entscheidung
//   warten") the waiting decides: pseudo (NoConcreteAction not raised with it).
// - A visit is read like a call: concrete with a time or a what ("Mittwoch um
//   10 Uhr Frau X im Werk besuchen"), without them no concrete action ("Herrn X
//   am 3.12. besuchen", precedent "swing by", "einen Besuch abstatten").
// - Internal tasks ("Angebot im System anlegen", "do my expense report") are
//   actions with an object but name no person; preparing something for a named
//   person on a day ("die Präsentation für Herrn X vorbereiten") is concrete.
// - Calling "in regelmäßigen Abständen" / "at regular intervals" is keeping in
//   touch (repetition family of round 4): pseudo.
// - "mehrmals probieren / keep trying to reach" is "try to reach"; "schauen, ob
//   … sich entschieden hat" / "see whether … has made up his mind" is waiting.
//
// First run, before any fix: 57 of 60 verdicts agreed (95 %), exact flags on 48
// of 60. Verdict misses: "schauen, ob sich Herr X entschieden hat", and both
// mixtures of a full action followed by waiting ("… vorstellen und danach ihre
// Entscheidung abwarten", "… present the quote … and then wait …"). Flag misses:
// "um 10 % steigern", "ans Telefon bekommen", "bitten, mich zurückzurufen",
// "in regelmäßigen Abständen", "at regular intervals", "generate more leads",
// "see whether …", "the board" as a role, "Take Ms Whitmore's order". Fixed as
// general rules (a full action before "und/and" with a pseudo part after it;
// pseudo families "schauen, ob" / "see whether", "bitten, … zurückzurufen",
// "ans Telefon bekommen", regular intervals, "more leads/customers/accounts", a
// percentage raised; "board" a role); tests on other phrasings in
// test_coach_reading_round5.cpp. Now 60 of 60 verdicts, 58 of 60 flags. Left:
// "Take Ms Whitmore's order" (a person inside a fixed phrase) is not read as
// pseudo, and "the board's decision" finds no role in the possessive; both rows
// are flagged anyway, so the verdicts agree.
#include <doctest/doctest.h>

#include <vector>

#include "coach_verdicts.h"
#include "rules/activity_coach.h"

using namespace etappe;
using testing::Verdict;

namespace {

constexpr const char* kToday = testing::kVerdictDay;
using namespace testing::verdict_flags;

const std::vector<Verdict>& fifthBlock() {
    static const std::vector<Verdict> rows = {
        // German
        {"Die Akquise im Raum Stuttgart ankurbeln", {P, D, N}},
        {"Ab Januar mehr Neukunden gewinnen", {P, D, N}},
        {"Bis März zehn neue Kunden gewinnen", {P, D, N}},
        {"Umsatz bei Kessler Maschinenbau um 10 % steigern", {P, D, N}},
        {"Auf die Entscheidung des Vorstands warten", {P, D}},
        {"Am Freitag schauen, ob sich Herr Lorenz entschieden hat", {P}},
        {"Die Bestellung von Frau Wagner entgegennehmen", {P, D}},
        {"Am 9.12. den Auftrag von Herrn Ebner annehmen", {P}},
        {"Versuchen, Frau Hollmann ans Telefon zu bekommen", {P, D}},
        {"Am Dienstag mehrmals probieren, den Einkaufsleiter zu erreichen", {P}},
        {"Herrn Tiedemann bitten, mich zurückzurufen", {P, D}},
        {"Am 2.12. im Sekretariat von Frau Pohl um Rückruf bitten", {P}},
        {"Am 3.12. Herrn Zeller anrufen und auf seine Entscheidung warten", {P}},
        {"Am 3.12. Frau Gerlach das Angebot vorstellen und danach ihre Entscheidung abwarten", {}},
        {"Herrn Maurer am 3.12. besuchen", {A}},
        {"Am Mittwoch um 10 Uhr Frau Reuter im Werk besuchen", {}},
        {"Angebot im System anlegen", {D, N}},
        {"Am Montag die Reisekostenabrechnung erstellen", {N}},
        {"Am 17.12. der Leiterin Logistik die neuen Verpackungsmuster zeigen", {}},
        {"Montag, 7. Dezember: dem Energiebeauftragten die Einsparrechnung präsentieren", {}},
        {"Kommenden Freitag Herrn Ahlers drei Referenzkunden aus der Lebensmittelbranche nennen", {}},
        {"Am 11.12. Frau Dr. Kessler-Wolf zum Abschluss des Pilotprojekts gratulieren", {}},
        {"Am Dienstag dem Kunden die neue Preisliste schicken", {N}},
        {"Den Einkaufsleiter von unserem Wartungskonzept überzeugen", {D}},
        {"Nächste Woche Frau Sommerfeld mit einer Einladung zum Werksjubiläum überraschen", {D}},
        {"Am 16.12. dem Schichtleiter die Bedienung der neuen Presse vorführen", {}},
        {"Herrn Brandes in regelmäßigen Abständen anrufen", {P, D}},
        {"Am Donnerstag Herrn Jacobi wegen der Reklamation anrufen", {}},
        {"Mitte Dezember mit Frau Brück das Jahresgespräch führen", {D}},
        {"Am Freitag die Präsentation für Herrn Olsen vorbereiten", {}},
        // English
        {"Step up prospecting in the Rhine-Main area", {P, D, N}},
        {"Generate more leads from January", {P, D, N}},
        {"Win five new accounts by the end of Q1", {P, D, N}},
        {"Grow revenue at Hartley Foods by 10 %", {P, D, N}},
        {"Await the board's decision", {P, D}},
        {"On Friday see whether Mr Lawson has made up his mind", {P}},
        {"Take Ms Whitmore's order", {P, D}},
        {"On 9 December accept the order from Mr Byrne", {P}},
        {"Try to get Ms Holloway on the phone", {P, D}},
        {"On Tuesday keep trying to reach the head of purchasing", {P}},
        {"Ask Mr Tate to call me back", {P, D}},
        {"On 2 December leave a message with Ms Pryce's assistant asking for a callback", {P}},
        {"On 3 December call Mr Hale and wait for his decision", {P}},
        {"On Friday present the quote to Ms Lin and then wait for her decision", {}},
        {"Visit Mr Morton on 3 December", {A}},
        {"On Wednesday at 10 am visit Ms Reyes at her plant", {}},
        {"Create the quote in the system", {D, N}},
        {"On Monday do my expense report", {N}},
        {"On 17 December show the new packaging samples to the head of logistics", {}},
        {"Monday, 7 December: present the savings calculation to the energy manager", {}},
        {"Next Friday give Mr Ashby three reference customers from the food industry", {}},
        {"On 11 December congratulate Dr Kessler on completing the pilot", {}},
        {"On Thursday send the customer the new price list", {N}},
        {"Convince the purchasing manager of our maintenance concept", {D}},
        {"Next week surprise Ms Summers with an invitation to our anniversary", {D}},
        {"On 16 December demonstrate the new press to the shift supervisor", {}},
        {"Call Mr Brooks at regular intervals", {P, D}},
        {"On Thursday call Mr Jacobs about the complaint", {}},
        {"Mid-December hold the annual review with Ms Brook", {D}},
        {"On Friday prepare the presentation for Mr Olsen", {}},
    };
    return rows;
}

}  // namespace

TEST_CASE("coach_phrasings: a fifth held-out block, 60 workshop phrasings") {
    const auto agreement = testing::compareWithTrainer(fifthBlock(), kToday);
    CHECK(agreement.rows == 60);
    CHECK(agreement.verdicts * 100 >= 97 * agreement.rows);
}
