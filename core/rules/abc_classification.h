#pragma once
// The ABC analysis of a portfolio (METHOD §9): a proposed class per customer
// from cumulative revenue shares, the class in effect after the rep's
// override, and the distribution compared with the method's guideline.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/portfolio.h"

namespace etappe::rules {

struct CustomerClassInfo {
    method::CustomerClass proposed = method::CustomerClass::C;
    method::CustomerClass effective = method::CustomerClass::C;  // customer_class if overridden, else proposed
    bool overridden = false;
    bool treated_as_a = false;     // effective A, or B/C marked "could become A"
    double cumulative_share = 0.0; // 0–1: cumulative share of the ranking value up to and including this customer
};

struct ClassTotals {
    int customers = 0;
    std::int64_t revenue_cents = 0;
    double customer_share = 0.0;  // 0–1 of all customers
    double revenue_share = 0.0;   // 0–1 of all revenue
};

// Why no proposal can be made; the UI shows "classification.problem.<key>".
enum class ClassificationProblem { None, NegativeRevenue, ThresholdsInvalid };
std::string_view classificationProblemKey(ClassificationProblem problem);

struct Classification {
    std::vector<CustomerClassInfo> customers;  // parallel to portfolio.customers
    std::vector<int> pareto_order;             // customer indices by ranking value, largest first (ties: name, then id)
    std::array<ClassTotals, 3> by_effective_class{};  // A, B, C
    std::array<ClassTotals, 3> by_proposed_class{};
    std::int64_t total_revenue_cents = 0;
    ClassificationProblem problem = ClassificationProblem::None;
    std::string problem_detail;  // e.g. the customer's name
    std::unordered_map<model::Id, std::size_t> index_by_id;  // into `customers`

    // The class information of one customer; nullptr when it is not classified.
    const CustomerClassInfo* find(model::Id customer_id) const;
};

// Pure function of the portfolio: customers (revenue, potential, class_decision,
// customer_class) and portfolio.priorities.thresholds. Deterministic: the same
// customers in any order get the same proposals. With a problem, every
// customer keeps customer_class as effective and proposed.
Classification classify(const model::Portfolio& portfolio);


// The method's guideline (METHOD §9): share of customers and of revenue per class.
struct Guideline {
    double customer_share;
    double revenue_share;
};
inline constexpr std::array<Guideline, 3> kGuideline = {{{0.15, 0.65}, {0.20, 0.20}, {0.65, 0.15}}};

// How far the portfolio is from the guideline, as i18n keys with the numbers a
// rep needs, e.g. {"deviation.a_concentrated", 'A', 10, 80}: "Your A customers
// are only 10 % of customers but bring 80 % of revenue – a lot depends on few."
struct DeviationNote {
    std::string key;  // "deviation.<...>" in the string table, printf with (customer %, revenue %)
    method::CustomerClass customer_class = method::CustomerClass::A;
    int customer_percent = 0;
    int revenue_percent = 0;
};
std::vector<DeviationNote> describeDeviation(const Classification& classification);

}  // namespace etappe::rules
