#pragma once
// Making edits: what a user action changes, as one undo step (change.h).
// Each function reads the portfolio as it is now; hand the result to
// Document::apply, which also repairs what refers to removed entities.
#include <algorithm>
#include <optional>
#include <string>

#include "history/change.h"

namespace etappe::history {

// The first id not used by the portfolio nor by `draft` (a customer being edited
// that may already hold new contacts or plans).
model::Id nextFreeId(const model::Portfolio& portfolio, const model::Customer* draft = nullptr);

// The highest id an entity carries: its own, or that of what it holds.
template <class Entity>
model::Id highestId(const Entity& entity) {
    if constexpr (requires { EntityTraits<Entity>::highestId(entity); }) {
        return EntityTraits<Entity>::highestId(entity);
    } else {
        return EntityTraits<Entity>::idOf(entity);
    }
}

// Any entity: `before` empty adds (at `position`, or at the end), `after` empty
// deletes, both given changes. `owner` is the parent of a nested entity (a
// plan's customer). Works for every type in EntityChange without more code.
template <class Entity>
Edit editEntity(const model::Portfolio& portfolio, std::optional<Entity> before, std::optional<Entity> after,
                model::Id owner = model::kNoId, int position = -1) {
    // A deleted entity returns to its old place on undo.
    if (before && !after) {
        position = -1;
        const auto* list = EntityTraits<Entity>::list(portfolio, owner);
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            if (EntityTraits<Entity>::idOf((*list)[i]) == EntityTraits<Entity>::idOf(*before)) position = static_cast<int>(i);
        }
    }
    const model::Id highest = after ? highestId(*after) : model::kNoId;
    Edit edit;
    edit.changes.push_back(Change<Entity>{std::move(before), std::move(after), owner, position});
    edit.next_id_before = portfolio.next_id;
    edit.next_id_after = std::max(portfolio.next_id, highest + 1);
    return edit;
}

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
Edit editReview(const model::Portfolio& portfolio, std::optional<model::Review> before, std::optional<model::Review> after);
Edit editExercise(const model::Portfolio& portfolio, std::optional<model::Exercise> before,
                  std::optional<model::Exercise> after);
Edit editObservation(const model::Portfolio& portfolio, std::optional<model::Observation> before,
                     std::optional<model::Observation> after);

}  // namespace etappe::history
