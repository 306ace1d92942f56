#include "rules/next_activity.h"

#include "dates/iso_date.h"

#include <unordered_set>

namespace etappe::rules {

std::vector<model::Id> aCustomersWithoutNextActivity(const model::Portfolio& portfolio, std::string_view today,
                                                     const Classification* classes) {
    std::unordered_set<model::Id> with_next;
    for (const model::Activity& a : portfolio.activities) {
        if (a.status == model::ActivityStatus::Planned && dates::isIsoDate(a.date) && a.date >= today)
            with_next.insert(a.customer_id);
    }
    std::vector<model::Id> missing;
    for (std::size_t i = 0; i < portfolio.customers.size(); ++i) {
        const model::Customer& c = portfolio.customers[i];
        const bool treated_as_a = classes && i < classes->customers.size() ? classes->customers[i].treated_as_a
                                                                           : c.customer_class == method::CustomerClass::A;
        if (treated_as_a && !with_next.contains(c.id)) missing.push_back(c.id);
    }
    return missing;
}

}  // namespace etappe::rules
