#pragma once
// A large, deterministic portfolio for benchmarks and stress tests.
#include <string>

#include "model/portfolio.h"

namespace etappe::testing {

inline model::Portfolio syntheticPortfolio(int customers, int contacts_per_customer = 2, int plans_per_customer = 0) {
    static const char* kCities[] = {"München", "Köln", "Düsseldorf", "Nürnberg", "Würzburg", "Lübeck"};
    static const char* kIndustries[] = {"Maschinenbau", "Logistik", "Chemie", "Lebensmittel", "Bau"};
    model::Portfolio p;
    p.title = "Benchmark";
    p.customers.reserve(static_cast<std::size_t>(customers));
    for (int i = 0; i < customers; ++i) {
        model::Customer c;
        c.id = p.allocateId();
        c.name = "Kunde " + std::to_string(i) + " GmbH & Co. KG";
        c.industry = kIndustries[i % 5];
        c.city = kCities[i % 6];
        c.notes = "Rahmenvertrag prüfen – „Angebot“ läuft bis Jahresende.";
        c.customer_class = static_cast<method::CustomerClass>(i % 3);
        c.annual_revenue.cents = static_cast<std::int64_t>((i * 7919) % 5'000'000) * 100;
        c.potential.cents = c.annual_revenue.cents * 2;
        c.phase = static_cast<method::SalesPhase>(i % 6);
        c.created_on = "2026-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
        for (int k = 0; k < contacts_per_customer; ++k) {
            model::Contact contact;
            contact.id = p.allocateId();
            contact.name = "Frau Müller-" + std::to_string(k);
            contact.role = "Einkaufsleiterin";
            contact.email = "mueller" + std::to_string(i) + "@example.de";
            contact.phone = "+49 89 1234-" + std::to_string(k);
            c.contacts.push_back(contact);
        }
        for (int k = 0; k < plans_per_customer; ++k) {
            model::ConversationPlan plan;
            plan.id = p.allocateId();
            plan.date = "2026-1" + std::to_string(k % 3) + "-2" + std::to_string(k);
            plan.time = "10:00";
            plan.place = "Vor Ort";
            plan.goal = "Rahmenvertrag verlängern – Termin " + std::to_string(k);
            if (!c.contacts.empty()) plan.attendee_ids.push_back(c.contacts.front().id);
            plan.hook = "Neue Halle, neue Antriebe";
            plan.situation_questions = {"Wie viele Linien 2027?", "Wer entscheidet?"};
            plan.proposals.push_back(model::Proposal{"Getriebemotor", "weniger Verschleiß", "kein Stillstand"});
            for (std::size_t s = 0; s < static_cast<std::size_t>(k * 3 % 16); ++s) plan.steps[s].checkpoints = {true, true, true};
            c.plans.push_back(std::move(plan));
        }
        c.knowledge[static_cast<std::size_t>(i % 7)].level = method::KnowledgeLevel::Partly;
        p.customers.push_back(std::move(c));
    }
    return p;
}

}  // namespace etappe::testing
