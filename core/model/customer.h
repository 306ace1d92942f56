#pragma once
#include <string>
#include <vector>

#include "model/ids.h"
#include "model/money.h"
#include "method/customer_class.h"
#include "method/sales_phase.h"

namespace etappe::model {

struct Contact {
    Id id = kNoId;
    std::string name;
    std::string role;  // role or title, e.g. "Einkaufsleiterin"
    std::string email;
    std::string phone;

    bool operator==(const Contact&) const = default;
};

struct Customer {
    Id id = kNoId;
    std::string name;
    std::string industry;
    std::string city;
    std::string notes;
    method::CustomerClass customer_class = method::CustomerClass::C;
    Money annual_revenue;
    Money potential;
    method::SalesPhase phase = method::SalesPhase::Identification;
    std::string created_on;  // ISO-8601 date, YYYY-MM-DD
    std::vector<Contact> contacts;

    bool operator==(const Customer&) const = default;
};

}  // namespace etappe::model
