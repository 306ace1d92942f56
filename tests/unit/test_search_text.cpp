#include <doctest/doctest.h>

#include "rules/customer_query.h"
#include "rules/search_text.h"

using namespace etappe;

TEST_CASE("search ignores case, accents and ß, and knows the German way of typing umlauts") {
    const std::string kaeserei = rules::searchHaystack("Allgäuer Käserei Rappenalm eG");
    CHECK(rules::searchMatches(kaeserei, "kase"));
    CHECK(rules::searchMatches(kaeserei, "KÄSE"));
    CHECK(rules::searchMatches(kaeserei, "kaese"));
    CHECK(rules::searchMatches(kaeserei, "allgaeuer"));
    CHECK_FALSE(rules::searchMatches(kaeserei, "kasse"));
    const std::string strass = rules::searchHaystack("Strassberger Kunststofftechnik");
    CHECK(rules::searchMatches(strass, "Straß"));
    CHECK(rules::searchMatches(rules::searchHaystack("Weißbräu Öttl"), "weissbrau"));
    CHECK(rules::searchMatches(rules::searchHaystack("Frau Sørensen"), "sorensen"));
    CHECK(rules::searchMatches(rules::searchHaystack("Herrn Łukasz Nowak"), "lukasz"));
    CHECK(rules::searchMatches(rules::searchHaystack("Café Élysée"), "cafe ely"));
    CHECK(rules::searchMatches(rules::searchHaystack("anything"), ""));
}

TEST_CASE("the customers table finds a customer typed without umlauts or with ß") {
    model::Portfolio p;
    for (const char* name : {"Allgäuer Käserei", "Strassberger Kunststoff", "Müller Logistik"}) {
        model::Customer c;
        c.id = p.allocateId();
        c.name = name;
        p.customers.push_back(c);
    }
    rules::CustomerQuery q;
    q.text = "kase";
    CHECK(rules::queryCustomers(p, q).size() == 1);
    q.text = "Straß";
    CHECK(rules::queryCustomers(p, q) == std::vector<int>{1});
    q.text = "mueller";
    CHECK(rules::queryCustomers(p, q) == std::vector<int>{2});
}
