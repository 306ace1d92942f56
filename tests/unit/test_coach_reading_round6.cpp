// What the coach reads since the sixth held-out block (test_coach_phrasings_round6.cpp), on phrasings not in it.
#include <doctest/doctest.h>

#include "coach_reading.h"

using namespace etappe::testing;

TEST_CASE("coach_reading_round6: waiting first, then a full action on its own day, is that action") {
    CHECK(concrete("Bis Mittwoch abwarten, dann am Donnerstag Frau Kern die Muster zeigen"));
    CHECK(dayOf("Bis Mittwoch abwarten, dann am Donnerstag Frau Kern die Muster zeigen") == "2026-11-26");
    CHECK(concrete("Hold off until Friday, then on Monday walk Mr Reid through the contract"));
    CHECK(dayOf("Hold off until Friday, then on Monday walk Mr Reid through the contract") == "2026-11-30");
    // the day of the waiting is not the action's
    CHECK(noDay("Bis Mittwoch abwarten, dann Frau Kern das Angebot erläutern"));
    CHECK_FALSE(pseudo("Bis Mittwoch abwarten, dann Frau Kern das Angebot erläutern"));
    CHECK(pseudo("Let things settle, then get in touch with Ms Kern"));  // no full action after "then"
}

TEST_CASE("coach_reading_round6: more pseudo wordings") {
    CHECK(pseudo("Am Freitag Frau Kern per E-Mail um eine Antwort bitten"));
    CHECK(pseudo("On Friday ask Mr Reid for a response"));
    CHECK_FALSE(pseudo("On Friday ask Mr Reid for his decision"));
    CHECK(pseudo("Herrn Ott bei der Stange halten"));
    CHECK(pseudo("Mit der Einkäuferin im Dialog bleiben"));
    CHECK(pseudo("Den Faden zu Frau Kern nicht abreißen lassen"));
    CHECK(pseudo("Frau Kern Bedenkzeit geben"));
    CHECK(pseudo("Keep the plant manager satisfied"));
    CHECK(pseudo("Give the buyer time to decide"));
    CHECK(pseudo("Lift service renewals at Otto to 90 %"));
}

TEST_CASE("coach_reading_round6: a contact without a what is no action, also by mail and at a place") {
    CHECK(noAction("Morgen Frau Kern eine kurze Nachricht schicken"));
    CHECK(concrete("Morgen Frau Kern eine Nachricht mit den neuen Preisen schicken"));
    CHECK(noAction("On Friday drop Ms Kern a line"));
    CHECK_FALSE(pseudo("On Friday drop Ms Kern a line"));
    CHECK(noAction("Am Freitag Herrn Ott in seinem Büro in Linz besuchen"));
    CHECK(noAction("On Friday meet Ms Kern at the trade fair"));
    CHECK(concrete("Am Freitag um 9 Uhr Herrn Ott in Linz besuchen"));  // a set time makes it an appointment
    CHECK(concrete("Am Freitag Herrn Ott in Linz besuchen und die Ersatzteile übergeben"));
    CHECK(noAction("On Monday call the new buyer"));  // "new" is said of the buyer, not of the call
    CHECK(pseudo("Reach out to the new plant manager"));
    CHECK(concrete("On Friday put the contract in front of Mr Reid"));  // "put" as the verb
}

TEST_CASE("coach_reading_round6: days counted in weeks, and past days that belong to something else") {
    CHECK(dayOf("Freitag nächster Woche Frau Kern die Muster zeigen") == "2026-12-04");
    CHECK(dayOf("Di nächste Woche Frau Kern die Muster zeigen") == "2026-12-01");
    CHECK(dayOf("Thursday next week show Ms Kern the samples") == "2026-12-03");
    CHECK(dayOf("Heute in zwei Wochen Frau Kern die Muster zeigen") == "2026-12-07");
    CHECK(dayOf("Morgen in einer Woche Frau Kern die Muster zeigen") == "2026-12-01");
    CHECK(dayOf("A week from tomorrow show Ms Kern the samples") == "2026-12-01");
    CHECK(noDay("Herrn Ott die Notizen vom Montag schicken"));
    CHECK(noDay("Send Mr Ott the notes from last Friday"));
    CHECK(dayOf("Am Mittwoch Herrn Ott die Notizen vom Montag schicken") == "2026-11-25");
    CHECK(dayOf("On the last Friday of December show Ms Kern the samples") == "2026-12-25");
}
