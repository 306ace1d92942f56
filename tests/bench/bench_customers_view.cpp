#include "../ui/harness.h"
#include "../ui/view_context.h"
#include "bench.h"
#include "history/document.h"
#include "history/edit.h"
#include "synthetic_portfolio.h"
#include "ui/notifications.h"
#include "ui/theme.h"
#include "views/customers_view.h"

namespace etappe::bench {

// ImGui frame build of the customers screen with 10,000 customers (no GL:
// NewFrame → draw → Render), with a customer selected in the editor.
bool benchCustomersView() {
    testing::HeadlessUi ui;
    ui::applyTheme(1.0f);
    history::Document doc(testing::syntheticPortfolio(10000, 2, 5));  // each customer holds 5 plans
    i18n::Translator tr(i18n::Language::German);
    ui::Notifications notes;
    app::CustomersView view;
    testing::ViewContext vc{doc, tr, notes};
    app::UiContext ctx = vc.make();
    view.select(ctx, doc.portfolio().customers[5000].id);
    const auto draw = [&] {
        testing::inFullWindow([&] {
            app::UiContext frame_ctx = vc.make();
            view.draw(frame_ctx);
        });
    };
    ui.frames(5, draw);
    const double frame_ms = medianMs(200, [&] { ui.frame(draw); });
    bool ok = report("customers screen frame, 10,000 customers x 5 plans", frame_ms, "ms", 1.0);

    // After an edit the list is rebuilt once (search text, filter, sort), then cached.
    const double edit_ms = medianMs(20, [&] {
        const model::Customer& before = doc.portfolio().customers[42];
        model::Customer after = before;
        after.city = after.city == "Köln" ? "Bonn" : "Köln";
        doc.apply(history::changeCustomer(doc.portfolio(), before, after));
        ui.frame(draw);
    });
    ok &= report("frame right after an edit (list recomputed)", edit_ms, "ms", 50.0);
    return ok;
}

}  // namespace etappe::bench
