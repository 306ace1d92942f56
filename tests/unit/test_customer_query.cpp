#include <doctest/doctest.h>

#include "rules/customer_query.h"
#include "rules/natural_order.h"

using namespace etappe;
using rules::CustomerSortKey;

namespace {
model::Portfolio smallPortfolio() {
    model::Portfolio p;
    auto add = [&](const char* name, const char* city, method::CustomerClass cls, std::int64_t euros,
                   method::SalesPhase phase) {
        model::Customer c;
        c.id = p.allocateId();
        c.name = name;
        c.city = city;
        c.customer_class = cls;
        c.annual_revenue.cents = euros * 100;
        c.phase = phase;
        p.customers.push_back(c);
    };
    add("Müller Anlagenbau", "Würzburg", method::CustomerClass::A, 900000, method::SalesPhase::Realisation);
    add("brandt logistik", "Köln", method::CustomerClass::C, 12000, method::SalesPhase::Identification);
    add("Ackermann Foods", "Lübeck", method::CustomerClass::B, 150000, method::SalesPhase::Offer);
    add("Zeller Kunststoff", "München", method::CustomerClass::C, 12000, method::SalesPhase::Qualification);
    p.customers[2].contacts.push_back(model::Contact{99, "Sabine Gerens", "Einkauf", "", ""});
    return p;
}

std::vector<std::string> names(const model::Portfolio& p, const std::vector<int>& rows) {
    std::vector<std::string> out;
    for (int r : rows) out.push_back(p.customers[static_cast<std::size_t>(r)].name);
    return out;
}
}  // namespace

TEST_CASE("sorting by name ignores case, both directions") {
    const auto p = smallPortfolio();
    rules::CustomerQuery q;
    CHECK(names(p, rules::queryCustomers(p, q)) ==
          std::vector<std::string>{"Ackermann Foods", "brandt logistik", "Müller Anlagenbau", "Zeller Kunststoff"});
    q.ascending = false;
    CHECK(names(p, rules::queryCustomers(p, q)).front() == "Zeller Kunststoff");
}

TEST_CASE("sorting by revenue breaks ties by name, so the order is stable") {
    const auto p = smallPortfolio();
    rules::CustomerQuery q;
    q.sort_key = CustomerSortKey::Revenue;
    q.ascending = false;
    CHECK(names(p, rules::queryCustomers(p, q)) ==
          std::vector<std::string>{"Müller Anlagenbau", "Ackermann Foods", "brandt logistik", "Zeller Kunststoff"});
    q.ascending = true;
    CHECK(names(p, rules::queryCustomers(p, q)) ==
          std::vector<std::string>{"brandt logistik", "Zeller Kunststoff", "Ackermann Foods", "Müller Anlagenbau"});
}

TEST_CASE("sorting by class and phase follows the method's order") {
    const auto p = smallPortfolio();
    rules::CustomerQuery q;
    q.sort_key = CustomerSortKey::Class;
    CHECK(names(p, rules::queryCustomers(p, q)).front() == "Müller Anlagenbau");
    q.sort_key = CustomerSortKey::Phase;
    CHECK(names(p, rules::queryCustomers(p, q)) ==
          std::vector<std::string>{"brandt logistik", "Zeller Kunststoff", "Ackermann Foods", "Müller Anlagenbau"});
}

TEST_CASE("the text filter finds names, cities and contacts regardless of case and umlauts") {
    const auto p = smallPortfolio();
    rules::CustomerQuery q;
    q.text = "MÜLLER";
    CHECK(names(p, rules::queryCustomers(p, q)) == std::vector<std::string>{"Müller Anlagenbau"});
    q.text = "köln";
    CHECK(names(p, rules::queryCustomers(p, q)) == std::vector<std::string>{"brandt logistik"});
    q.text = "gerens";
    CHECK(names(p, rules::queryCustomers(p, q)) == std::vector<std::string>{"Ackermann Foods"});
    q.text = "nobody";
    CHECK(rules::queryCustomers(p, q).empty());
}

TEST_CASE("the class filter hides unticked classes") {
    const auto p = smallPortfolio();
    rules::CustomerQuery q;
    q.classes = {false, false, true};
    CHECK(names(p, rules::queryCustomers(p, q)) == std::vector<std::string>{"brandt logistik", "Zeller Kunststoff"});
}

TEST_CASE("the list cache recomputes only when the revision or the query changes") {
    const auto p = smallPortfolio();
    rules::CustomerListCache cache;
    rules::CustomerQuery q;
    cache.rows(p, {1, "2026-11-23"}, q);
    cache.rows(p, {1, "2026-11-23"}, q);
    CHECK(cache.recomputations() == 1);
    q.text.push_back('a');  // (push_back: g++ 12 warns falsely on assigning a one-letter literal)
    cache.rows(p, {1, "2026-11-23"}, q);
    CHECK(cache.recomputations() == 2);
    cache.rows(p, {2, "2026-11-23"}, q);
    CHECK(cache.recomputations() == 3);
}

TEST_CASE("names with numbers sort as people count: Kunde 2 before Kunde 10") {
    model::Portfolio p;
    for (const char* name : {"Kunde 10", "Kunde 2", "Kunde 1", "Werk 09 Nord", "Werk 9 Süd", "Kunde 11"}) {
        model::Customer c;
        c.id = p.allocateId();
        c.name = name;
        p.customers.push_back(c);
    }
    rules::CustomerQuery q;
    CHECK(names(p, rules::queryCustomers(p, q)) ==
          std::vector<std::string>{"Kunde 1", "Kunde 2", "Kunde 10", "Kunde 11", "Werk 09 Nord", "Werk 9 Süd"});
    CHECK(rules::naturalLess("a2", "a10"));
    CHECK_FALSE(rules::naturalLess("a10", "a2"));
    CHECK(rules::naturalLess("a", "a1"));
    CHECK(rules::naturalLess("07", "7"));  // equal values: byte order keeps it total
    CHECK_FALSE(rules::naturalLess("7", "07"));
    CHECK_FALSE(rules::naturalLess("x", "x"));
}
