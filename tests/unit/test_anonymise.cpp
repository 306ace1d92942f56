// Anonymising a portfolio for the projector (issue 12, item 1).
#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <utility>

#include "method/plan_fields.h"
#include "rules/anonymise.h"
#include "storage/portfolio_file.h"

using namespace etappe;

namespace {

model::Portfolio sample() {
    auto loaded = storage::loadPortfolioFile(ETAPPE_ASSETS_DIR "/sample/sample.etappe");
    REQUIRE(loaded.ok());
    return std::move(*loaded.portfolio);
}

// Every string of the portfolio that is shown somewhere.
std::string allText(const model::Portfolio& p) {
    std::string text;
    for (const auto& c : p.customers) {
        text += c.name + "\n" + c.city + "\n" + c.notes + "\n";
        for (const auto& plan : c.plans) text += plan.place + "\n" + plan.goal + "\n";
        for (const auto& k : c.knowledge) text += k.note + "\n";
        for (const auto& contact : c.contacts) text += contact.name + "\n" + contact.role + "\n" + contact.email + "\n";
        for (const auto& plan : c.plans) method::forEachText(plan, [&](const std::string& t) { text += t + "\n"; });
    }
    for (const auto& a : p.activities) text += a.action + "\n" + a.outcome + "\n";
    for (const auto& e : p.exercises) text += e.title + "\n" + e.instruction + "\n";
    for (const auto& o : p.observations) {
        text += o.observer + "\n";
        for (const auto& note : o.notes) text += note + "\n";
    }
    return text + p.title + "\n";
}

}  // namespace

TEST_CASE("stand-ins: numbers for companies, letters for people, in the language") {
    CHECK(rules::customerStandIn(1, i18n::Language::English) == "Customer 1");
    CHECK(rules::customerStandIn(12, i18n::Language::German) == "Kunde 12");
    CHECK(rules::standInLetters(0) == "A");
    CHECK(rules::standInLetters(25) == "Z");
    CHECK(rules::standInLetters(26) == "AA");
    CHECK(rules::standInLetters(27) == "AB");
    CHECK(rules::contactStandIn(rules::Salutation::Female, 0, i18n::Language::German) == "Frau A.");
    CHECK(rules::contactStandIn(rules::Salutation::Female, 0, i18n::Language::English) == "Ms A.");
    CHECK(rules::contactStandIn(rules::Salutation::Male, 1, i18n::Language::German) == "Herr B.");
    CHECK(rules::contactStandIn(rules::Salutation::Unknown, 2, i18n::Language::English) == "Contact C.");
    CHECK(rules::contactStandIn(rules::Salutation::Unknown, 2, i18n::Language::German) == "Kontakt C.");
    CHECK(rules::salutationOfName("Frau Dr. Gerens") == rules::Salutation::Female);
    CHECK(rules::salutationOfName("Mr John Smith") == rules::Salutation::Male);
    CHECK(rules::salutationOfName("Andrea Kögel") == rules::Salutation::Unknown);
}

