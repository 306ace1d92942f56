#pragma once
// cereal functions for the model: the on-disk shape of a portfolio file.
// Include only after core/storage/json.h (it configures RapidJSON).

#include <string>

#include "storage/format.h"
#include "storage/json.h"
#include "model/portfolio.h"

namespace etappe::storage {

// Raised for a value that is well-formed JSON but not a valid Etappe value.
struct FormatError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace etappe::storage

namespace etappe::model {

template <class Archive>
void serialize(Archive& ar, Money& money) {
    ar(cereal::make_nvp("cents", money.cents), cereal::make_nvp("currency", money.currency));
}

template <class Archive>
void serialize(Archive& ar, Contact& contact) {
    ar(cereal::make_nvp("id", contact.id), cereal::make_nvp("name", contact.name),
       cereal::make_nvp("role", contact.role), cereal::make_nvp("email", contact.email),
       cereal::make_nvp("phone", contact.phone));
}

template <class Archive>
void save(Archive& ar, const Customer& c) {
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("industry", c.industry),
       cereal::make_nvp("city", c.city), cereal::make_nvp("notes", c.notes),
       cereal::make_nvp("class", std::string(method::customerClassKey(c.customer_class))),
       cereal::make_nvp("annual_revenue", c.annual_revenue), cereal::make_nvp("potential", c.potential),
       cereal::make_nvp("phase", std::string(method::salesPhaseKey(c.phase))),
       cereal::make_nvp("created_on", c.created_on), cereal::make_nvp("contacts", c.contacts));
}

template <class Archive>
void load(Archive& ar, Customer& c) {
    std::string class_key;
    std::string phase_key;
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("industry", c.industry),
       cereal::make_nvp("city", c.city), cereal::make_nvp("notes", c.notes), cereal::make_nvp("class", class_key),
       cereal::make_nvp("annual_revenue", c.annual_revenue), cereal::make_nvp("potential", c.potential),
       cereal::make_nvp("phase", phase_key), cereal::make_nvp("created_on", c.created_on),
       cereal::make_nvp("contacts", c.contacts));
    const auto customer_class = method::customerClassFromKey(class_key);
    if (!customer_class) throw storage::FormatError("unknown customer class \"" + class_key + "\"");
    const auto phase = method::salesPhaseFromKey(phase_key);
    if (!phase) throw storage::FormatError("unknown sales phase \"" + phase_key + "\"");
    c.customer_class = *customer_class;
    c.phase = *phase;
}

template <class Archive>
void serialize(Archive& ar, Portfolio& p) {
    ar(cereal::make_nvp("title", p.title), cereal::make_nvp("next_id", p.next_id),
       cereal::make_nvp("customers", p.customers));
}

}  // namespace etappe::model
