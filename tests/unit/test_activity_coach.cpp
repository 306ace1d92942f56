// The activity coach (METHOD §8): concrete activities pass, pseudo-activities
// and activities without date, person or action are flagged. Rows are written
// by hand; today is 2026-11-23 throughout.
#include <doctest/doctest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "dates/iso_date.h"
#include "i18n/translator.h"
#include "rules/activity_coach.h"

using namespace etappe;
using rules::CoachFlag;

namespace {

constexpr const char* kToday = "2026-11-23";

constexpr CoachFlag P = CoachFlag::PseudoActivity;
constexpr CoachFlag D = CoachFlag::MissingDate;
constexpr CoachFlag N = CoachFlag::MissingPerson;
constexpr CoachFlag A = CoachFlag::NoConcreteAction;
constexpr CoachFlag Past = CoachFlag::PastDatePlanned;
constexpr CoachFlag Conflict = CoachFlag::FieldConflict;

std::set<CoachFlag> flagsOf(const rules::CoachVerdict& verdict) {
    std::set<CoachFlag> flags;
    for (const auto& finding : verdict.findings) flags.insert(finding.flag);
    return flags;
}

std::string describe(const std::set<CoachFlag>& flags) {
    std::string out;
    for (const CoachFlag flag : flags) out += std::string(rules::coachFlagKey(flag)) + " ";
    return out.empty() ? "concrete" : out;
}

struct Row {
    const char* text;
    std::set<CoachFlag> flags;
};

void checkRows(const std::vector<Row>& rows) {
    for (const Row& row : rows) {
        INFO("text: " << std::string(row.text));
        const auto verdict = rules::reviewText(row.text, kToday);
        CHECK(describe(flagsOf(verdict)) == describe(row.flags));
        CHECK(verdict.concrete() == row.flags.empty());
    }
}

model::Portfolio portfolioWithContact() {
    model::Portfolio p;
    model::Customer c;
    c.id = 1;
    c.name = "Gerens Antriebe";
    c.contacts.push_back(model::Contact{2, "Anna Gerens", "Einkaufsleiterin", "", ""});
    p.customers.push_back(c);
    p.next_id = 3;
    return p;
}

model::Activity structured(const std::string& date, const std::string& action) {
    model::Activity a;
    a.id = 10;
    a.date = date;
    a.customer_id = 1;
    a.contact_id = 2;
    a.action = action;
    return a;
}

}  // namespace

TEST_CASE("activity_coach: concrete activities in both languages pass") {
    checkRows({
        {"On 23 November present the concept to Ms Gerens", {}},
        {"Am 23.11. Frau Gerens das Konzept präsentieren", {}},
        {"Am 18.06. Herrn Demir das Angebot für Linie 4 erklären", {}},
        {"On 14 May show Ms Novak, head of purchasing, the new gear motor", {}},
        {"Am 2. Dezember den Produktionsleiter von unserem Vorschlag überzeugen", {}},
        {"On 10 December show Ms Porens my appreciation at a joint dinner", {}},
        {"Am 25.12. Frau Scharens mit dem Geschenk überraschen", {}},
        {"On 15 November present the newest technology to the plant manager", {}},  // no status: no past flag
        {"Am 2.12. Herrn Demir die Bestellung der 40 Motoren bestätigen", {}},
        {"May 14, 2027: send Mr Weber the revised quote for line 2", {}},
        {"Am 3. Dez. dem Einkaufsleiter die Kalkulation vorlegen", {}},
        {"18.6.2027 der Werkleiterin Frau Dr. Brandt die Anlage in Halle 3 vorführen", {}},
        {"2026-12-07 demonstrate the test rig to the production manager", {}},
        {"On 2nd December invite Mr Keller to the open house", {}},
        {"Am 4. Januar mit der Geschäftsführerin den Rahmenvertrag verhandeln", {}},
        {"On 9 Dec agree the delivery schedule with the buyer", {}},
        {"Am 30.11. bei Frau Yilmaz zum Angebot vom 12.11. nachfassen", {}},  // follow-up with a "what"
        {"Am 1.12. bei Herrn Kraus die Anlage warten", {}},                   // servicing, not waiting
        {"On 3 December call Ms Lang to confirm the installation date", {}},
        {"Am 07.12.2026 dem Vorstand die Investitionsrechnung erläutern", {}},
        {"On 16 Dec train the engineers on the new control software", {}},
        {"Am 10.12. Herrn Brückner das Muster überreichen", {}},
        {"Am 5. März Frau Özdemir die Referenzanlage zeigen", {}},
        {"the 14th of December: explain the service contract to the managing director", {}},
        {"Bis 5.12. Angebot an Frau Kurz schicken", {}},
        {"Am 4.12. um 10:00 Uhr Herrn Maier die Anlage zeigen", {}},
        {"On 4 December get Mr Vogt's signature on the order", {}},
        {"Morgen Frau Vogel das Angebot erklären", {}},
        {"Tomorrow explain the offer to Ms Vogel", {}},
    });
}

