// Command-line exports refuse what an export must not replace, and replace
// an existing plain file only with --force (issue 9 item 1).
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>

#include "parsed_command_line.h"
#include "../unit/test_storage_support.h"
#include "app_fixture.h"
#include "storage/portfolio_file.h"

using namespace etappe;
using testing::parsed;

namespace {

model::Portfolio onePlannedActivity() {
    model::Portfolio p;
    p.title = "Gebiet";
    return p;
}

}  // namespace

TEST_CASE("--export-ics over the open portfolio is refused and leaves it whole") {
    const testing::TempFolder folder;
    const std::string portfolio = folder.file("p.etappe");
    REQUIRE(storage::savePortfolioFile(portfolio, onePlannedActivity()).ok());
    const std::string before = testing::readBytes(portfolio);
    CHECK(app::runExportIcs(parsed({portfolio, "--export-ics", portfolio, "--force"})) == 1);
    CHECK(testing::readBytes(portfolio) == before);
    CHECK(storage::loadPortfolioFile(portfolio).ok());
}

TEST_CASE("--export-ics and --out replace an existing file only with --force") {
    const testing::TempFolder folder;
    const std::string portfolio = folder.file("p.etappe");
    REQUIRE(storage::savePortfolioFile(portfolio, onePlannedActivity()).ok());
    const std::string ics = folder.file("out.ics");
    testing::writeBytes(ics, "mine");
    CHECK(app::runExportIcs(parsed({portfolio, "--export-ics", ics})) == 1);
    CHECK(testing::readBytes(ics) == "mine");
    CHECK(app::runExportIcs(parsed({portfolio, "--export-ics", ics, "--force"})) == 0);
    CHECK(testing::readBytes(ics).starts_with("BEGIN:VCALENDAR"));

    const std::string brief = folder.file("brief.md");
    testing::writeBytes(brief, "mine");
    CHECK(app::runBrief(parsed({"--sample", "--brief", "Strassberger", "--out", brief})) == 1);
    CHECK(testing::readBytes(brief) == "mine");
    CHECK(app::runBrief(parsed({"--sample", "--brief", "Strassberger", "--out", brief, "--force"})) == 0);
    CHECK(testing::readBytes(brief) != "mine");
}

TEST_CASE("--screenshot is checked before the window opens: no folders are created, nothing is replaced without --force") {
    const testing::TempFolder folder;
    CHECK_FALSE(app::screenshotTargetAllowed(parsed({"--screenshot", folder.file("new/shot.png")})));
    CHECK_FALSE(std::filesystem::exists(folder.file("new")));
    CHECK(app::screenshotTargetAllowed(parsed({"--screenshot", folder.file("shot.png")})));
    testing::writeBytes(folder.file("shot.png"), "old");
    CHECK_FALSE(app::screenshotTargetAllowed(parsed({"--screenshot", folder.file("shot.png")})));
    CHECK(app::screenshotTargetAllowed(parsed({"--screenshot", folder.file("shot.png"), "--force"})));
    CHECK_FALSE(app::screenshotTargetAllowed(parsed({"--screenshot", "/dev/null", "--force"})));
}

TEST_CASE("the window's calendar export refuses a symlink and the open portfolio, and says why") {
    testing::AppDriver d;
    const std::string portfolio = d.app->session().path();
    d.app->save();
    const std::string victim = d.home.root() + "/victim.txt";
    testing::writeBytes(victim, "precious");
    const std::string link = d.home.root() + "/calendar.ics";
    REQUIRE(::symlink(victim.c_str(), link.c_str()) == 0);

    d.app->exportIcs(link);
    REQUIRE(d.app->notifications().hasError());
    CHECK(d.app->notifications().errorBody().find("is a symbolic link") != std::string::npos);
    CHECK(testing::readBytes(victim) == "precious");
    d.app->notifications().dismissError();

    REQUIRE(std::filesystem::exists(portfolio));
    const std::string before = testing::readBytes(portfolio);
    d.app->exportIcs(portfolio);
    REQUIRE(d.app->notifications().hasError());
    CHECK(testing::readBytes(portfolio) == before);
}

TEST_CASE("--development-report writes Markdown, HTML and JSON from the sample; a wrong ending or an existing file without --force is exit 1") {
    const testing::TempFolder folder;
    for (const char* name : {"dev.md", "dev.html", "dev.json"}) {
        const std::string out = folder.file(name);
        CHECK(app::runDevelopmentReport(parsed({"--sample", "--development-report", out, "--period", "365"})) == 0);
        CHECK(testing::readBytes(out).size() > 200);
        CHECK(app::runDevelopmentReport(parsed({"--sample", "--development-report", out})) == 1);  // exists
        CHECK(app::runDevelopmentReport(parsed({"--sample", "--development-report", out, "--force"})) == 0);
    }
    const std::string json = testing::readBytes(folder.file("dev.json"));
    CHECK(json.find("\"weakest_steps\": [9") != std::string::npos);  // objections, step 9
    CHECK(json.find("\"reviews\": 13") != std::string::npos);
    CHECK(app::runDevelopmentReport(parsed({"--sample", "--development-report", folder.file("dev.txt")})) == 1);
    std::string error;
    CHECK_FALSE(app::parseCommandLine({"--development-report", "x.md", "--period", "-3"}, error).has_value());
}

TEST_CASE("a meeting brief never shows a review") {
    const testing::TempFolder folder;
    const std::string out = folder.file("brief.md");
    // Strassberger's plan on the sample's day after a review-rich history: the brief holds no review text.
    REQUIRE(app::runBrief(parsed({"--sample", "--brief", "Strassberger", "--out", out})) == 0);
    const std::string brief = testing::readBytes(out);
    CHECK(brief.find("Kurz und konkret") == std::string::npos);
    CHECK(brief.find("Bei jedem Einwand erst die Frage") == std::string::npos);
}
