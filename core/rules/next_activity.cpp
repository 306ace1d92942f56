#include "rules/next_activity.h"

#include <tuple>
#include <unordered_set>

#include "dates/iso_date.h"
#include "rules/plan_progress.h"

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

const model::Activity* nextActivityOf(const model::Portfolio& portfolio, model::Id customer_id, std::string_view today,
                                      std::string_view meeting_date, std::string_view meeting_time) {
    const model::Activity* next = nullptr;
    for (const model::Activity& a : portfolio.activities) {
        if (a.customer_id != customer_id || a.status != model::ActivityStatus::Planned) continue;
        if (!dates::isIsoDate(a.date) || a.date < today) continue;
        if (a.date == meeting_date && (meeting_time.empty() || a.time == meeting_time)) continue;
        if (next == nullptr || std::tie(a.date, a.time) < std::tie(next->date, next->time)) next = &a;
    }
    return next;
}

model::Activity activityFromPlan(const model::Customer& customer, const model::ConversationPlan* plan, model::Id id,
                                 std::string_view today) {
    model::Activity activity;
    activity.id = id;
    activity.customer_id = customer.id;
    activity.date = dates::addDays(today, 1);
    if (!plan) return activity;
    for (const model::Id attendee : plan->attendee_ids) {
        if (!customer.findContact(attendee)) continue;  // a stale id names nobody
        activity.contact_id = attendee;
        break;
    }
    const std::size_t step = currentStep(*plan);
    if (step < method::kConversationStepCount)
        activity.step_key = std::string(method::conversationStepKey(method::conversationStepAt(step)));
    return activity;
}

}  // namespace etappe::rules
