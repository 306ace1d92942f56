#pragma once
#include <optional>

#include "model/customer.h"
#include "shell/ui_context.h"
#include "views/customer_history.h"
#include "views/entity_draft.h"
#include "ui/widgets.h"

namespace etappe::app {

// The detail pane of one customer. Widgets edit a draft copy; the draft is
// committed as one undoable edit when a field is left (one typed word, one step).
class CustomerEditor {
public:
    // Draws the editor for `customer_id`. Returns true when the user asked to delete it.
    bool draw(UiContext& ctx, model::Id customer_id);

    // Commits a pending change (e.g. before another customer is selected).
    void commit(UiContext& ctx);
    void focusName() { focus_name_ = true; }

private:
    void drawMasterData(UiContext& ctx);
    void drawContacts(UiContext& ctx);
    void removeContact(UiContext& ctx, model::Customer& d, model::Id contact_id);
    void drawContactRemoval(UiContext& ctx, model::Customer& d);
    void drawKnowledge(UiContext& ctx);
    void drawClassDecision(UiContext& ctx, model::Customer& d);
    void commitIfLeft(UiContext& ctx);

    CustomerDraft draft_;
    CustomerHistory history_;
    ui::MoneyInput revenue_input_;
    ui::MoneyInput potential_input_;
    bool focus_name_ = false;
    model::Id contact_to_remove_ = model::kNoId;  // the contact the removal question is about
    bool ask_removal_ = false;                    // open that question in the next frame
};

}  // namespace etappe::app
