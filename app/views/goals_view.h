#pragma once
#include "shell/screen.h"
#include "shell/ui_context.h"
#include "ui/widgets.h"
#include "views/entity_draft.h"

namespace etappe::app {

// Sales goals for a period (METHOD §7): the strategic questions on the left,
// what follows from them and the progress on the right.
class GoalsView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"goals", "screen.goals"};
    void draw(UiContext& ctx) override;
    void newGoalPlan(UiContext& ctx);
    model::Id goalPlanId() const { return goal_plan_id_; }

private:
    void drawToolbar(UiContext& ctx);
    void drawQuestions(UiContext& ctx, model::GoalPlan& plan);
    void drawFigures(UiContext& ctx, const model::GoalPlan& plan);
    void drawProgress(UiContext& ctx, model::GoalPlan& plan);
    void drawBookings(UiContext& ctx, model::GoalPlan& plan);

    model::Id goal_plan_id_ = model::kNoId;
    EntityDraft<model::GoalPlan> draft_;
    ui::ValidatedInput start_input_;
    ui::ValidatedInput deadline_input_;
    std::array<ui::MoneyInput, 5> money_inputs_;
    std::vector<ui::MoneyInput> booking_inputs_;
    std::vector<ui::ValidatedInput> booking_dates_;
};

}  // namespace etappe::app
