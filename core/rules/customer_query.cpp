#include "rules/customer_query.h"

#include <algorithm>
#include <tuple>

#include "rules/knowledge.h"

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
    return foldCase(text);
}

bool lessBy(const model::Customer& a, const model::Customer& b, CustomerSortKey key) {
    switch (key) {
        case CustomerSortKey::Name: return false;  // decided by the tie-break below
        case CustomerSortKey::Class: return a.customer_class < b.customer_class;
        case CustomerSortKey::City: return a.city < b.city;
        case CustomerSortKey::Revenue: return a.annual_revenue.cents < b.annual_revenue.cents;
        case CustomerSortKey::Phase: return a.phase < b.phase;
        case CustomerSortKey::Knowledge: return knowledgeReadinessPercent(a) < knowledgeReadinessPercent(b);
    }
    return false;
}

std::vector<int> queryWithHaystack(const model::Portfolio& portfolio, const CustomerQuery& query,
                                   const std::vector<std::string>& haystack) {
    const std::string needle = foldCase(query.text);
    std::vector<int> rows;
    rows.reserve(portfolio.customers.size());
    for (std::size_t i = 0; i < portfolio.customers.size(); ++i) {
        const auto& c = portfolio.customers[i];
        if (!query.classes[static_cast<std::size_t>(c.customer_class)]) continue;
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
        if (lessBy(a, b, query.sort_key)) return query.ascending;
        if (lessBy(b, a, query.sort_key)) return !query.ascending;
        const bool by_name_only = query.sort_key == CustomerSortKey::Name;
        const bool name_first = by_name_only ? query.ascending : true;
        if (name_a != name_b) return (name_a < name_b) == name_first;
        return a.id < b.id;
    });
    return rows;
}

}  // namespace

std::vector<int> queryCustomers(const model::Portfolio& portfolio, const CustomerQuery& query) {
    std::vector<std::string> haystack;
    haystack.reserve(portfolio.customers.size());
    for (const auto& c : portfolio.customers) haystack.push_back(haystackOf(c));
    return queryWithHaystack(portfolio, query, haystack);
}

void CustomerListCache::rebuildSearchText(const model::Portfolio& portfolio) {
    search_text_.clear();
    search_text_.reserve(portfolio.customers.size());
    for (const auto& c : portfolio.customers) search_text_.push_back(haystackOf(c));
}

const std::vector<int>& CustomerListCache::rows(const model::Portfolio& portfolio, std::uint64_t revision,
                                                const CustomerQuery& query) {
    if (revision == revision_ && query == query_) return rows_;
    if (revision != text_revision_) {
        rebuildSearchText(portfolio);
        text_revision_ = revision;
    }
    rows_ = queryWithHaystack(portfolio, query, search_text_);
    revision_ = revision;
    query_ = query;
    ++recomputations_;
    return rows_;
}

}  // namespace etappe::rules
