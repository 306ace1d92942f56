#include "model/customer.h"

namespace etappe::model {

const Contact* Customer::findContact(Id contact_id) const {
    for (const Contact& contact : contacts) {
        if (contact.id == contact_id) return &contact;
    }
    return nullptr;
}

const ConversationPlan* Customer::findPlan(Id plan_id) const {
    for (const ConversationPlan& plan : plans) {
        if (plan.id == plan_id) return &plan;
    }
    return nullptr;
}

}  // namespace etappe::model
