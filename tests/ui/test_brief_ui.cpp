// Exporting a meeting brief from the app: for A customers the plan shown, for B and C customers the
// reduced plan; never a file dialog when the export could not work anyway.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app_fixture.h"

using namespace etappe;
using testing::AppDriver;

namespace {
model::Id customerNamed(AppDriver& d, const std::string& part) {
    for (const model::Customer& c : d.portfolio().customers) {
        if (c.name.find(part) != std::string::npos) return c.id;
    }
    FAIL("no customer " << part);
    return model::kNoId;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}
}  // namespace

TEST_CASE("a B customer's reduced plan is exported as a brief from the planner") {
    AppDriver d(testing::sampleOn("plan"));
    CHECK(d.app->canExportBrief());  // the first A customer's plan
    d.app->plannerView().openCustomer(customerNamed(d, "Zwickelhof"));
    d.frames(2);
    REQUIRE(d.app->canExportBrief());
    d.app->showBriefDialog();
    d.frames(1);
    CHECK(d.app->fileDialog().isVisible());
    CHECK(d.app->fileDialog().purpose() == "brief");
    const std::string path = d.home.root() + "/zwickelhof.md";
    d.app->exportBrief(path);
    CHECK_FALSE(d.app->notifications().hasError());
    const std::string text = readFile(path);
    CHECK(text.find("Brauerei Zwickelhof KG") != std::string::npos);
    CHECK(text.find(d.app->translator().text("reduced.goals.name")) != std::string::npos);
    CHECK(text.find("Sandra Dippold") != std::string::npos);
}

TEST_CASE("with nothing to brief the dialog is not offered and the reason shows at once") {
    AppDriver d(testing::sampleOn("plan"));
    // A C customer whose reduced plan is empty, opened after an A customer's plan was shown.
    d.app->plannerView().openCustomer(customerNamed(d, "Kaltenecker"));
    d.frames(2);
    CHECK_FALSE(d.app->canExportBrief());
    d.app->showBriefDialog();
    d.frames(1);
    CHECK_FALSE(d.app->fileDialog().isVisible());
    CHECK(d.app->notifications().hasError());
    // On another screen the planner's customer is not what the rep looks at: nothing to brief.
    d.app->showScreen("customers");
    d.frames(1);
    CHECK_FALSE(d.app->canExportBrief());
}

namespace {
// Points $HOME at a folder of the test for as long as it lives.
class TempHomeFolder {
public:
    explicit TempHomeFolder(const std::string& path) : path_(path) {
        if (const char* home = std::getenv("HOME")) old_ = home;
        std::filesystem::create_directories(path_);
        setenv("HOME", path_.c_str(), 1);
    }
    ~TempHomeFolder() { old_.empty() ? unsetenv("HOME") : setenv("HOME", old_.c_str(), 1); }
    TempHomeFolder(const TempHomeFolder&) = delete;
    TempHomeFolder& operator=(const TempHomeFolder&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::string old_;
};
}  // namespace

TEST_CASE("the export dialogs say what they are for and start where the last export went") {
    AppDriver d(testing::sampleOn("plan"));
    const TempHomeFolder home(d.home.root() + "/home");
    const auto& tr = d.app->translator();
    d.app->showBriefDialog();
    d.frames(1);
    REQUIRE(d.app->fileDialog().isVisible());
    CHECK(d.app->fileDialog().titleKey() == "dialog.title.brief");
    CHECK(std::string(tr.text("dialog.title.brief")) != tr.text("dialog.save_title"));
    CHECK(d.app->fileDialog().folder() == home.path());  // no export yet: the home folder, not the data folder
    d.key(ImGuiKey_Escape);

    const std::string briefs = d.home.root() + "/Gesprächsvorbereitungen";
    std::filesystem::create_directories(briefs);
    d.app->exportBrief(briefs + "/strassberger.html");
    CHECK(d.app->settings().export_folder == briefs);
    d.app->showBriefDialog();
    d.frames(1);
    CHECK(d.app->fileDialog().folder() == briefs);
    d.key(ImGuiKey_Escape);

    // Remembered across a restart, and used by the calendar export too.
    d.start(testing::sampleOn("plan"));
    d.app->showBriefDialog();
    d.frames(1);
    CHECK(d.app->fileDialog().folder() == briefs);
    d.key(ImGuiKey_Escape);
    d.app->exportIcs(home.path() + "/etappe.ics");
    CHECK(d.app->settings().export_folder == home.path());
}
