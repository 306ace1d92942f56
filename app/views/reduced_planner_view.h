#pragma once
#include "shell/ui_context.h"
#include "ui/widgets.h"
#include "views/entity_draft.h"

namespace etappe::app {

// The reduced process for B and C customers (METHOD §10): five elements, each
// with its coaching text and the few fields a rep fills in before a contact.
class ReducedPlannerView {
public:
    // Draws the plan of `customer_id`; the shell chooses this view for customers not treated as A.
    void draw(UiContext& ctx, model::Id customer_id);

private:
    void drawElement(UiContext& ctx, model::ReducedPlan& plan, std::size_t element);

    EntityDraft<model::Customer> draft_;
    ui::ValidatedInput date_input_;
};

}  // namespace etappe::app
