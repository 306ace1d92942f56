#pragma once
#include <optional>
#include <string>

#include "model/portfolio.h"

namespace etappe::history {

// One undoable change, stored as the affected entity's state before and after
// (an entity-level memento), so a step costs the size of one customer, not of
// the whole portfolio.
struct CustomerEdit {
    std::optional<model::Customer> before;  // empty: the customer was added
    std::optional<model::Customer> after;   // empty: the customer was deleted
    int position = -1;                      // index in the list, to restore order on undo
};

struct TitleEdit {
    std::string before;
    std::string after;
};

// What the user did, in words for the undo menu ("Undo: edit customer").
enum class EditKind { AddCustomer, DeleteCustomer, ChangeCustomer, ChangeTitle };

struct Edit {
    EditKind kind = EditKind::ChangeCustomer;
    std::optional<CustomerEdit> customer;
    std::optional<TitleEdit> title;
    // Ids handed out by this edit advance the portfolio's counter; undo puts it back.
    model::Id next_id_before = model::kNoId;
    model::Id next_id_after = model::kNoId;
    std::size_t approximateBytes() const;
};

// The first id not used by the portfolio nor by `draft` (a customer being edited
// that may already hold new contacts).
model::Id nextFreeId(const model::Portfolio& portfolio, const model::Customer* draft = nullptr);

Edit addCustomer(const model::Portfolio& portfolio, const model::Customer& customer, int position = -1);
Edit deleteCustomer(const model::Portfolio& portfolio, model::Id id);
Edit changeCustomer(const model::Portfolio& portfolio, const model::Customer& before, const model::Customer& after);
Edit changeTitle(std::string before, std::string after);

// Applies the edit forward (redo) or backward (undo). Returns false when the
// portfolio is not in the state the edit expects (the edit is then ignored).
bool applyEdit(model::Portfolio& portfolio, const Edit& edit, bool forward);

}  // namespace etappe::history
