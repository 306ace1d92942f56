#pragma once
// The sample's plans as the brief tests and benchmarks use them: the fullest plan as shipped,
// and the largest A customer's next meeting prepared the way reps prepare it.
#include <stdexcept>
#include <string>

#include "exports/brief_export.h"
#include "exports/meeting_brief.h"
#include "storage/portfolio_file.h"

namespace etappe::testing {

inline constexpr const char* kSampleToday = "2026-11-23";  // the day the sample is written around

inline model::Portfolio loadSample(const std::string& path) {
    storage::LoadResult loaded = storage::loadPortfolioFile(path);
    if (!loaded.ok()) throw std::runtime_error("the sample does not load: " + path);
    return std::move(*loaded.portfolio);
}

// The plan whose brief says the most, by the length of its Markdown brief.
inline exports::BriefTarget fullestSamplePlan(const model::Portfolio& portfolio) {
    exports::BriefTarget fullest;
    std::size_t longest = 0;
    const i18n::Translator tr(i18n::Language::German);
    for (const model::Customer& customer : portfolio.customers) {
        for (const model::ConversationPlan& plan : customer.plans) {
            const std::size_t length = exports::meetingBrief(customer, plan, tr, exports::BriefFormat::Markdown).size();
            if (length <= longest) continue;
            longest = length;
            exports::findBriefTarget(portfolio, std::to_string(plan.id), kSampleToday, fullest);
        }
    }
    return fullest;
}

// The sample's largest A customer with its next meeting prepared the way reps prepare it: more
// questions, three proposals and three objections, notes on a few steps.
inline model::Portfolio filledSample(const std::string& path) {
    model::Portfolio portfolio = loadSample(path);
    model::Customer* largest = nullptr;
    for (model::Customer& customer : portfolio.customers) {
        if (customer.customer_class != method::CustomerClass::A) continue;
        if (!largest || customer.annual_revenue.cents > largest->annual_revenue.cents) largest = &customer;
    }
    if (largest == nullptr) throw std::runtime_error("the sample has no A customer");
    const model::ConversationPlan* next = exports::nextPlan(*largest, kSampleToday);
    if (next == nullptr) throw std::runtime_error("the sample's largest A customer has no plan");
    model::ConversationPlan& plan = largest->plans[static_cast<std::size_t>(next - largest->plans.data())];
    for (const char* question : {"Welche Linien laufen heute am Limit, und wo drohen die nächsten Stillstände?",
                                 "Wie viele Antriebstypen halten Sie derzeit als Ersatzteile vor?",
                                 "Was hat der Ausfall in Halle 5 Sie gekostet – Stunden, Aufträge, Nacharbeit?",
                                 "Wer außer Herrn Wendt redet bei der Lieferantenwahl mit?"})
        plan.situation_questions.emplace_back(question);
    plan.goal_hypotheses.emplace_back("Die Geschäftsführung will Halle 6 ohne Verzug in Betrieb nehmen.");
    plan.proposals.push_back(model::Proposal{
        "Rahmenvertrag mit fester Preisgleitung über drei Jahre", "Preise sind planbar, Nachverhandlungen entfallen",
        "Herr Wendt kann Kostensicherheit nachweisen, ohne den Lieferanten zu wechseln"});
    plan.objections.push_back(model::PreparedObjection{
        "Ihre Lieferzeiten waren zuletzt zu lang.",
        "Ursache offen benennen; Konsignationslager und Lieferquote von 99,2 % als Beleg zeigen."});
    plan.decision_impulses.emplace_back("Termin für die Vertragsrunde gleich im Gespräch festmachen.");
    plan.steps[5].notes = "Zuerst Herrn Eichinger nach den Erfahrungen in Halle 5 fragen.";
    plan.steps[8].notes = "Preisfrage erst nach den Gesamtkosten beantworten.";
    return portfolio;
}

}  // namespace etappe::testing
