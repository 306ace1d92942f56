#include "history/edit.h"

#include <algorithm>

namespace etappe::history {

namespace {

Edit single(EntityChange change) {
    Edit edit;
    edit.changes.push_back(std::move(change));
    return edit;
}

}  // namespace

model::Id nextFreeId(const model::Portfolio& portfolio, const model::Customer* draft) {
    return draft ? std::max(portfolio.next_id, highestId(*draft) + 1) : portfolio.next_id;
}

Edit addCustomer(const model::Portfolio& portfolio, const model::Customer& customer, int position) {
    return editEntity<model::Customer>(portfolio, std::nullopt, customer, model::kNoId, position);
}

Edit deleteCustomer(const model::Portfolio& portfolio, model::Id id) {
    const model::Customer* customer = portfolio.findCustomer(id);
    if (!customer) return Edit{};
    // Deleted with its plans in one memento: undo brings both back.
    return editEntity<model::Customer>(portfolio, *customer, std::nullopt);
}

Edit changeCustomer(const model::Portfolio& portfolio, const model::Customer& before, const model::Customer& after) {
    Edit edit;
    edit.next_id_before = portfolio.next_id;
    edit.next_id_after = std::max(portfolio.next_id, highestId(after) + 1);
    model::Customer own_before = withoutPlans(before);
    model::Customer own_after = withoutPlans(after);
    if (own_before != own_after) edit.changes.push_back(Change<model::Customer>{std::move(own_before), std::move(own_after)});

    // Removed plans, from the last, so each recorded position is its old index.
    for (std::size_t i = before.plans.size(); i-- > 0;) {
        const auto& plan = before.plans[i];
        if (!after.findPlan(plan.id)) {
            edit.changes.push_back(Change<model::ConversationPlan>{plan, std::nullopt, before.id, static_cast<int>(i)});
        }
    }
    for (std::size_t i = 0; i < after.plans.size(); ++i) {
        const auto& plan = after.plans[i];
        const model::ConversationPlan* old = before.findPlan(plan.id);
        if (!old) {
            edit.changes.push_back(Change<model::ConversationPlan>{std::nullopt, plan, before.id, static_cast<int>(i)});
        } else if (*old != plan) {
            edit.changes.push_back(Change<model::ConversationPlan>{*old, plan, before.id});
        }
    }
    return edit;
}

Edit changeTitle(std::string before, std::string after) {
    return single(Change<PortfolioTitle>{PortfolioTitle{std::move(before)}, PortfolioTitle{std::move(after)}});
}

Edit changePriorities(const model::Portfolio& /*portfolio*/, model::PrioritySettings before, model::PrioritySettings after) {
    return single(Change<model::PrioritySettings>{std::move(before), std::move(after)});
}

Edit editPlan(const model::Portfolio& portfolio, model::Id customer_id, std::optional<model::ConversationPlan> before,
              std::optional<model::ConversationPlan> after) {
    return editEntity(portfolio, std::move(before), std::move(after), customer_id);
}

Edit editActivity(const model::Portfolio& portfolio, std::optional<model::Activity> before,
                  std::optional<model::Activity> after) {
    return editEntity(portfolio, std::move(before), std::move(after));
}

Edit editGoalPlan(const model::Portfolio& portfolio, std::optional<model::GoalPlan> before,
                  std::optional<model::GoalPlan> after) {
    return editEntity(portfolio, std::move(before), std::move(after));
}

Edit editReview(const model::Portfolio& portfolio, std::optional<model::Review> before, std::optional<model::Review> after) {
    return editEntity(portfolio, std::move(before), std::move(after));
}

Edit editExercise(const model::Portfolio& portfolio, std::optional<model::Exercise> before,
                  std::optional<model::Exercise> after) {
    return editEntity(portfolio, std::move(before), std::move(after));
}

Edit editObservation(const model::Portfolio& portfolio, std::optional<model::Observation> before,
                     std::optional<model::Observation> after) {
    return editEntity(portfolio, std::move(before), std::move(after));
}

}  // namespace etappe::history
