#pragma once
#include "model/customer.h"
#include "shell/screen.h"
#include "shell/ui_context.h"
#include "ui/widgets.h"
#include "views/entity_draft.h"
#include "views/reduced_planner_view.h"

namespace etappe::app {

// The conversation planner: one meeting with an A customer prepared along the
// 16 steps (METHOD §5), with the path of stations showing where the plan stands.
class PlannerView : public Screen {
public:
    // "reduced" opens the plan of the first B customer (the reduced process).
    static constexpr ScreenInfo kInfo{"plan", "screen.plan", {"reduced"}};
    void draw(UiContext& ctx) override;
    void onShow(UiContext& ctx, model::Id selected_customer) override;
    void openMode(UiContext& ctx, std::string_view mode) override;
    std::vector<Shortcut> shortcuts() override;
    void open(UiContext& ctx, const NavigationRequest& request) override;

    // Opens the planner on a customer (its newest plan), or on one of its plans.
    void openCustomer(model::Id customer_id);
    void openPlan(model::Id customer_id, model::Id plan_id);
    model::Id customerId() const { return customer_id_; }
    model::Id planId() const { return plan_id_; }
    int selectedStep() const { return step_; }

    void newPlan(UiContext& ctx, bool copy_last);
    void selectStep(int step) { step_ = step; }

private:
    model::ConversationPlan* currentPlan(UiContext& ctx, const model::Customer& customer);
    void drawToolbar(UiContext& ctx, const model::Customer& customer);
    void drawCustomerChoices(UiContext& ctx, model::Id current);
    void drawPlanHeader(UiContext& ctx, const model::Customer& customer, model::ConversationPlan& plan);
    void drawPath(UiContext& ctx, model::ConversationPlan& plan);
    void drawStep(UiContext& ctx, model::ConversationPlan& plan);
    void drawStepFields(UiContext& ctx, model::ConversationPlan& plan);
    void drawPreparationAids(UiContext& ctx, const model::Customer& customer, model::ConversationPlan& plan);
    void deletePlan(UiContext& ctx);
    void planNextActivity(UiContext& ctx, const model::Customer& customer, const model::ConversationPlan& plan);

    model::Id customer_id_ = model::kNoId;
    model::Id table_selection_ = model::kNoId;  // the Customers table's selection when last shown
    model::Id plan_id_ = model::kNoId;
    int step_ = 0;
    bool step_chosen_ = false;  // false: follow the first open step
    int focus_question_ = -1;
    bool find_customer_ = false;    // Ctrl+F: open the customer picker
    std::string customer_filter_;   // what the rep typed into the picker   // a customer question just added: its field gets the keyboard
    EntityDraft<model::ConversationPlan> draft_;  // the open plan, edited as an entity of its own
    ReducedPlannerView reduced_;
    ui::ValidatedInput date_input_;
    ui::ValidatedInput time_input_;
};

}  // namespace etappe::app
