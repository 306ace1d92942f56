#include <doctest/doctest.h>

#include "harness.h"
#include "view_context.h"
#include "history/document.h"
#include "synthetic_portfolio.h"
#include "ui/notifications.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "views/priorities_view.h"

using namespace etappe;

namespace {

constexpr int kEnterKey = 257;  // the GLFW key code, as in the harness

// The priorities screen on its own, drawn in a full window with a UiContext.
struct PrioritiesDriver {
    testing::HeadlessUi ui;
    ui::ProbeRegistry probes;
    history::Document doc;
    i18n::Translator tr{i18n::Language::English};
    ui::Notifications notes;
    testing::ViewContext vc{doc, tr, notes};
    app::PrioritiesView view;

    explicit PrioritiesDriver(model::Portfolio portfolio) : doc(std::move(portfolio)) {
        ui::installProbe(&probes);
        ui::applyTheme(1.0f);
        frames(2);
    }
    ~PrioritiesDriver() { ui::installProbe(nullptr); }
    PrioritiesDriver(const PrioritiesDriver&) = delete;
    PrioritiesDriver& operator=(const PrioritiesDriver&) = delete;

    std::function<void()> draw() {
        return [this] {
            testing::inFullWindow([this] {
                app::UiContext ctx = vc.make();
                view.draw(ctx);
            });
        };
    }
    void frames(int n) { ui.frames(n, draw()); }
    void click(const std::string& probe) {
        REQUIRE_MESSAGE(probes.count(probe), "item not drawn: " << probe);
        ui.click(probes.at(probe).centre(), draw());
        frames(1);
    }
    void selectAll() { ui.key('A', draw(), true); }
    void type(const std::string& text) { ui.type(text, draw()); }
    const model::PrioritySettings& priorities() { return doc.portfolio().priorities; }
};

}  // namespace

TEST_CASE("typing a new A threshold changes the portfolio's priorities; undo restores them") {
    PrioritiesDriver d(testing::syntheticPortfolio(40));
    const model::PrioritySettings original = d.priorities();
    REQUIRE(d.probes.count("priorities.chart"));
    d.click("priorities.a_share");
    d.selectAll();
    d.type("70");
    d.ui.key(kEnterKey, d.draw());
    d.frames(1);
    CHECK(d.priorities().thresholds.a_share_percent == 70);
    CHECK(d.priorities().thresholds.b_share_percent == original.thresholds.b_share_percent);
    CHECK(d.doc.undoDepth() == 1);

    REQUIRE(d.doc.undo());
    d.frames(2);
    CHECK(d.priorities() == original);

    // Too much: B shrinks so that A and B stay within 100 %.
    d.click("priorities.a_share");
    d.selectAll();
    d.type("90");
    d.ui.key(kEnterKey, d.draw());
    d.frames(1);
    CHECK(d.priorities().thresholds.a_share_percent == 90);
    CHECK(d.priorities().thresholds.b_share_percent == 10);
}

TEST_CASE("the include-potential checkbox is one undo step right away") {
    PrioritiesDriver d(testing::syntheticPortfolio(40));
    d.click("priorities.include_potential");
    CHECK(d.priorities().thresholds.include_potential);
    CHECK(d.doc.undoDepth() == 1);
    d.doc.undo();
    d.frames(1);
    CHECK_FALSE(d.priorities().thresholds.include_potential);
}

TEST_CASE("editing an effort text is one undo step") {
    PrioritiesDriver d(testing::syntheticPortfolio(10));
    d.click("effort.B.appointment");
    d.type("Tour Nord");
    d.type(" dienstags");
    d.frames(1);
    CHECK(d.priorities().effort[1].appointment.empty());  // not committed while typing
    d.click("priorities.chart");                             // leave the field
    CHECK(d.priorities().effort[1].appointment == "Tour Nord dienstags");
    CHECK(d.doc.undoDepth() == 1);
    d.doc.undo();
    d.frames(2);
    CHECK(d.priorities().effort[1].appointment.empty());
}

TEST_CASE("the priorities screen draws an empty portfolio and 10,000 customers") {
    {
        PrioritiesDriver empty(model::Portfolio{});
        empty.frames(3);
        CHECK_FALSE(empty.probes.count("priorities.chart"));
        CHECK(empty.probes.count("priorities.a_share"));
    }
    PrioritiesDriver big(testing::syntheticPortfolio(10'000, 0));
    big.frames(3);
    CHECK(big.probes.count("priorities.chart"));
    CHECK(big.view.recomputations() == 1);  // cached while nothing changes
    // Hover over the chart: a tooltip for a merged bar.
    big.ui.moveMouse(big.probes.at("priorities.chart").centre());
    big.frames(2);
    CHECK(big.vc.classification.recomputations() == 1);
    big.tr.setLanguage(i18n::Language::German);
    big.frames(2);
    CHECK(big.probes.count("effort.C.follow_up"));
}
