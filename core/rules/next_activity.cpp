#include "rules/next_activity.h"

#include "model/calendar.h"

namespace etappe::rules {

bool hasNextDatedActivity(const model::Portfolio& portfolio, model::Id customer_id, std::string_view today) {
    for (const model::Activity& a : portfolio.activities) {
        if (a.customer_id == customer_id && a.status == model::ActivityStatus::Planned && model::isIsoDate(a.date) &&
            a.date >= today)
            return true;
    }
    return false;
}

}  // namespace etappe::rules
