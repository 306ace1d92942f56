// The workshop's compare tab reads and compares on a worker (issue 12, item 4):
// frames go on while it runs, the result is cached for the files and the
// document's revision, and an edit of the workshop makes it again.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "harness.h"
#include "history/document.h"
#include "history/edit.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "ui/notifications.h"
#include "ui/theme.h"
#include "view_context.h"
#include "views/workshop_view.h"

using namespace etappe;

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

    testing::HeadlessUi ui;
    ui::applyTheme(1.0f);
    history::Document doc(workshop);
    i18n::Translator tr(i18n::Language::English);
    ui::Notifications notes;
    testing::ViewContext vc{doc, tr, notes};
    app::WorkshopView view;
    const auto draw = [&] {
        testing::inFullWindow([&] {
            app::UiContext ctx = vc.make();
            view.draw(ctx);
        });
    };
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
