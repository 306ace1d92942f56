#pragma once
#include <optional>
#include <string>

#include "model/portfolio.h"

namespace etappe::history {

// One undoable change of one entity, stored as its state before and after (an
// entity-level memento), so a step costs the size of one entity, not of the
// whole portfolio.
template <class Entity>
struct EntityEdit {
    std::optional<Entity> before;  // empty: the entity was added
    std::optional<Entity> after;   // empty: the entity was deleted
    int position = -1;             // index in its list, to restore order on undo
};

struct TitleEdit {
    std::string before;
    std::string after;
};

// The portfolio's ABC thresholds and effort per class (METHOD §9), before and after.
struct SettingsEdit {
    model::PrioritySettings before;
    model::PrioritySettings after;
};

// What the user did, for the status line ("Undone: edit customer").
enum class EditKind { AddCustomer, DeleteCustomer, ChangeCustomer, ChangeTitle, Activity, GoalPlan, Priorities };

struct Edit {
    EditKind kind = EditKind::ChangeCustomer;
    std::optional<EntityEdit<model::Customer>> customer;
    std::optional<EntityEdit<model::Activity>> activity;
    std::optional<EntityEdit<model::GoalPlan>> goal_plan;
    std::optional<TitleEdit> title;
    std::optional<SettingsEdit> priorities;
    // Ids handed out by this edit advance the portfolio's counter; undo puts it back.
    model::Id next_id_before = model::kNoId;
    model::Id next_id_after = model::kNoId;
    std::size_t approximateBytes() const;
};

// The first id not used by the portfolio nor by `draft` (a customer being edited
// that may already hold new contacts or plans).
model::Id nextFreeId(const model::Portfolio& portfolio, const model::Customer* draft = nullptr);

Edit addCustomer(const model::Portfolio& portfolio, const model::Customer& customer, int position = -1);
Edit deleteCustomer(const model::Portfolio& portfolio, model::Id id);
Edit changeCustomer(const model::Portfolio& portfolio, const model::Customer& before, const model::Customer& after);
Edit changeTitle(std::string before, std::string after);
Edit changePriorities(const model::Portfolio& portfolio, model::PrioritySettings before, model::PrioritySettings after);

// Activities and goal plans: `before` empty adds, `after` empty deletes.
Edit editActivity(const model::Portfolio& portfolio, std::optional<model::Activity> before,
                  std::optional<model::Activity> after);
Edit editGoalPlan(const model::Portfolio& portfolio, std::optional<model::GoalPlan> before,
                  std::optional<model::GoalPlan> after);

// Applies the edit forward (redo) or backward (undo). Returns false when the
// portfolio is not in the state the edit expects (the edit is then ignored).
bool applyEdit(model::Portfolio& portfolio, const Edit& edit, bool forward);

}  // namespace etappe::history