TEST_CASE("the anonymised copy of the sample holds no real company or contact name") {
    const model::Portfolio original = sample();
    const model::Portfolio before = original;
    const model::Portfolio copy = rules::anonymised(original, i18n::Language::German);
    CHECK(original == before);  // pure
    REQUIRE(copy.customers.size() == original.customers.size());
    CHECK(copy.reviews.empty());  // private debriefs stay off the projector
    CHECK(copy.activities.size() == original.activities.size());
    const std::string text = allText(copy);
    for (const auto& customer : original.customers) {
        CHECK_MESSAGE(text.find(customer.name) == std::string::npos, customer.name);
        for (const auto& contact : customer.contacts) {
            CHECK_MESSAGE(text.find(contact.name) == std::string::npos, contact.name);
            CHECK(text.find(contact.email.empty() ? "\x01" : contact.email) == std::string::npos);
        }
        if (!customer.city.empty()) CHECK_MESSAGE(text.find(customer.city) == std::string::npos, customer.city);
    }
    CHECK(text.find("Kempten") == std::string::npos);  // "Vor Ort in Kempten", the city being "Kempten (Allgäu)"
    CHECK(text.find("Kessler") == std::string::npos);  // the rep's employer, in the title
    CHECK(copy.title == "Anonymisiertes Portfolio");
    // The rep's "Frau Dippold" and "Herrn Kienzle" give the contacts their salutation.
    const auto contactNamed = [&](const std::string& name) {
        for (std::size_t i = 0; i < original.customers.size(); ++i)
            for (std::size_t k = 0; k < original.customers[i].contacts.size(); ++k)
                if (original.customers[i].contacts[k].name == name) return copy.customers[i].contacts[k].name;
        return std::string("(absent)");
    };
    CHECK(contactNamed("Sandra Dippold").rfind("Frau ", 0) == 0);
    CHECK(contactNamed("Stefan Kienzle").rfind("Herr ", 0) == 0);
    // Ids, classes and figures stay: every chart and list works on the copy.
    for (std::size_t i = 0; i < copy.customers.size(); ++i) {
        CHECK(copy.customers[i].id == original.customers[i].id);
        CHECK(copy.customers[i].annual_revenue == original.customers[i].annual_revenue);
        CHECK(copy.customers[i].customer_class == original.customers[i].customer_class);
    }
}

TEST_CASE("stand-ins are stable by id: the same customer keeps its number when the list changes order") {
    model::Portfolio p;
    for (int i = 0; i < 3; ++i) {
        model::Customer c;
        c.id = p.allocateId();
        c.name = "Firma " + std::to_string(i);
        model::Contact contact;
        contact.id = p.allocateId();
        contact.name = "Frau Person" + std::to_string(i);
        c.contacts.push_back(contact);
        p.customers.push_back(c);
    }
    model::Activity a;
    a.id = p.allocateId();
    a.action = "Present the concept to Frau Person1 at Firma 1";
    p.activities.push_back(a);
    const auto first = rules::anonymised(p, i18n::Language::English);
    std::reverse(p.customers.begin(), p.customers.end());
    const auto second = rules::anonymised(p, i18n::Language::English);
    CHECK(first.customers[1].name == "Customer 2");
    CHECK(second.customers[1].name == "Customer 2");  // Firma 1, now in the middle of the reversed list
    CHECK(second.customers[0].name == "Customer 3");
    CHECK(second.customers[0].contacts[0].name == "Ms C.");
    CHECK(first.activities[0].action == "Present the concept to Ms B. at Customer 2");
    // A surname alone is replaced too.
    p.activities[0].action = "Call Person2 again";
    CHECK(rules::anonymised(p, i18n::Language::German).activities[0].action == "Call Frau C. again");
}

namespace {

// A customer with the given contacts, ids allocated in call order.
model::Customer& addCustomer(model::Portfolio& p, const std::string& name, const std::string& city,
                             std::initializer_list<const char*> contacts = {}) {
    model::Customer c;
    c.id = p.allocateId();
    c.name = name;
    c.city = city;
    for (const char* person : contacts) {
        model::Contact contact;
        contact.id = p.allocateId();
        contact.name = person;
        c.contacts.push_back(contact);
    }
    p.customers.push_back(c);
    return p.customers.back();
}

model::Activity& addActivity(model::Portfolio& p, const std::string& action) {
    model::Activity a;
    a.id = p.allocateId();
    a.action = action;
    p.activities.push_back(a);
    return p.activities.back();
}

}  // namespace

