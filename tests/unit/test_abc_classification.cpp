#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "i18n/translator.h"
#include "rules/abc_classification.h"
#include "rules/derived.h"

using namespace etappe;
using method::CustomerClass;
using rules::ClassificationProblem;

namespace {
constexpr CustomerClass A = CustomerClass::A;
constexpr CustomerClass B = CustomerClass::B;
constexpr CustomerClass C = CustomerClass::C;

model::Customer& add(model::Portfolio& p, const std::string& name, std::int64_t revenue_cents,
                     std::int64_t potential_cents = 0) {
    model::Customer c;
    c.id = p.allocateId();
    c.name = name;
    c.annual_revenue.cents = revenue_cents;
    c.potential.cents = potential_cents;
    p.customers.push_back(c);
    return p.customers.back();
}

// Customers named "c0", "c1", … with the given revenues, in that order.
model::Portfolio withRevenues(const std::vector<std::int64_t>& revenues) {
    model::Portfolio p;
    for (std::size_t i = 0; i < revenues.size(); ++i) add(p, std::string("c").append(std::to_string(i)), revenues[i]);
    return p;
}

std::vector<CustomerClass> proposals(const rules::Classification& result) {
    std::vector<CustomerClass> out;
    for (const auto& info : result.customers) out.push_back(info.proposed);
    return out;
}

std::vector<CustomerClass> proposalsWith(model::Portfolio p, int a, int b) {
    p.priorities.thresholds.a_share_percent = a;
    p.priorities.thresholds.b_share_percent = b;
    return proposals(rules::classify(p));
}

std::vector<std::string> keys(const std::vector<rules::DeviationNote>& notes) {
    std::vector<std::string> out;
    for (const auto& n : notes) out.push_back(n.key);
    return out;
}
}  // namespace

TEST_CASE("ranking: value descending, ties by folded name, then id") {
    model::Portfolio p;
    add(p, "beta", 100);   // index 0, id 1
    add(p, "alpha", 100);  // index 1, id 2
    add(p, "Alpha", 100);  // index 2, id 3: same folded name as "alpha", larger id
    add(p, "Gamma", 200);  // index 3
    const auto result = rules::classify(p);
    CHECK(result.pareto_order == std::vector<int>{3, 1, 2, 0});
    // Total 500; running sums after each: 200, 300, 400, 500.
    CHECK(result.customers[3].cumulative_share == doctest::Approx(0.4));
    CHECK(result.customers[1].cumulative_share == doctest::Approx(0.6));
    CHECK(result.customers[2].cumulative_share == doctest::Approx(0.8));
    CHECK(result.customers[0].cumulative_share == doctest::Approx(1.0));
    // Gamma starts at 0 % → A; the three tied at 100 all get the class of the first of them
    // (alpha starts at 40 % → A).
    CHECK(proposals(result) == std::vector{A, A, A, A});
}

TEST_CASE("the customer that crosses a line keeps the class it starts in; ties share one class") {
    // Total 100; running sums before each: 0, 50, 70, 80, 90 (default 65 / 20).
    // Without the tie rule the last would be C (starts at 90 %); tied with the 10 before it, it is B.
    const auto result = rules::classify(withRevenues({50, 20, 10, 10, 10}));
    CHECK(result.problem == ClassificationProblem::None);
    CHECK(proposals(result) == std::vector{A, A, B, B, B});
}

TEST_CASE("zero revenue: every customer is C") {
    const auto result = rules::classify(withRevenues({0, 0, 0}));
    CHECK(result.problem == ClassificationProblem::None);
    CHECK(proposals(result) == std::vector{C, C, C});
    for (const auto& info : result.customers) CHECK(info.cumulative_share == 0.0);
    CHECK(result.by_proposed_class[2].customers == 3);
    CHECK(result.total_revenue_cents == 0);
    CHECK(rules::describeDeviation(result).empty());
}