TEST_CASE("activity_coach: pseudo-activities and vague phrasings are flagged") {
    checkRows({
        {"Auf Entscheidung warten", {P, D, N}},
        {"auf die Entscheidung warten", {P, D, N}},
        {"follow up", {P, D, N}},
        {"Try to reach Mr Weber", {P, D}},
        {"Um Rückruf bitten", {P, D, N}},
        {"Akquisition erhöhen", {P, D, N}},
        {"Bestellung annehmen", {P, D, N}},
        {"Ansprechpartner zu erreichen versuchen", {P, D, N}},
        {"Versuchen, Herrn Kaya zu erreichen", {P, D}},
        {"Probieren, Herrn Kaya anzurufen", {P, D}},
        {"Increase acquisition", {P, D, N}},
        {"Wait for the decision", {P, D, N}},
        {"Take the order", {P, D, N}},
        {"Ask for a call back", {P, D, N}},
        {"Am 4.12. bei Herrn Weber nachfassen", {P}},
        {"On 4 December follow up with Mr Weber", {P}},
        {"Keep in touch with the plant manager", {P, D}},
        {"Mit Frau Lenz in Kontakt bleiben", {P, D}},
        {"Kontakt zu Herrn Stein pflegen", {P, D}},
        {"Mehr Umsatz machen", {P, D, N}},
        {"Increase sales with Müller GmbH", {P, D, N}},
        {"Push sales in the north", {P, D, N}},
        {"Projekt beobachten", {P, D, N}},
        {"Keep an eye on the tender", {P, D, N}},
        {"Sich mal wieder melden", {P, D, N}},
        {"Touch base with Mr Ito on 5 December", {P}},
        {"Wait and see", {P, D, N}},
        {"Abwarten", {P, D, N}},
        {"Nachfassen", {P, D, N}},
        {"Check in with the buyer", {P, D}},
        {"Get the order from Mr Adler on 8 Dec", {P}},
        {"Monitor the competitor's prices", {P, D, N}},
        {"Den Geschäftsführer um Rückruf bitten", {P, D}},
        {"Maintain the relationship with Ms Roth", {P, D}},
        {"Am 4.12. Auftrag von Herrn Vogt holen", {P}},
        {"Kaltakquise intensivieren", {P, D, N}},
        {"Neue Kunden gewinnen", {P, D, N}},
        {"Win new customers", {P, D, N}},
        {"Herrn Maier erreichen", {P, D}},
        {"Wait for Mr Vogt's call", {P, D}},
    });
}

TEST_CASE("activity_coach: a missing date, person or action is flagged") {
    checkRows({
        {"Kunde anrufen", {D, N}},
        {"Am 3.3. Meeting", {N, A}},
        {"Herrn Kaya anrufen", {D, A}},  // call about what?
        {"Meeting", {D, N, A}},
        {"", {D, N, A}},
        {"Angebot", {D, N, A}},
        {"Am 5.12. Präsentation bei Frau Hahn", {A}},
        {"On 5 December lunch with Ms Hahn", {A}},
        {"Am 12.12. mit dem Einkauf", {A}},
        {"Im Dezember Herrn Roth das Angebot erklären", {D}},  // a month is not a day
        {"Next week present the concept to Ms Gerens", {D}},
        {"Am 1.12. das neue Prospekt verschicken", {N}},
        {"On 8 December send the brochure", {N}},
    });
}

TEST_CASE("activity_coach: dates and persons are read from the text") {
    struct Case {
        const char* text;
        std::optional<std::string> date;
        std::optional<std::string> person;
    };
    const Case cases[] = {
        {"Am 18.06. Herrn Demir das Angebot erklären", "2027-06-18", "Herrn Demir"},  // June has passed: next June
        {"Am 23.11. Frau Gerens das Konzept präsentieren", "2026-11-23", "Frau Gerens"},
        {"Am 24.10. Frau Gerens anrufen", "2026-10-24", "Frau Gerens"},  // 30 days ago: still this year
        {"Am 23.10. Frau Gerens anrufen", "2027-10-23", "Frau Gerens"},  // 31 days ago: next year
        {"Am 3. Dez. den Einkaufsleiter anrufen", "2026-12-03", "Einkaufsleiter"},
        {"18.6.2026 Ms Novak", "2026-06-18", "Ms Novak"},
        {"On 14 May 2026 show Mr. Lee the drive", "2026-05-14", "Mr. Lee"},
        {"May 14 present to the CEO", "2027-05-14", "CEO"},
        {"2026-06-18 Dr Brandt", "2026-06-18", "Dr Brandt"},
        {"23/11/2026 Frau Dr. Meier", "2026-11-23", "Frau Dr. Meier"},
        {"on 2 December the head of purchasing", "2026-12-02", "head of purchasing"},
        {"Am 29.02. den Inhaber besuchen", "2028-02-29", "Inhaber"},
        {"am 1. Mai die Prokuristin einladen", "2027-05-01", "Prokuristin"},
        {"on 1st March the decision maker", "2027-03-01", "decision maker"},
        {"Motor mit 12.5 kW anbieten", std::nullopt, std::nullopt},
        {"Linie 4 um 14:30 besprechen", std::nullopt, std::nullopt},
        {"Kunde Müller anrufen", std::nullopt, std::nullopt},
        {"Morgen Herrn Vogt's Team schulen", "2026-11-24", "Herrn Vogt"},
        {"Am Morgen Herrn Vogt anrufen", std::nullopt, "Herrn Vogt"},  // a time of day, not a date
    };
    for (const Case& c : cases) {
        INFO("text: " << std::string(c.text));
        const auto verdict = rules::reviewText(c.text, kToday);
        CHECK(verdict.date_in_text == c.date);
        CHECK(verdict.person_in_text == c.person);
    }
}

