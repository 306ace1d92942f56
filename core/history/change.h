#pragma once
// One user action as data: a list of entity changes, each the entity's state
// before and after (an entity-level memento), so a step costs the size of the
// entities it touched, not of the whole portfolio.
#include <optional>
#include <variant>
#include <vector>

#include "history/entities.h"

namespace etappe::history {

template <class Entity>
struct Change {
    std::optional<Entity> before;  // empty: the entity was added
    std::optional<Entity> after;   // empty: the entity was deleted
    model::Id owner = model::kNoId;  // nested entities: the parent's id (a plan's customer)
    int position = -1;               // index in its list, so undo restores the order
};

// Every entity type the history can change (see entities.h).
using EntityChange = std::variant<Change<model::Customer>, Change<model::ConversationPlan>, Change<model::Activity>,
                                  Change<model::GoalPlan>, Change<model::Review>, Change<model::Exercise>,
                                  Change<model::Observation>,
                                  Change<model::PrioritySettings>,
                                  Change<PortfolioTitle>>;

// One undo step: its changes are applied in order and undone in reverse.
struct Edit {
    std::vector<EntityChange> changes;
    // Ids handed out by this edit advance the portfolio's counter; undo puts it back.
    model::Id next_id_before = model::kNoId;
    model::Id next_id_after = model::kNoId;

    bool empty() const { return changes.empty(); }
    std::size_t approximateBytes() const;
    // Appends `later` (made on the state after this edit) to this step.
    void append(Edit later);
};

// Applies every change forward (redo) or backward (undo). When one does not fit
// the portfolio (an entity missing, or a singleton not in the expected state),
// the changes applied so far are reverted and false is returned: all or nothing.
bool applyEdit(model::Portfolio& portfolio, const Edit& edit, bool forward);

}  // namespace etappe::history
