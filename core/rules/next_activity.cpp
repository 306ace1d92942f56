#include "rules/next_activity.h"

#include "model/calendar.h"

#include <unordered_set>

namespace etappe::rules {

std::vector<model::Id> aCustomersWithoutNextActivity(const model::Portfolio& portfolio, std::string_view today) {
    std::unordered_set<model::Id> with_next;
    for (const model::Activity& a : portfolio.activities) {
        if (a.status == model::ActivityStatus::Planned && model::isIsoDate(a.date) && a.date >= today)
            with_next.insert(a.customer_id);
    }
    std::vector<model::Id> missing;
    for (const model::Customer& c : portfolio.customers) {
        if (c.customer_class == method::CustomerClass::A && !with_next.contains(c.id)) missing.push_back(c.id);
    }
    return missing;
}

}  // namespace etappe::rules
