#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "rules/derived.h"
#include "shell/screen.h"
#include "ui/chart.h"

namespace etappe::app {

// Method (issue 12, item 2): the method explained one idea per page with a
// drawing, for a trainer at the projector. Left/Right and Page Up/Down turn
// the pages; the indicator shows where in the talk you are. Reads the open
// file only for the live Pareto chart; the coach box judges what is typed.
class MethodPagesView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"method", "screen.method"};
    void draw(UiContext& ctx) override;
    std::vector<Shortcut> shortcuts() override;

    std::size_t page() const { return page_; }
    void setPage(std::size_t page);
    void turn(int delta);

private:
    void drawIndicator(UiContext& ctx);
    void drawBuyingProcess(UiContext& ctx);
    void drawKnowledge(UiContext& ctx);
    void drawLifePositions(UiContext& ctx);
    void drawSteps(UiContext& ctx);
    void drawBalance(UiContext& ctx);
    void drawGoals(UiContext& ctx);
    void drawActivities(UiContext& ctx);
    void drawPareto(UiContext& ctx);
    void drawReduced(UiContext& ctx);

    std::size_t page_ = 0;
    int step_ = 0;             // the station whose checkpoints the steps page shows
    std::string try_text_;     // the live coach box
    std::optional<rules::DerivedKey> chart_key_;
    ui::BarChartData chart_;
};

}  // namespace etappe::app