TEST_CASE("the salutation is inferred from how the rep's own texts address a contact") {
    using rules::Salutation;
    CHECK(rules::salutationInText("Sandra Dippold", "Angebot an Frau Dippold schicken") == Salutation::Female);
    CHECK(rules::salutationInText("Stefan Kienzle", "mit Herrn Kienzle telefonieren") == Salutation::Male);
    CHECK(rules::salutationInText("Stefan Kienzle", "Herrn Dr. Kienzle anrufen") == Salutation::Male);
    CHECK(rules::salutationInText("Tom Dale", "Send Ms Dale the quote") == Salutation::Female);
    CHECK(rules::salutationInText("Tom Dale", "Mr. Dale called") == Salutation::Male);
    CHECK(rules::salutationInText("Sandra Dippold", "Termin mit Frau Sandra Dippold") == Salutation::Female);
    CHECK(rules::salutationInText("Eva Both", "Frau Both, später Herr Both") == Salutation::Unknown);  // conflicting
    CHECK(rules::salutationInText("Kai Nobody", "Nobody ruft zurück") == Salutation::Unknown);
    CHECK(rules::salutationInText("Henrik Vogel", "Frau Vogelsang") == Salutation::Unknown);  // another name

    model::Portfolio p;
    addCustomer(p, "Dippold Bau GmbH", "", {"Sandra Dippold", "Stefan Kienzle", "Eva Both", "Kai Nobody", "Frau Dr. Gerens"});
    addActivity(p, "Frau Dippold anrufen, Herrn Kienzle einladen");
    p.customers[0].notes = "Frau Both kennt Herrn Both nicht. Herr Gerens?";
    const auto copy = rules::anonymised(p, i18n::Language::German);
    const auto& contacts = copy.customers[0].contacts;
    CHECK(contacts[0].name == "Frau A.");
    CHECK(contacts[1].name == "Herr B.");
    CHECK(contacts[2].name == "Kontakt C.");  // both forms: unknown
    CHECK(contacts[3].name == "Kontakt D.");  // never addressed
    CHECK(contacts[4].name == "Kontakt E.");  // the name says Frau, a text says Herr
    CHECK(rules::anonymised(p, i18n::Language::English).customers[0].contacts[1].name == "Mr B.");
}

TEST_CASE("in free text a salutation stays as the rep wrote it and is followed by the letter only") {
    model::Portfolio p;
    addCustomer(p, "Lindenfels Verpackungsmaschinen GmbH", "", {"Sandra Dippold", "Stefan Kienzle", "Dr. Klaus Grauvogl"});
    addActivity(p, "Frau Dippold und Herrn Kienzle einladen; Dippold bringt Herrn Dr. Kienzle mit");
    addActivity(p, "Herr Kienzle, Frau Sandra Dippold und Herrn Dr. Klaus Grauvogl bei Lindenfels Verpackungsmaschinen GmbH");
    addActivity(p, "Send Ms Dippold and Mr Kienzle the quote");
    const auto copy = rules::anonymised(p, i18n::Language::German);
    CHECK(copy.activities[0].action == "Frau A. und Herrn B. einladen; Frau A. bringt Herrn Dr. B. mit");
    CHECK(copy.activities[1].action == "Herr B., Frau A. und Herrn C. bei Kunde 1");
    CHECK(copy.activities[2].action == "Send Ms A. and Mr B. the quote");
}

TEST_CASE("surnames are replaced as whole words only") {
    model::Portfolio p;
    addCustomer(p, "Vogelsang GmbH", "", {"Henrik Vogel"});
    addCustomer(p, "Vogelbräu", "", {});
    addActivity(p, "Herrn Vogel anrufen; Vogels Angebot, „Vogel“ und Vogelbräu liefern lassen");
    const auto copy = rules::anonymised(p, i18n::Language::German);
    CHECK(copy.activities[0].action == "Herrn A. anrufen; Herr A.s Angebot, „Herr A.“ und Kunde 2 liefern lassen");
    model::Portfolio q;
    addCustomer(q, "Spedition Nord", "", {"Tom Vogel"});
    addActivity(q, "Vogelsang und Vogelweide besuchen");
    CHECK(rules::anonymised(q, i18n::Language::German).activities[0].action == "Vogelsang und Vogelweide besuchen");
}

