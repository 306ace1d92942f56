#pragma once
#include "rules/derived.h"
#include "rules/development.h"
#include "shell/screen.h"
#include "ui/file_dialog.h"

namespace etappe::app {

// How the rep develops, read from the reviews of a period (30 / 90 / 365
// days or all): every figure beside the previous period, charts per month.
class DevelopmentView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"development", "screen.development"};
    void draw(UiContext& ctx) override;
    void setDays(int days) { days_ = days; }
    int days() const { return days_; }
    // The figures for the current period, computed once per revision, day and period.
    const rules::Development& figures(const UiContext& ctx);
    int recomputations() const { return cache_.recomputations(); }

private:
    struct Key {
        rules::DerivedKey derived;
        int days = 0;
        bool operator==(const Key&) const = default;
    };
    void drawTiles(UiContext& ctx, const rules::Development& d);
    void drawCharts(UiContext& ctx, const rules::Development& d);

    int days_ = 365;
    rules::Derived<rules::Development, Key> cache_;
    ui::FileDialog export_dialog_;
};

}  // namespace etappe::app
