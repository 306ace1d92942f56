// What the coach reads since the fifth held-out block (test_coach_phrasings_round5.cpp), on phrasings not in it.
#include <doctest/doctest.h>

#include "coach_reading.h"

using namespace etappe::testing;

TEST_CASE("coach_reading_round5: a full action before 'und/and' carries a waiting part after it") {
    CHECK(concrete("Am Freitag Herrn Lenz die Muster zeigen und dann seine Rückmeldung abwarten"));
    CHECK(concrete("On 8 December walk Mr Reid through the contract and then wait for his answer"));
    CHECK(pseudo("Am Freitag Herrn Lenz anrufen und dann auf seine Rückmeldung warten"));  // a bare call
    CHECK(pseudo("On 8 December call Mr Reid and wait for his answer"));
    CHECK(pseudo("Abwarten und Frau Kern die Muster zeigen"));  // the waiting comes first
    CHECK(pseudo("Remind the buyer over and over of the offer"));
}

TEST_CASE("coach_reading_round5: more pseudo wordings") {
    CHECK(pseudo("Am Montag nachschauen, ob Frau Kern bestellt hat"));
    CHECK(pseudo("On Monday see if Ms Kern has signed"));
    CHECK(pseudo("Frau Kern bitten, sich zu melden"));
    CHECK(pseudo("Am Dienstag Herrn Ott an den Apparat kriegen"));
    CHECK(pseudo("Frau Kern in festen Abständen besuchen"));
    CHECK(pseudo("Email Ms Kern at periodic intervals"));
    CHECK(pseudo("Win more accounts in Bavaria"));
    CHECK(pseudo("Absatz bei Otto um 5 Prozent erhöhen"));
    CHECK_FALSE(pseudo("Am Freitag Frau Kern den Rabatt von 5 % erklären"));
}

TEST_CASE("coach_reading_round5: the board is a role") {
    CHECK(person("On Friday present the business case to the board"));
}
