#include "rules/customer_query.h"

#include <algorithm>
#include <tuple>

#include "rules/knowledge.h"
#include "rules/natural_order.h"
#include "rules/search_text.h"

namespace etappe::rules {

std::string foldCase(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        // UTF-8 Ä Ö Ü are C3 84 / C3 96 / C3 9C; their lower-case forms are 0x20 higher.
        if (byte == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            out += static_cast<char>(byte);
            out += static_cast<char>((next == 0x84 || next == 0x96 || next == 0x9C) ? next + 0x20 : next);
            ++i;
            continue;
        }
        out += (byte >= 'A' && byte <= 'Z') ? static_cast<char>(byte + 32) : static_cast<char>(byte);
    }
    return out;
}

namespace {

std::string haystackOf(const model::Customer& c) {
    std::string text = c.name + '\n' + c.city + '\n' + c.industry;
    for (const auto& contact : c.contacts) text += '\n' + contact.name;
    return searchHaystack(text);
}

method::CustomerClass classOf(const model::Portfolio& portfolio, const Classification* classes, std::size_t index) {
    if (classes && index < classes->customers.size()) return classes->customers[index].effective;
    return portfolio.customers[index].customer_class;
}

bool passesDecisionFilter(const model::Customer& c, DecisionFilter filter, method::CustomerClass effective) {
    switch (filter) {
        case DecisionFilter::All: return true;
        case DecisionFilter::Overridden: return c.class_decision.overridden;
        case DecisionFilter::FollowsProposal: return !c.class_decision.overridden;
        case DecisionFilter::CouldBecomeA: return c.class_decision.could_become_a && effective != method::CustomerClass::A;
    }
    return true;
}

bool lessBy(const model::Customer& a, const model::Customer& b, CustomerSortKey key, method::CustomerClass class_a,
            method::CustomerClass class_b) {
    switch (key) {
        case CustomerSortKey::Name: return false;  // decided by the tie-break below
        case CustomerSortKey::Class: return class_a < class_b;
        case CustomerSortKey::City: return naturalLess(a.city, b.city);
        case CustomerSortKey::Revenue: return a.annual_revenue.cents < b.annual_revenue.cents;
        case CustomerSortKey::Phase: return a.phase < b.phase;
        case CustomerSortKey::Knowledge: return knowledgeReadinessPercent(a) < knowledgeReadinessPercent(b);
    }
    return false;
}

std::vector<int> queryWithHaystack(const model::Portfolio& portfolio, const CustomerQuery& query,
                                   const std::vector<std::string>& haystack, const Classification* classes) {
    const std::string needle = searchFold(query.text);
    std::vector<int> rows;
    rows.reserve(portfolio.customers.size());
    for (std::size_t i = 0; i < portfolio.customers.size(); ++i) {
        const auto& c = portfolio.customers[i];
        const method::CustomerClass effective = classOf(portfolio, classes, i);
        if (!query.classes[static_cast<std::size_t>(effective)]) continue;
        if (!passesDecisionFilter(c, query.decisions, effective)) continue;
        if (!needle.empty() && haystack[i].find(needle) == std::string::npos) continue;
        rows.push_back(static_cast<int>(i));
    }
    const auto& list = portfolio.customers;
    std::vector<std::string> folded_names(list.size());
    for (const int row : rows) folded_names[static_cast<std::size_t>(row)] = foldCase(list[static_cast<std::size_t>(row)].name);
    std::stable_sort(rows.begin(), rows.end(), [&](int ia, int ib) {
        const auto& a = list[static_cast<std::size_t>(ia)];
        const auto& b = list[static_cast<std::size_t>(ib)];
        const auto& name_a = folded_names[static_cast<std::size_t>(ia)];
        const auto& name_b = folded_names[static_cast<std::size_t>(ib)];
        const auto class_a = classOf(portfolio, classes, static_cast<std::size_t>(ia));
        const auto class_b = classOf(portfolio, classes, static_cast<std::size_t>(ib));
        if (lessBy(a, b, query.sort_key, class_a, class_b)) return query.ascending;
        if (lessBy(b, a, query.sort_key, class_b, class_a)) return !query.ascending;
        const bool by_name_only = query.sort_key == CustomerSortKey::Name;
        const bool name_first = by_name_only ? query.ascending : true;
        if (name_a != name_b) return naturalLess(name_a, name_b) == name_first;  // "Kunde 2" before "Kunde 10"
        return a.id < b.id;
    });
    return rows;
}

}  // namespace

std::vector<int> queryCustomers(const model::Portfolio& portfolio, const CustomerQuery& query,
                                const Classification* classes) {
    std::vector<std::string> haystack;
    haystack.reserve(portfolio.customers.size());
    for (const auto& c : portfolio.customers) haystack.push_back(haystackOf(c));
    return queryWithHaystack(portfolio, query, haystack, classes);
}

const std::vector<int>& CustomerListCache::rows(const model::Portfolio& portfolio, const DerivedKey& key,
                                                const CustomerQuery& query, const Classification* classes) {
    const auto& haystack = search_text_.get(key, [&] {
        std::vector<std::string> text;
        text.reserve(portfolio.customers.size());
        for (const auto& c : portfolio.customers) text.push_back(haystackOf(c));
        return text;
    });
    return rows_.get({key, query}, [&] { return queryWithHaystack(portfolio, query, haystack, classes); });
}

}  // namespace etappe::rules
