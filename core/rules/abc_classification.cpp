// ABC analysis (METHOD §9). Rules, in the order they are applied:
//
// * Ranking value = annual revenue (+ potential when thresholds.include_potential).
//   Negative revenue (or potential, when it counts) or invalid thresholds (a < 0, b < 0, a == 0, a + b > 100)
//   make no proposal: proposed = effective = customer_class for everyone.
// * Ranking: value descending; ties by folded name, then id — so the result
//   does not depend on the order of portfolio.customers.
// * A customer's class comes from the running sum *before* it: below a % of
//   the total → A, below (a + b) % → B, else C. The first customer is always A
//   when the total is > 0, and the customer that crosses a line keeps the class
//   it starts in.
// * Equal values, equal class: customers with exactly the same ranking value
//   all get the class of the first of them in the ranking. A consequence: when
//   every customer has the same value, all of them are A.
// * Zero total (no revenue at all): every customer is C, cumulative_share 0.
// * Totals and shares count annual revenue (not potential), by effective and
//   by proposed class.
// * describeDeviation compares whole percentages (as the rep sees them) with
//   the guideline ± 10 percentage points: one "within" note when every
//   share is inside, else the notes of the four named rules that apply (an
//   empty list when the deviation is none of them, or without revenue).
#include "rules/abc_classification.h"

#include <algorithm>
#include <cmath>

#include "rules/customer_query.h"

namespace etappe::rules {

using method::CustomerClass;

namespace {

constexpr int kTolerancePoints = 10;

std::size_t slot(CustomerClass c) { return static_cast<std::size_t>(c); }

std::int64_t rankingValue(const model::Customer& customer, bool include_potential) {
    return customer.annual_revenue.cents + (include_potential ? customer.potential.cents : 0);
}

bool thresholdsValid(const model::AbcThresholds& t) {
    return t.a_share_percent > 0 && t.b_share_percent >= 0 && t.a_share_percent + t.b_share_percent <= 100;
}

struct RankKey {
    std::int64_t value;
    std::string folded_name;
    model::Id id;
    int index;
};

std::vector<int> paretoOrder(const std::vector<std::int64_t>& values, const model::Portfolio& portfolio) {
    std::vector<RankKey> keys;
    keys.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const model::Customer& c = portfolio.customers[i];
        keys.push_back({values[i], foldCase(c.name), c.id, static_cast<int>(i)});
    }
    std::sort(keys.begin(), keys.end(), [](const RankKey& x, const RankKey& y) {
        if (x.value != y.value) return x.value > y.value;
        if (x.folded_name != y.folded_name) return x.folded_name < y.folded_name;
        return x.id < y.id;
    });
    std::vector<int> order;
    order.reserve(keys.size());
    for (const RankKey& k : keys) order.push_back(k.index);
    return order;
}

// Class of a customer whose predecessors in the ranking sum to `before`.
// Compared in doubles: exact for totals up to 2^53 / 100 cents.
CustomerClass classFor(std::int64_t before, std::int64_t total, const model::AbcThresholds& t) {
    const double scaled_before = static_cast<double>(before) * 100.0;
    if (scaled_before < static_cast<double>(t.a_share_percent) * static_cast<double>(total)) return CustomerClass::A;
    const int ab = t.a_share_percent + t.b_share_percent;
    if (scaled_before < static_cast<double>(ab) * static_cast<double>(total)) return CustomerClass::B;
    return CustomerClass::C;
}

void propose(Classification& result, const std::vector<std::int64_t>& values, const model::AbcThresholds& t) {
    std::int64_t total = 0;
    for (std::int64_t v : values) total += v;
    if (total == 0) {
        for (CustomerClassInfo& info : result.customers) info.proposed = CustomerClass::C;
        return;
    }
    std::int64_t running = 0;
    CustomerClass group_class = CustomerClass::A;
    for (std::size_t pos = 0; pos < result.pareto_order.size(); ++pos) {
        const auto index = static_cast<std::size_t>(result.pareto_order[pos]);
        const bool same_as_previous =
            pos > 0 && values[static_cast<std::size_t>(result.pareto_order[pos - 1])] == values[index];
        if (!same_as_previous) group_class = classFor(running, total, t);
        running += values[index];
        result.customers[index].proposed = group_class;
        result.customers[index].cumulative_share = static_cast<double>(running) / static_cast<double>(total);
    }
}

// Negative money is refused even though file validation already does so.
ClassificationProblem findProblem(const model::Portfolio& portfolio, std::string& detail) {
    const model::AbcThresholds& t = portfolio.priorities.thresholds;
    for (const model::Customer& c : portfolio.customers) {
        if (c.annual_revenue.cents < 0 || (t.include_potential && c.potential.cents < 0)) {
            detail = c.name;
            return ClassificationProblem::NegativeRevenue;
        }
    }
    if (!thresholdsValid(t)) return ClassificationProblem::ThresholdsInvalid;
    return ClassificationProblem::None;
}

void addTotals(Classification& result, const model::Portfolio& portfolio) {
    for (std::size_t i = 0; i < result.customers.size(); ++i) {
        const std::int64_t revenue = portfolio.customers[i].annual_revenue.cents;
        result.total_revenue_cents += revenue;
        ClassTotals& effective = result.by_effective_class[slot(result.customers[i].effective)];
        ClassTotals& proposed = result.by_proposed_class[slot(result.customers[i].proposed)];
        ++effective.customers;
        effective.revenue_cents += revenue;
        ++proposed.customers;
        proposed.revenue_cents += revenue;
    }
    const auto count = static_cast<double>(result.customers.size());
    const auto revenue = static_cast<double>(result.total_revenue_cents);
    for (auto* totals : {&result.by_effective_class, &result.by_proposed_class}) {
        for (ClassTotals& t : *totals) {
            t.customer_share = count > 0 ? t.customers / count : 0.0;
            t.revenue_share = revenue != 0 ? static_cast<double>(t.revenue_cents) / revenue : 0.0;
        }
    }
}

int percent(double share) { return static_cast<int>(std::lround(share * 100.0)); }

DeviationNote note(const char* key, CustomerClass c, const ClassTotals& totals) {
    return DeviationNote{key, c, percent(totals.customer_share), percent(totals.revenue_share)};
}

bool allWithinGuideline(const std::array<ClassTotals, 3>& totals) {
    for (std::size_t i = 0; i < totals.size(); ++i) {
        if (std::abs(percent(totals[i].customer_share) - percent(kGuideline[i].customer_share)) > kTolerancePoints)
            return false;
        if (std::abs(percent(totals[i].revenue_share) - percent(kGuideline[i].revenue_share)) > kTolerancePoints)
            return false;
    }
    return true;
}

}  // namespace

