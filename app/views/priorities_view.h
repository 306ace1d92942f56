#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "model/priorities.h"
#include "rules/abc_classification.h"
#include "shell/screen.h"
#include "shell/ui_context.h"
#include "ui/chart.h"

namespace etappe::app {

// Priorities (METHOD §9): the Pareto chart of the portfolio with the proposed
// classes, the distribution next to the 15/20/65 guideline, the thresholds of
// the proposal and the effort each class gets. Settings change through one
// history::changePriorities edit per field left after typing.
class PrioritiesView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"priorities", "screen.priorities"};
    void draw(UiContext& ctx) override;

    // For tests: how often the chart was rebuilt (once per revision and day).
    int recomputations() const { return chart_rebuilds_; }

private:
    void drawAnalysis(UiContext& ctx, const rules::Classification& classification);
    void drawChart(UiContext& ctx, const rules::Classification& classification);
    void drawDistribution(UiContext& ctx, const rules::Classification& classification);
    void drawDeviation(UiContext& ctx, const rules::Classification& classification);
    void drawThresholds(UiContext& ctx);
    void drawEffort(UiContext& ctx);
    void rebuildChart(const model::Portfolio& portfolio, const rules::Classification& classification);
    void syncDraft(UiContext& ctx);
    void commit(UiContext& ctx);

    std::optional<rules::DerivedKey> chart_key_;
    int chart_rebuilds_ = 0;
    ui::BarChartData chart_;
    model::PrioritySettings draft_;  // edited in place, committed when a field is left
    std::optional<std::uint64_t> draft_revision_;
    bool editing_ = false;  // a settings field was active in the last frame
};

}  // namespace etappe::app