TEST_CASE("activity_coach: the pseudo phrase found is named") {
    const auto verdict = rules::reviewText("Auf die Entscheidung warten", kToday);
    REQUIRE(verdict.has(P));
    CHECK(verdict.findings.front().matched == "Auf die Entscheidung warten");
    CHECK(rules::reviewText("Try to reach Mr Weber", kToday).findings.front().matched == "Try to reach");
    CHECK(rules::reviewText("Bestellung annehmen.", kToday).findings.front().matched == "Bestellung annehmen");
}

TEST_CASE("activity_coach: a structured activity uses the form's date and contact") {
    const model::Portfolio portfolio = portfolioWithContact();
    model::Activity a = structured("2026-11-30", "das Konzept präsentieren");
    CHECK(rules::reviewActivity(a, &portfolio, kToday).concrete());
    CHECK(rules::reviewActivity(a, nullptr, kToday).concrete());  // a set contact is trusted without a portfolio

    a.contact_id = 99;  // not a contact of this customer
    CHECK(flagsOf(rules::reviewActivity(a, &portfolio, kToday)) == std::set<CoachFlag>{N});
    a.contact_id = 2;
    a.date.clear();
    CHECK(flagsOf(rules::reviewActivity(a, &portfolio, kToday)) == std::set<CoachFlag>{D});
    a.action = "Am 30.11. das Konzept präsentieren";  // the date may come from the text instead
    CHECK(rules::reviewActivity(a, &portfolio, kToday).concrete());
    a.action = "Auf Entscheidung warten";
    CHECK(flagsOf(rules::reviewActivity(a, &portfolio, kToday)) == std::set<CoachFlag>{P, D});
}

TEST_CASE("activity_coach: a past date is flagged only while the activity is planned") {
    const model::Portfolio portfolio = portfolioWithContact();
    model::Activity a = structured("2026-11-20", "das Konzept präsentieren");
    CHECK(flagsOf(rules::reviewActivity(a, &portfolio, kToday)) == std::set<CoachFlag>{Past});
    a.status = model::ActivityStatus::Done;
    CHECK(rules::reviewActivity(a, &portfolio, kToday).concrete());
    a.status = model::ActivityStatus::Cancelled;
    CHECK(rules::reviewActivity(a, &portfolio, kToday).concrete());

    a.status = model::ActivityStatus::Planned;
    a.date = kToday;  // today is not past
    CHECK(rules::reviewActivity(a, &portfolio, kToday).concrete());

    a.date.clear();  // a past date read from the text counts as well
    a.action = "Am 20.11. das Konzept präsentieren";
    const auto verdict = rules::reviewActivity(a, &portfolio, kToday);
    CHECK(verdict.date_in_text == "2026-11-20");
    CHECK(flagsOf(verdict) == std::set<CoachFlag>{Past});
}

TEST_CASE("activity_coach: every flag has why, how and an example in both languages") {
    const CoachFlag all[] = {P, D, N, Past, A, Conflict};
    for (const auto language : {i18n::Language::English, i18n::Language::German}) {
        const i18n::Translator tr(language);
        for (const CoachFlag flag : all) {
            for (const char* part : {".why", ".how", ".example"}) {
                const std::string key = "coach." + std::string(rules::coachFlagKey(flag)) + part;
                INFO(key);
                CHECK(std::string(tr.text(key)) != "[missing text]");
            }
        }
        CHECK(std::string(tr.text("coach.verdict.concrete")) != "[missing text]");
        CHECK(std::string(tr.text("coach.verdict.flagged")) != "[missing text]");
    }
}

TEST_CASE("activity_coach: the examples in the texts are concrete and name a coming day, whatever today is") {
    // Examples once named fixed days ("On 15 November …"), which lay in the past
    // for most of the year. Every weekday of a year, in both languages.
    const CoachFlag all[] = {P, D, N, Past, A, Conflict};
    for (const auto language : {i18n::Language::English, i18n::Language::German}) {
        const i18n::Translator tr(language);
        for (const CoachFlag flag : all) {
            const std::string example = tr.text("coach." + std::string(rules::coachFlagKey(flag)) + ".example");
            for (int day = 0; day < 371; day += 3) {
                const std::string today = dates::addDays(kToday, day);
                INFO(example << " on " << today);
                const auto verdict = rules::reviewText(example, today);
                CHECK(describe(flagsOf(verdict)) == "concrete");
                REQUIRE(verdict.date_in_text.has_value());
                const auto ahead = dates::daysBetween(today, *verdict.date_in_text);
                CHECK((ahead && *ahead >= 0 && *ahead <= 14));
            }
        }
    }
}