TEST_CASE("an empty portfolio has nothing to classify") {
    const auto result = rules::classify(model::Portfolio{});
    CHECK(result.customers.empty());
    CHECK(result.pareto_order.empty());
    CHECK(result.problem == ClassificationProblem::None);
    CHECK(rules::describeDeviation(result).empty());
}

TEST_CASE("a single customer with revenue is A") {
    const auto result = rules::classify(withRevenues({500}));
    CHECK(proposals(result) == std::vector{A});
    CHECK(result.customers[0].cumulative_share == doctest::Approx(1.0));
    CHECK(result.by_proposed_class[0].revenue_share == doctest::Approx(1.0));
}

TEST_CASE("all equal revenues: the first starts at 0 %, so all are A") {
    CHECK(proposals(rules::classify(withRevenues({100, 100, 100, 100}))) == std::vector{A, A, A, A});
}

TEST_CASE("negative revenue is refused with the customer's name") {
    model::Portfolio p = withRevenues({300, 200});
    p.customers[0].customer_class = B;
    add(p, "Müller GmbH", -5).customer_class = A;
    const auto result = rules::classify(p);
    CHECK(result.problem == ClassificationProblem::NegativeRevenue);
    CHECK(result.problem_detail == "Müller GmbH");
    CHECK(rules::classificationProblemKey(result.problem) == "negative_revenue");
    // Everyone keeps the rep's class; totals by that class.
    CHECK(proposals(result) == std::vector{B, C, A});
    CHECK(result.customers[0].effective == B);
    CHECK(result.by_effective_class[0].customers == 1);
    CHECK(result.by_effective_class[1].revenue_cents == 300);

    SUBCASE("negative potential counts only when potential is ranked") {
        model::Portfolio q = withRevenues({300});
        add(q, "Negativ AG", 10, -20);
        CHECK(rules::classify(q).problem == ClassificationProblem::None);
        q.priorities.thresholds.include_potential = true;
        const auto with_potential = rules::classify(q);
        CHECK(with_potential.problem == ClassificationProblem::NegativeRevenue);
        CHECK(with_potential.problem_detail == "Negativ AG");
    }
}

TEST_CASE("invalid thresholds make no proposal") {
    model::Portfolio p = withRevenues({300, 200});
    p.customers[0].customer_class = B;
    for (const auto& [a, b] : std::vector<std::pair<int, int>>{{0, 20}, {-5, 20}, {65, -1}, {70, 40}}) {
        CAPTURE(a);
        CAPTURE(b);
        p.priorities.thresholds.a_share_percent = a;
        p.priorities.thresholds.b_share_percent = b;
        const auto result = rules::classify(p);
        CHECK(result.problem == ClassificationProblem::ThresholdsInvalid);
        CHECK(rules::classificationProblemKey(result.problem) == "thresholds_invalid");
        CHECK(proposals(result) == std::vector{B, C});
    }
    CHECK(proposalsWith(p, 100, 0) == std::vector{A, A});  // the edge is still valid
}

TEST_CASE("threshold edits change the proposals") {
    // Total 100; running sums before each: 0, 40, 65, 80, 90, 96.
    const model::Portfolio p = withRevenues({40, 25, 15, 10, 6, 4});
    CHECK(proposalsWith(p, 65, 20) == std::vector{A, A, B, B, C, C});  // A < 65, B < 85
    CHECK(proposalsWith(p, 50, 30) == std::vector{A, A, B, C, C, C});  // A < 50, B < 80
    CHECK(proposalsWith(p, 80, 15) == std::vector{A, A, A, B, B, C});  // A < 80, B < 95
}

TEST_CASE("include_potential changes the ranking") {
    model::Portfolio p;
    add(p, "X", 100, 0);
    add(p, "Y", 50, 200);
    add(p, "Z", 10, 0);
    // Revenue only: X 100, Y 50, Z 10 (total 160); before: 0, 100 (62.5 %), 150 (93.75 %).
    auto result = rules::classify(p);
    CHECK(result.pareto_order == std::vector<int>{0, 1, 2});
    CHECK(proposals(result) == std::vector{A, A, C});
    // With potential: Y 250, X 100, Z 10 (total 360); before: 0, 250 (69.4 %), 350 (97.2 %).
    p.priorities.thresholds.include_potential = true;
    result = rules::classify(p);
    CHECK(result.pareto_order == std::vector<int>{1, 0, 2});
    CHECK(proposals(result) == std::vector{B, A, C});
    CHECK(result.total_revenue_cents == 160);  // totals count revenue, not potential
}

