#pragma once
#include <optional>

#include "model/customer.h"
#include "shell/ui_context.h"

namespace etappe::app {

// A working copy of one customer that widgets edit directly. It is committed
// as one undoable edit when a field is left, so one typed word is one step;
// it follows the document (undo, redo) whenever no field is being edited.
class CustomerDraft {
public:
    // Returns the draft of `customer_id`, or nullptr when it does not exist.
    model::Customer* sync(const UiContext& ctx, model::Id customer_id);
    void commit(UiContext& ctx);
    // Call right after a text widget.
    void commitIfLeft(UiContext& ctx);
    // Call at the end of the frame: commits choices made with non-text widgets.
    void commitWhenIdle(UiContext& ctx);
    model::Customer* get() { return draft_ ? &*draft_ : nullptr; }

private:
    std::optional<model::Customer> draft_;
    std::uint64_t revision_ = 0;
};

}  // namespace etappe::app
