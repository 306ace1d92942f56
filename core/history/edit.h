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
    std::size_t approximateBytes() const;
};

Edit addCustomer(const model::Customer& customer, int position);
Edit deleteCustomer(const model::Portfolio& portfolio, model::Id id);
Edit changeCustomer(const model::Customer& before, const model::Customer& after);
Edit changeTitle(std::string before, std::string after);

// Applies the edit forward (redo) or backward (undo). Returns false when the
// portfolio is not in the state the edit expects (the edit is then ignored).
bool applyEdit(model::Portfolio& portfolio, const Edit& edit, bool forward);

}  // namespace etappe::history
