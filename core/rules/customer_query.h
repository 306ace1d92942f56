#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "model/portfolio.h"
#include "rules/derived.h"
#include "rules/abc_classification.h"

namespace etappe::rules {

enum class CustomerSortKey { Name, Class, City, Revenue, Phase, Knowledge };

// What the customers table shows: a text filter, the classes to include and the order.
// Which class decisions to show: all, overrides of the proposal, classes that
// follow the proposal, or B/C customers marked "could become A".
enum class DecisionFilter { All, Overridden, FollowsProposal, CouldBecomeA };

struct CustomerQuery {
    std::string text;  // matches name, city, industry and contact names, ignoring case and accents
    std::array<bool, 3> classes = {true, true, true};  // A, B, C (the class in effect)
    DecisionFilter decisions = DecisionFilter::All;
    CustomerSortKey sort_key = CustomerSortKey::Name;
    bool ascending = true;

    bool operator==(const CustomerQuery&) const = default;
};

// Lower-cases ASCII and the German letters Ä Ö Ü (ß stays), so "MÜLLER" finds "Müller".
std::string foldCase(std::string_view text);

// Indices into portfolio.customers that pass the query, in display order.
// Ties are broken by name, then id, so the order is stable across re-sorts.
// `classes` gives the class in effect per customer (parallel to portfolio.customers);
// without it the stored class counts.
std::vector<int> queryCustomers(const model::Portfolio& portfolio, const CustomerQuery& query,
                                const Classification* classes = nullptr);

// The same, cached: the folded search text per customer once per revision and
// day, the rows once per query on top of it.
class CustomerListCache {
public:
    const std::vector<int>& rows(const model::Portfolio& portfolio, const DerivedKey& key, const CustomerQuery& query,
                                 const Classification* classes = nullptr);
    int recomputations() const { return rows_.recomputations(); }

private:
    Derived<std::vector<std::string>> search_text_;
    Derived<std::vector<int>, std::pair<DerivedKey, CustomerQuery>> rows_;
};

}  // namespace etappe::rules
