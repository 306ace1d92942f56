// What the shell does at start-up when something is wrong around it: a FILE
// that cannot be opened, a settings.json that is not a file (issue 9, items
// 10 and 16).
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "app_fixture.h"
#include "storage/paths.h"

using namespace etappe;

TEST_CASE("a FILE on the command line that cannot be opened is reported for the exit status") {
    testing::TempHome home;  // a folder of its own, not another driver's
    app::AppOptions options;
    options.file = home.root() + "/missing.etappe";
    testing::AppDriver d(options);
    CHECK(d.app->startProblem().find(options.file) != std::string::npos);
    CHECK(d.app->startProblem().find('\n') == std::string::npos);
    CHECK(d.app->session().isUntitled());  // nothing is written to the name asked for

    app::AppOptions sample;
    sample.sample = true;
    testing::AppDriver fine(sample);
    CHECK(fine.app->startProblem().empty());
}

TEST_CASE("a FIFO as settings.json: the window starts, says so in the status line, and leaves it alone") {
    testing::AppDriver d;
    d.app.reset();  // the driver's own folders are in place: put a FIFO there, then start again
    i18n::Message error;
    REQUIRE(storage::ensureFolder(storage::configDir(), error));
    const std::string path = storage::settingsPath();
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    app::AppOptions sample;
    sample.sample = true;
    d.start(sample);  // before the fix: blocked here for ever
    const std::string status = d.app->notifications().currentStatus(d.now);
    CHECK(status.find("settings.json") != std::string::npos);
    d.app->setLanguage(i18n::Language::German);  // would save the settings
    struct stat info {};
    REQUIRE(::lstat(path.c_str(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
}
