// What the coach reads since the fourth held-out block (test_coach_phrasings_round4.cpp), on phrasings not in
// it: days and times in words, the nth weekday of a month, a reason clause in which someone else acts, nouns
// and passives of an action, a call at a time without a day, and more pseudo wordings.
#include <doctest/doctest.h>

#include <optional>
#include <set>
#include <string>

#include "rules/activity_coach.h"

using namespace etappe;
using rules::CoachFlag;

namespace {

constexpr const char* kMonday = "2026-11-23";

std::set<CoachFlag> flags(const char* text) {
    std::set<CoachFlag> out;
    for (const auto& finding : rules::reviewText(text, kMonday).findings) out.insert(finding.flag);
    return out;
}

std::optional<std::string> dateIn(const char* text) { return rules::reviewText(text, kMonday).date_in_text; }
std::optional<std::string> timeIn(const char* text) { return rules::reviewText(text, kMonday).time_in_text; }

}  // namespace

TEST_CASE("coach_reading_more: days of the month in words are dates") {
    CHECK(dateIn("Am einundzwanzigsten Dezember Frau Kern die Muster bringen") == "2026-12-21");
    CHECK(dateIn("Am dritten Januar Herrn Ott das Angebot erklären") == "2027-01-03");
    CHECK(dateIn("Send Mr Lee the quote on the second of December") == "2026-12-02");
    CHECK(dateIn("January the 7th: walk Ms Hale through the contract") == "2027-01-07");
    CHECK(dateIn("On the ninth, send Mr Lee the drawings") == "2026-12-09");  // a day of the month alone
    CHECK(dateIn("On the second visit show Mr Lee the spare parts") == std::nullopt);
    CHECK(dateIn("Den ersten Entwurf an Frau Kern schicken") == std::nullopt);
}

TEST_CASE("coach_reading_more: the nth or last weekday of a month is one day") {
    CHECK(dateIn("Am zweiten Dienstag im Dezember Frau Kern die Anlage zeigen") == "2026-12-08");
    CHECK(dateIn("On the last Friday of December thank Mr Lee for the order") == "2026-12-25");
    CHECK(dateIn("Am ersten Montag im November Herrn Ott anrufen") == "2027-11-01");  // this year's has passed
    CHECK(dateIn("Am dritten Donnerstag im Januar Frau Kern die Preise erklären") == "2027-01-21");
}

TEST_CASE("coach_reading_more: times of day in words") {
    CHECK(timeIn("Am 3.12. um halb zehn Frau Kern anrufen") == "09:30");
    CHECK(timeIn("Am 3.12. um halb eins Frau Kern anrufen") == "12:30");
    CHECK(timeIn("Am 3.12. viertel nach drei Frau Kern anrufen") == "15:15");  // one to six: the afternoon
    CHECK(timeIn("Am 3.12. um viertel vor vier Frau Kern anrufen") == "15:45");
    CHECK(timeIn("Am 3.12. um dreiviertel neun Frau Kern anrufen") == "08:45");
    CHECK(timeIn("Am 3.12. um zehn Uhr Frau Kern anrufen") == "10:00");
    CHECK(timeIn("On Friday at half past eight call Mr Lee") == "08:30");
    CHECK(timeIn("On Friday at a quarter to five call Mr Lee") == "16:45");
    CHECK(timeIn("On Friday at noon call Mr Lee") == "12:00");
    CHECK(flags("On Friday at noon call Mr Lee").empty());  // a call at a set time
    CHECK(timeIn("Am 3.12. die halbe Anlage zeigen") == std::nullopt);
}

TEST_CASE("coach_reading_more: a call at a set time without a day misses only the day") {
    CHECK(flags("Um halb elf Frau Kern anrufen") == std::set<CoachFlag>{CoachFlag::MissingDate});
    CHECK(flags("At 3 pm phone Mr Lee") == std::set<CoachFlag>{CoachFlag::MissingDate});
    CHECK(flags("Frau Kern anrufen") == std::set<CoachFlag>{CoachFlag::MissingDate, CoachFlag::NoConcreteAction});
}

TEST_CASE("coach_reading_more: a reason clause in which someone else acts is not the activity") {
    CHECK(flags("Frau Kern die Zeichnung schicken, damit sie am Montag freigeben kann") ==
          std::set<CoachFlag>{CoachFlag::MissingDate});
    CHECK(flags("Send Mr Lee the drawings so that he can sign on Friday") ==
          std::set<CoachFlag>{CoachFlag::MissingDate});
    CHECK(flags("Show the buyer the test report so procurement can order by Thursday") ==
          std::set<CoachFlag>{CoachFlag::MissingDate});
    CHECK(flags("Am 3.12. Herrn Kern die Referenzen zeigen, damit wir nicht länger auf seine Zusage warten").empty());
    CHECK(flags("On Friday send Ms Hale the quote so she does not have to wait for it").empty());
    CHECK(dateIn("Am Montag Frau Kern das Muster schicken, damit sie es bis Freitag testet") == "2026-11-30");
    // receiving what the rep sends: the clause's day is the rep's deadline
    CHECK(dateIn("Frau Kern das Angebot schicken, damit sie es bis Freitag hat") == "2026-11-27");
    CHECK(dateIn("Send Mr Lee the quote so that he receives it by Friday") == "2026-11-27");
    // the person may be named in the reason clause only
    CHECK(rules::reviewText("Am 3.12. die Kalkulation fertigstellen, damit Herr Kern sie prüfen kann", kMonday)
              .person_in_text.has_value());
}

TEST_CASE("coach_reading_more: nouns and passives of an action are actions") {
    CHECK(flags("Am 3.12. Übergabe der Zertifikate an Herrn Kern").empty());
    CHECK(flags("Delivery of the spare parts to Mr Lee on Friday").empty());
    CHECK(flags("On Friday the signed offer is to be sent to Mr Lee").empty());
    CHECK(flags("On Friday the samples must be shipped to Ms Hale").empty());
    CHECK(flags("On Friday Mr Lee must be convinced").count(CoachFlag::NoConcreteAction) == 0);
    CHECK(flags("On Friday Mr Lee must be involved").count(CoachFlag::NoConcreteAction) == 1);
}

TEST_CASE("coach_reading_more: repetition without a day and an aim of 'the next level' are pseudo") {
    const auto pseudo = [](const char* text) {
        return rules::reviewText(text, kMonday).has(CoachFlag::PseudoActivity);
    };
    CHECK(pseudo("Frau Kern immer wieder an die Messe erinnern"));
    CHECK(pseudo("Keep asking Mr Lee about the tender"));
    CHECK(pseudo("Remind the buyer over and over of the offer"));
    CHECK(pseudo("Die Partnerschaft mit Herrn Kern auf das nächste Level bringen"));
    CHECK(pseudo("Take the account with Mr Lee to a higher level"));
    CHECK_FALSE(pseudo("On Friday show Mr Lee the new level sensor"));
    CHECK_FALSE(pseudo("Am 3.12. Frau Kern das neue Niveau der Preise erklären"));
}
