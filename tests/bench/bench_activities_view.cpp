#include "../ui/harness.h"
#include "../ui/view_context.h"
#include "bench.h"
#include "dates/clock.h"
#include "exports/icalendar.h"
#include "history/document.h"
#include "synthetic_activities.h"
#include "ui/notifications.h"
#include "ui/theme.h"
#include "views/activities_view.h"

namespace etappe::bench {

// The activities screen with 100,000 activities: agenda, coach flags for the
// visible rows and the editor, built headless (NewFrame → draw → Render).
bool benchActivitiesView() {
    testing::HeadlessUi ui;
    ui::applyTheme(1.0f);
    history::Document doc(testing::activityPortfolio(dates::todayIso()));
    i18n::Translator tr(i18n::Language::German);
    ui::Notifications notes;
    app::ActivitiesView view;
    testing::ViewContext vc{doc, tr, notes, dates::todayIso()};
    const auto draw = [&] {
        testing::inFullWindow([&] {
            app::UiContext frame_ctx = vc.make();
            view.draw(frame_ctx);
        });
    };
    ui.frames(5, draw);
    bool ok = report("activities screen frame, 100,000 activities", medianMs(200, [&] { ui.frame(draw); }), "ms", 2.0);
    view.setMode(app::ActivitiesView::Mode::Month);
    ui.frames(3, draw);
    ok &= report("month calendar frame, 100,000 activities", medianMs(200, [&] { ui.frame(draw); }), "ms", 2.0);

    std::size_t bytes = 0;
    const double ics_ms = medianMs(5, [&] { bytes = exports::activitiesToIcs(doc.portfolio(), tr, {}).size(); });
    ok &= report("ics export, 100,000 activities", ics_ms, "ms", 500.0);
    std::printf("%-48s %10.1f MB\n", "  (ics size)", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return ok;
}

}  // namespace etappe::bench
