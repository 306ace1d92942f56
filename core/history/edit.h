#pragma once
// Making edits: what a user action changes, as one undo step (change.h).
// Each function reads the portfolio as it is now; hand the result to
// Document::apply, which also repairs what refers to removed entities.
#include <optional>
#include <string>

#include "history/change.h"

namespace etappe::history {

// The first id not used by the portfolio nor by `draft` (a customer being edited
// that may already hold new contacts or plans).
model::Id nextFreeId(const model::Portfolio& portfolio, const model::Customer* draft = nullptr);

// Any entity: `before` empty adds (at `position`, or at the end), `after` empty
// deletes, both given changes. `owner` is the parent of a nested entity (a
// plan's customer).
template <class Entity>
Edit editEntity(const model::Portfolio& portfolio, std::optional<Entity> before, std::optional<Entity> after,
                model::Id owner = model::kNoId, int position = -1);

Edit addCustomer(const model::Portfolio& portfolio, const model::Customer& customer, int position = -1);
Edit deleteCustomer(const model::Portfolio& portfolio, model::Id id);
// A changed customer as the editor holds it (with its plans): becomes a change of
// the customer's own data plus one change per added, removed or changed plan.
Edit changeCustomer(const model::Portfolio& portfolio, const model::Customer& before, const model::Customer& after);
Edit changeTitle(std::string before, std::string after);
Edit changePriorities(const model::Portfolio& portfolio, model::PrioritySettings before, model::PrioritySettings after);

// Plans, activities and goal plans: `before` empty adds, `after` empty deletes.
Edit editPlan(const model::Portfolio& portfolio, model::Id customer_id, std::optional<model::ConversationPlan> before,
              std::optional<model::ConversationPlan> after);
Edit editActivity(const model::Portfolio& portfolio, std::optional<model::Activity> before,
                  std::optional<model::Activity> after);
Edit editGoalPlan(const model::Portfolio& portfolio, std::optional<model::GoalPlan> before,
                  std::optional<model::GoalPlan> after);

}  // namespace etappe::history
