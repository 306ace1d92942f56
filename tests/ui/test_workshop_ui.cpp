// The workshop in the window and on the command line (issue 12, items 3–4):
// the trainer adds exercises on the Workshop screen (undoable), a participant
// sees the banner and marks an exercise done, --compare writes HTML and JSON
// and never touches the participants' files.
#include <doctest/doctest.h>

#include "parsed_command_line.h"
#include "../unit/test_storage_support.h"
#include "app_fixture.h"
#include "shell/sample_case.h"
#include "storage/portfolio_file.h"
#include "views/workshop_view.h"

using namespace etappe;
using testing::parsed;

namespace {

// The sample with one exercise: classify its first customer.
model::Portfolio sampleWorkshop() {
    storage::LoadResult loaded = app::loadSampleCase(dates::todayIso());
    REQUIRE(loaded.ok());
    model::Exercise exercise;
    exercise.id = loaded.portfolio->allocateId();
    exercise.kind = model::ExerciseKind::ClassifyCustomers;
    exercise.customer_ids = {loaded.portfolio->customers.front().id};
    loaded.portfolio->exercises.push_back(exercise);
    return *loaded.portfolio;
}

}  // namespace

TEST_CASE("the trainer adds exercises on the Workshop screen; each is one undo step") {
    testing::AppDriver d(testing::sampleOn("workshop"));
    REQUIRE(d.portfolio().exercises.empty());
    d.click("workshop.add.prepare_meeting");
    d.click("workshop.add.rephrase_activities");
    d.click("workshop.add.classify_customers");
    REQUIRE(d.portfolio().exercises.size() == 3);
    const model::Exercise& prepare = d.portfolio().exercises[0];
    CHECK(prepare.kind == model::ExerciseKind::PrepareMeeting);
    CHECK(prepare.customer_ids.size() == 1);
    CHECK_FALSE(prepare.instruction.empty());
    CHECK_FALSE(d.portfolio().exercises[2].customer_ids.empty());
    i18n::Message detail;
    CHECK(storage::findProblem(d.portfolio(), detail) == storage::LoadProblem::None);
    d.key('Z', true);  // undo
    CHECK(d.portfolio().exercises.size() == 2);
}

TEST_CASE("a participant sees the current exercise above the screen and marks it done") {
    testing::AppDriver d(testing::sampleOn("workshop"));
    d.click("workshop.add.classify_customers");
    d.click("workshop.add.rephrase_activities");
    d.app->showScreen("customers");
    d.frames(2);
    REQUIRE(d.probes.count("workshop.banner"));
    d.click("workshop.banner.done");
    CHECK(d.portfolio().exercises[0].done);
    d.frames(1);
    d.click("workshop.banner.go");  // the next not done: rephrase → the activities screen
    CHECK(d.app->screens().isShowing("activities"));
}

TEST_CASE("--compare writes HTML and JSON, lists broken files with the reason, and leaves every file as it was") {
    const testing::TempFolder folder;
    const model::Portfolio workshop = sampleWorkshop();
    const std::string anna = folder.file("anna.etappe");
    const std::string ben = folder.file("ben.etappe");
    const std::string broken = folder.file("broken.etappe");
    testing::writeBytes(anna, storage::portfolioToText(workshop));
    testing::writeBytes(ben, storage::portfolioToText(workshop));
    testing::writeBytes(broken, "not json");
    const std::string before_anna = testing::readBytes(anna);
    const std::string json = folder.file("c.json");
    CHECK(app::runCompare(parsed({"--compare", anna, ben, broken, "--out", json})) == 0);
    const std::string text = testing::readBytes(json);
    CHECK(text.find("\"label\": \"anna\"") != std::string::npos);
    CHECK(text.find("\"label\": \"ben\"") != std::string::npos);
    CHECK(text.find("load_problem.not_json") != std::string::npos);
    const std::string html = folder.file("c.html");
    CHECK(app::runCompare(parsed({"--compare", anna, ben, "--out", html, "--lang", "de"})) == 0);
    CHECK(testing::readBytes(html).find("Workshop-Vergleich") != std::string::npos);
    CHECK(testing::readBytes(anna) == before_anna);
    CHECK(app::runCompare(parsed({"--compare", broken, "--out", folder.file("none.json")})) == 1);
    std::string error;
    CHECK_FALSE(app::parseCommandLine({"--compare", "--out", html}, error));
}

TEST_CASE("FILE --compare F1 F2 without --out opens the window on the comparison, with FILE as the workshop") {
    const testing::TempFolder folder;
    const model::Portfolio workshop = sampleWorkshop();
    const std::string trainer = folder.file("workshop.etappe");
    const std::string anna = folder.file("anna.etappe");
    testing::writeBytes(trainer, storage::portfolioToText(workshop));
    testing::writeBytes(anna, storage::portfolioToText(workshop));
    const std::string before_anna = testing::readBytes(anna);

    const app::CommandLine cl = parsed({trainer, "--compare", anna, "--present"});
    CHECK(cl.compare_files.empty());  // no task without --out: the window opens
    REQUIRE(cl.app.compare_files == std::vector<std::string>{anna});
    CHECK(cl.app.file == trainer);
    std::string error;
    CHECK_FALSE(app::parseCommandLine({"--compare", anna, "--check", trainer}, error));  // a window, not a task
    CHECK(error.find("--compare") != std::string::npos);

    testing::AppDriver d(cl.app);
    CHECK(d.app->screenId() == "workshop");
    auto& view = d.app->screens().get<app::WorkshopView>();
    for (int i = 0; i < 2000 && !view.comparison(); ++i) d.frames(1);
    REQUIRE(view.comparison());
    REQUIRE(view.comparison()->participants.size() == 1);
    CHECK(view.comparison()->participants.front().label == "anna");
    CHECK(view.comparison()->exercises.size() == 1);
    CHECK(testing::readBytes(anna) == before_anna);
}