std::string_view classificationProblemKey(ClassificationProblem problem) {
    switch (problem) {
        case ClassificationProblem::None: return "";
        case ClassificationProblem::NegativeRevenue: return "negative_revenue";
        case ClassificationProblem::ThresholdsInvalid: return "thresholds_invalid";
    }
    return "";
}

Classification classify(const model::Portfolio& portfolio) {
    const model::AbcThresholds& thresholds = portfolio.priorities.thresholds;
    Classification result;
    std::vector<std::int64_t> values;
    values.reserve(portfolio.customers.size());
    for (const model::Customer& c : portfolio.customers) values.push_back(rankingValue(c, thresholds.include_potential));

    result.customers.resize(portfolio.customers.size());
    result.index_by_id.reserve(portfolio.customers.size());
    for (std::size_t i = 0; i < portfolio.customers.size(); ++i) result.index_by_id[portfolio.customers[i].id] = i;
    result.pareto_order = paretoOrder(values, portfolio);
    result.problem = findProblem(portfolio, result.problem_detail);
    if (result.problem == ClassificationProblem::None) propose(result, values, thresholds);

    for (std::size_t i = 0; i < result.customers.size(); ++i) {
        const model::Customer& customer = portfolio.customers[i];
        CustomerClassInfo& info = result.customers[i];
        if (result.problem != ClassificationProblem::None) info.proposed = customer.customer_class;
        info.overridden = customer.class_decision.overridden;
        info.effective = (info.overridden || result.problem != ClassificationProblem::None) ? customer.customer_class
                                                                                          : info.proposed;
        info.treated_as_a = info.effective == CustomerClass::A || customer.class_decision.could_become_a;
    }
    addTotals(result, portfolio);
    return result;
}

const CustomerClassInfo* Classification::find(model::Id customer_id) const {
    const auto it = index_by_id.find(customer_id);
    return it == index_by_id.end() || it->second >= customers.size() ? nullptr : &customers[it->second];
}

std::vector<DeviationNote> describeDeviation(const Classification& classification) {
    const auto& totals = classification.by_effective_class;
    if (classification.customers.empty() || classification.total_revenue_cents <= 0) return {};
    const ClassTotals& a = totals[slot(CustomerClass::A)];
    const ClassTotals& b = totals[slot(CustomerClass::B)];
    const ClassTotals& c = totals[slot(CustomerClass::C)];
    if (allWithinGuideline(totals)) return {note("deviation.within", CustomerClass::A, a)};

    std::vector<DeviationNote> notes;
    const int a_revenue_guide = percent(kGuideline[slot(CustomerClass::A)].revenue_share);
    if (percent(a.revenue_share) > a_revenue_guide + kTolerancePoints)
        notes.push_back(note("deviation.a_concentrated", CustomerClass::A, a));
    if (percent(a.revenue_share) < a_revenue_guide - kTolerancePoints)
        notes.push_back(note("deviation.a_weak", CustomerClass::A, a));
    if (percent(b.revenue_share) > percent(kGuideline[slot(CustomerClass::B)].revenue_share) + kTolerancePoints)
        notes.push_back(note("deviation.b_large", CustomerClass::B, b));
    if (percent(c.customer_share) > percent(kGuideline[slot(CustomerClass::C)].customer_share) + kTolerancePoints)
        notes.push_back(note("deviation.c_heavy", CustomerClass::C, c));
    return notes;
}

}  // namespace etappe::rules
