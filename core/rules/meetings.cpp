#include "rules/meetings.h"

#include "dates/iso_date.h"

namespace etappe::rules {

std::vector<Meeting> meetingsOf(const model::Portfolio& portfolio, const Classification* classes) {
    std::vector<Meeting> meetings;
    for (const model::Customer& customer : portfolio.customers) {
        for (const model::ConversationPlan& plan : customer.plans) {
            if (!dates::isIsoDate(plan.date)) continue;
            const std::string time = dates::isClockTime(plan.time) ? plan.time : std::string();
            meetings.push_back(Meeting{customer.id, plan.id, plan.date, time});
        }
        if (!dates::isIsoDate(customer.reduced_plan.date)) continue;
        const CustomerClassInfo* info = classes ? classes->find(customer.id) : nullptr;
        if (info && info->treated_as_a) continue;
        meetings.push_back(Meeting{customer.id, model::kNoId, customer.reduced_plan.date, ""});
    }
    return meetings;
}

}  // namespace etappe::rules