TEST_CASE("a bare surname that names the person's own company stands for the company") {
    model::Portfolio p;
    addCustomer(p, "Getränke Kaltenecker GmbH", "", {"Ludwig Kaltenecker"});
    addCustomer(p, "Brunner Logistik", "", {"Eva Maier"});
    addActivity(p, "Herrn Kaltenecker anrufen");
    addActivity(p, "Gespräch bei Kaltenecker vorbereiten; Maier fragen");
    const auto copy = rules::anonymised(p, i18n::Language::German);
    CHECK(copy.activities[0].action == "Herrn A. anrufen");  // with a salutation it is the person
    CHECK(copy.activities[1].action == "Gespräch bei Kunde 1 vorbereiten; Kontakt B. fragen");
}

TEST_CASE("cities become numbered places, in the city field and in free text") {
    model::Portfolio p;
    addCustomer(p, "Firma Eins", "Regensburg");
    addCustomer(p, "Firma Zwei", "Kempten (Allgäu)");
    addCustomer(p, "Firma Drei", "Regensburg");
    addCustomer(p, "Firma Vier", "");
    addCustomer(p, "Firma Fünf", "Ulm");
    model::ConversationPlan plan;
    plan.id = p.allocateId();
    plan.place = "Vor Ort in Kempten";
    plan.goal = "Referenz in Regensburg zeigen";
    p.customers[0].plans.push_back(plan);
    p.customers[0].notes = "Werk in Ulm, Lager im Ulmenweg, Zentrale Kempten (Allgäu)";
    const auto copy = rules::anonymised(p, i18n::Language::German);
    CHECK(copy.customers[0].city == "Ort 1");
    CHECK(copy.customers[1].city == "Ort 2");
    CHECK(copy.customers[2].city == "Ort 1");  // the same city, the same stand-in
    CHECK(copy.customers[3].city.empty());
    CHECK(copy.customers[4].city == "Ort 3");
    CHECK(copy.customers[0].plans[0].place == "Vor Ort in Ort 2");
    CHECK(copy.customers[0].plans[0].goal == "Referenz in Ort 1 zeigen");
    CHECK(copy.customers[0].notes == "Werk in Ort 3, Lager im Ulmenweg, Zentrale Ort 2");
    CHECK(rules::anonymised(p, i18n::Language::English).customers[4].city == "City 3");
}

TEST_CASE("the portfolio title becomes a generic one") {
    model::Portfolio p;
    p.title = "Vertriebsgebiet Süd – Kessler Antriebstechnik GmbH";
    CHECK(rules::anonymised(p, i18n::Language::German).title == "Anonymisiertes Portfolio");
    CHECK(rules::anonymised(p, i18n::Language::English).title == "Anonymised portfolio");
}

TEST_CASE("exercises and observer sheets are scrubbed, observers numbered by id") {
    model::Portfolio p;
    addCustomer(p, "Hotel Adler", "Passau", {"Sandra Dippold"});
    model::Exercise exercise;
    exercise.id = p.allocateId();
    exercise.title = "Prepare Hotel Adler";
    exercise.instruction = "Plan the meeting with Frau Dippold in Passau";
    p.exercises.push_back(exercise);
    for (const char* observer : {"Jana Beck", "Max Roth", "Jana Beck"}) {
        model::Observation o;
        o.id = p.allocateId();
        o.observer = observer;
        o.notes[0] = "Dippold was asked about Hotel Adler; Max Roth agreed";
        p.observations.push_back(o);
    }
    std::swap(p.observations[0], p.observations[1]);  // numbers follow the ids, not the list
    const auto copy = rules::anonymised(p, i18n::Language::English);
    CHECK(copy.exercises[0].title == "Prepare Customer 1");
    CHECK(copy.exercises[0].instruction == "Plan the meeting with Frau A. in City 1");
    CHECK(copy.observations[0].observer == "Observer 2");
    CHECK(copy.observations[1].observer == "Observer 1");
    CHECK(copy.observations[2].observer == "Observer 1");
    CHECK(copy.observations[0].notes[0] == "Ms A. was asked about Customer 1; Observer 2 agreed");
}