TEST_CASE("the proposal does not depend on the order of the customers") {
    model::Portfolio p;
    for (int i = 0; i < 300; ++i) add(p, (i % 2 ? "Kunde " : "kunde ") + std::to_string(i % 50), (i % 37) * 1000);
    const auto byId = [](const model::Portfolio& portfolio) {
        const auto result = rules::classify(portfolio);
        std::map<model::Id, CustomerClass> classes;
        for (std::size_t i = 0; i < result.customers.size(); ++i)
            classes[portfolio.customers[i].id] = result.customers[i].proposed;
        std::vector<model::Id> ranking;
        for (int index : result.pareto_order) ranking.push_back(portfolio.customers[static_cast<std::size_t>(index)].id);
        return std::make_pair(classes, ranking);
    };
    const auto expected = byId(p);
    std::mt19937 random(42);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(p.customers.begin(), p.customers.end(), random);
        CHECK(byId(p) == expected);
    }
}

TEST_CASE("the rep's override is in effect; 'could become A' is treated as A") {
    model::Portfolio p = withRevenues({700, 200, 100});  // proposed A (starts at 0), B (70 %), C (90 %)
    p.customers[0].class_decision.overridden = true;
    p.customers[0].customer_class = C;
    p.customers[1].customer_class = A;  // not overridden: ignored
    p.customers[2].class_decision.could_become_a = true;
    const auto result = rules::classify(p);
    CHECK(proposals(result) == std::vector{A, B, C});
    CHECK(result.customers[0].overridden);
    CHECK(result.customers[0].effective == C);
    CHECK_FALSE(result.customers[0].treated_as_a);
    CHECK(result.customers[1].effective == B);
    CHECK_FALSE(result.customers[1].treated_as_a);
    CHECK(result.customers[2].effective == C);
    CHECK(result.customers[2].treated_as_a);
    CHECK(result.by_proposed_class[0].revenue_cents == 700);
    CHECK(result.by_effective_class[0].customers == 0);
    CHECK(result.by_effective_class[2].customers == 2);
    CHECK(result.by_effective_class[2].revenue_cents == 800);
    CHECK(result.by_effective_class[2].revenue_share == doctest::Approx(0.8));
}

namespace {
// 20 customers, total 1000: A = 300, 200, 150 (3 customers, 65 %); B = 60, 50, 45, 45 (4, 20 %);
// C = 18 + 12 × 11 (13, 15 %) — exactly the guideline.
model::Portfolio guidelinePortfolio() {
    std::vector<std::int64_t> revenues = {300, 200, 150, 60, 50, 45, 45, 18};
    revenues.insert(revenues.end(), 12, 11);
    return withRevenues(revenues);
}
}  // namespace

TEST_CASE("totals and shares per class") {
    const auto result = rules::classify(guidelinePortfolio());
    CHECK(result.total_revenue_cents == 1000);
    // Before the 4th: 650 = 65 % → not below 65 → B; before the 8th: 850 → C.
    const std::vector<int> customers = {3, 4, 13};
    const std::vector<std::int64_t> revenue = {650, 200, 150};
    const std::vector<double> customer_share = {0.15, 0.20, 0.65};
    for (std::size_t k = 0; k < 3; ++k) {
        CAPTURE(k);
        for (const auto* totals : {&result.by_proposed_class, &result.by_effective_class}) {
            CHECK((*totals)[k].customers == customers[k]);
            CHECK((*totals)[k].revenue_cents == revenue[k]);
            CHECK((*totals)[k].customer_share == doctest::Approx(customer_share[k]));
            CHECK((*totals)[k].revenue_share == doctest::Approx(static_cast<double>(revenue[k]) / 1000.0));
        }
    }
}

