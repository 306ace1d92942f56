#include "storage/migrate.h"

#include "rules/abc_classification.h"

namespace etappe::storage {

void migrateToCurrent(model::Portfolio& portfolio, int from_version) {
    if (from_version >= 4) return;
    const rules::Classification classes = rules::classify(portfolio);
    if (classes.problem != rules::ClassificationProblem::None) {
        for (auto& customer : portfolio.customers) customer.class_decision.overridden = true;
        return;
    }
    for (std::size_t i = 0; i < portfolio.customers.size(); ++i) {
        model::Customer& customer = portfolio.customers[i];
        customer.class_decision.overridden = customer.customer_class != classes.customers[i].proposed;
    }
}

}  // namespace etappe::storage
