// Anonymising a portfolio for the projector (issue 12, item 1).
#include <doctest/doctest.h>

#include <algorithm>

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
        text += c.name + "\n" + c.notes + "\n";
        for (const auto& k : c.knowledge) text += k.note + "\n";
        for (const auto& contact : c.contacts) text += contact.name + "\n" + contact.role + "\n" + contact.email + "\n";
        for (const auto& plan : c.plans) method::forEachText(plan, [&](const std::string& t) { text += t + "\n"; });
    }
    for (const auto& a : p.activities) text += a.action + "\n" + a.outcome + "\n";
    return text;
}

}  // namespace

TEST_CASE("stand-ins: numbers for companies, letters for people, in the language") {
    CHECK(rules::customerStandIn(1, i18n::Language::English) == "Customer 1");
    CHECK(rules::customerStandIn(12, i18n::Language::German) == "Kunde 12");
    CHECK(rules::standInLetters(0) == "A");
    CHECK(rules::standInLetters(25) == "Z");
    CHECK(rules::standInLetters(26) == "AA");
    CHECK(rules::standInLetters(27) == "AB");
    CHECK(rules::contactStandIn("Frau Dr. Gerens", 0, i18n::Language::German) == "Frau A.");
    CHECK(rules::contactStandIn("Frau Dr. Gerens", 0, i18n::Language::English) == "Ms A.");
    CHECK(rules::contactStandIn("Mr John Smith", 1, i18n::Language::German) == "Herr B.");
    CHECK(rules::contactStandIn("Andrea Kögel", 2, i18n::Language::English) == "Contact C.");
    CHECK(rules::contactStandIn("Andrea Kögel", 2, i18n::Language::German) == "Kontakt C.");
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
    }
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