TEST_CASE("describeDeviation picks the notes that fit") {
    SUBCASE("the guideline itself is within") {
        const auto notes = rules::describeDeviation(rules::classify(guidelinePortfolio()));
        REQUIRE(notes.size() == 1);
        CHECK(notes[0].key == "deviation.within");
        CHECK(notes[0].customer_class == A);
        CHECK(notes[0].customer_percent == 15);
        CHECK(notes[0].revenue_percent == 65);
    }
    SUBCASE("one big customer and many small ones") {
        // 910 + 9 × 10: A = 1 customer (10 %) with 91 %; the nine start at 91 % → C (90 %, 9 %).
        std::vector<std::int64_t> revenues = {910};
        revenues.insert(revenues.end(), 9, 10);
        const auto notes = rules::describeDeviation(rules::classify(withRevenues(revenues)));
        CHECK(keys(notes) == std::vector<std::string>{"deviation.a_concentrated", "deviation.c_heavy"});
        REQUIRE(notes.size() == 2);
        CHECK(notes[0].customer_percent == 10);
        CHECK(notes[0].revenue_percent == 91);
        CHECK(notes[1].customer_class == C);
        CHECK(notes[1].customer_percent == 90);
        CHECK(notes[1].revenue_percent == 9);
    }
    SUBCASE("no key accounts, a large B group (by the rep's classes)") {
        model::Portfolio p = withRevenues(std::vector<std::int64_t>(10, 100));
        for (std::size_t i = 0; i < p.customers.size(); ++i) {
            p.customers[i].class_decision.overridden = true;
            p.customers[i].customer_class = i == 0 ? A : (i <= 5 ? B : C);
        }
        // A 1 (10 %, 10 %), B 5 (50 %, 50 %), C 4 (40 %, 40 %).
        const auto notes = rules::describeDeviation(rules::classify(p));
        CHECK(keys(notes) == std::vector<std::string>{"deviation.a_weak", "deviation.b_large"});
        REQUIRE(notes.size() == 2);
        CHECK(notes[1].customer_class == B);
        CHECK(notes[1].customer_percent == 50);
        CHECK(notes[1].revenue_percent == 50);
    }
}

TEST_CASE("every key the classification produces has a text") {
    i18n::Translator tr(i18n::Language::German);
    for (const char* key : {"deviation.within", "deviation.a_concentrated", "deviation.a_weak", "deviation.c_heavy",
                            "deviation.b_large", "classification.problem.negative_revenue",
                            "classification.problem.thresholds_invalid", "class.name.A", "class.name.B",
                            "class.name.C"}) {
        CAPTURE(key);
        CHECK(std::string(tr.text(key)) != "[missing text]");
    }
}

TEST_CASE("the classification is derived once per revision and lookups go by customer id") {
    model::Portfolio p = withRevenues({100, 50});
    rules::Derived<rules::Classification> cache;
    const auto compute = [&] { return rules::classify(p); };
    CHECK(cache.get({0, "2026-11-23"}, compute).customers.size() == 2);
    CHECK(cache.recomputations() == 1);
    add(p, "new", 10);
    CHECK(cache.get({0, "2026-11-23"}, compute).customers.size() == 2);  // same revision: the cached value
    CHECK(cache.recomputations() == 1);
    const rules::Classification& fresh = cache.get({1, "2026-11-23"}, compute);
    CHECK(fresh.customers.size() == 3);
    CHECK(cache.recomputations() == 2);
    // By id, whatever the position: the new customer is the smallest, so C.
    REQUIRE(fresh.find(p.customers.back().id) != nullptr);
    CHECK(fresh.find(p.customers.back().id)->proposed == method::CustomerClass::C);
    CHECK(fresh.find(p.customers.front().id)->proposed == method::CustomerClass::A);
    CHECK(fresh.find(987654) == nullptr);
}
