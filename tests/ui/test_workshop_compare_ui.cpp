// The workshop's compare tab reads and compares on a worker (issue 12, item 4):
// frames go on while it runs, the result is cached for the files and the
// document's revision, and an edit of the workshop makes it again. The debrief
// detail shows the observer's row under an observed participant.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>
#include <tuple>

#include "harness.h"
#include "history/document.h"
#include "history/edit.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "ui/notifications.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "view_context.h"
#include "views/workshop_view.h"

using namespace etappe;

namespace {

// The Workshop screen drawn on its own, over the trainer's file `workshop`.
struct CompareScreen {
    explicit CompareScreen(const model::Portfolio& workshop) : doc(workshop) { ui::applyTheme(1.0f); }
    testing::HeadlessUi ui;
    history::Document doc;
    i18n::Translator tr{i18n::Language::English};
    ui::Notifications notes;
    testing::ViewContext vc{doc, tr, notes};
    app::WorkshopView view;

    auto parts() { return std::tie(ui, doc, tr, notes, vc, view); }
    std::function<void()> drawFn() {
        return [this] {
            testing::inFullWindow([this] {
                app::UiContext ctx = vc.make();
                view.draw(ctx);
            });
        };
    }
};

}  // namespace

TEST_CASE("the compare tab runs in the background, draws from its cache and compares again after an edit") {
    model::Portfolio workshop = testing::syntheticPortfolio(40, 1, 1);
    model::Exercise e;
    e.id = workshop.allocateId();
    e.kind = model::ExerciseKind::PrepareMeeting;
    e.title = "Vorbereiten";
    e.customer_ids = {workshop.customers[3].id};
    e.first_step = 2;
    e.last_step = 5;
    workshop.exercises.push_back(e);

    std::string pattern = "/tmp/etappe-compare-ui-XXXXXX";
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    std::vector<std::string> files;
    for (int i = 0; i < 3; ++i) {
        files.push_back(pattern + "/p" + std::to_string(i) + ".etappe");
        std::ofstream(files.back()) << storage::portfolioToText(workshop);
    }

    CompareScreen screen(workshop);
    auto [ui, doc, tr, notes, vc, view] = screen.parts();  // references into `screen`
    const auto draw = screen.drawFn();
    const auto framesUntilDone = [&] {
        for (int i = 0; i < 2000 && (view.comparing() || !view.comparison()); ++i) {
            ui.frame(draw);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        ui.frame(draw);  // adopts a result that finished after the last frame
    };
    {
        app::UiContext ctx = vc.make();
        view.openMode(ctx, "compare");
        view.setFiles(files);
        view.runComparison(ctx);
    }
    framesUntilDone();
    REQUIRE(view.comparison().has_value());
    CHECK(view.comparison()->participants.size() == 3);
    CHECK(view.comparison()->exercises.front().title == "Vorbereiten");

    ui.frames(3, draw);
    CHECK_FALSE(view.comparing());  // drawn from the cache

    // The trainer renames the exercise: the comparison is made again for the new revision.
    model::Exercise renamed = doc.portfolio().exercises.front();
    renamed.title = "Termin vorbereiten";
    REQUIRE(doc.apply(history::editExercise(doc.portfolio(), doc.portfolio().exercises.front(), renamed)));
    ui.frame(draw);
    view.finishComparison();
    REQUIRE(view.comparison().has_value());
    CHECK(view.comparison()->exercises.front().title == "Termin vorbereiten");

    std::error_code error;
    std::filesystem::remove_all(pattern, error);
}

TEST_CASE("the debrief detail shows the observer's row under an observed participant's self-ratings, gaps marked") {
    model::Portfolio workshop = testing::syntheticPortfolio(10, 1, 1);
    model::Exercise e;
    e.id = workshop.allocateId();
    e.kind = model::ExerciseKind::DebriefMeeting;
    e.title = "Rückblick";
    e.customer_ids = {workshop.customers[3].id};
    workshop.exercises.push_back(e);

    model::Portfolio reviewed = workshop;
    model::Review r;
    r.id = reviewed.allocateId();
    r.customer_id = e.customer_ids.front();
    r.steps[0] = model::StepRating::Well;
    r.steps[1] = model::StepRating::Missed;
    reviewed.reviews.push_back(r);
    model::Portfolio observed = reviewed;
    model::Observation o;
    o.id = observed.allocateId();
    o.review_id = r.id;
    o.observer = "Carla";
    o.steps[0] = model::StepRating::Partly;  // the seller sees themselves better
    o.steps[1] = model::StepRating::Well;    // worse
    observed.observations.push_back(o);

    std::string pattern = "/tmp/etappe-compare-obs-ui-XXXXXX";
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    const std::vector<std::string> files = {pattern + "/observed.etappe", pattern + "/alone.etappe"};
    std::ofstream(files[0]) << storage::portfolioToText(observed);
    std::ofstream(files[1]) << storage::portfolioToText(reviewed);

    ui::ProbeRegistry probes;
    ui::installProbe(&probes);
    CompareScreen screen(workshop);
    auto [ui, doc, tr, notes, vc, view] = screen.parts();  // references into `screen`
    const auto draw = screen.drawFn();
    {
        app::UiContext ctx = vc.make();
        view.openMode(ctx, "compare");
        view.setFiles(files);
        view.runComparison(ctx);
    }
    view.finishComparison();
    REQUIRE(view.comparison().has_value());
    REQUIRE(view.comparison()->participants.size() == 2);
    CHECK(view.comparison()->participants[0].answers[0].debrief.observed);
    ui.frames(2, draw);
    CHECK(probes.count("compare.observer.0.0.better"));
    CHECK(probes.count("compare.observer.0.1.worse"));
    CHECK(probes.count("compare.observer.0.2"));  // observed, no gap
    for (const auto& [name, rect] : probes)  // reviewed, not observed: nothing in the observer row
        CHECK_MESSAGE(name.rfind("compare.observer.1.", 0) != 0, name);
    ui::installProbe(nullptr);

    std::error_code error;
    std::filesystem::remove_all(pattern, error);
}
