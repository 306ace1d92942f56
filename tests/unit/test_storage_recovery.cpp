// Untitled work survives a crash or a quit through the recovery file, and
// Etappe's own files land where the XDG spec puts them.
#include <doctest/doctest.h>

#include <stdlib.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <optional>

#include "storage/paths.h"
#include "storage/recovery.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

// Sets an environment variable for one test and restores it afterwards.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        value ? ::setenv(name, value, 1) : ::unsetenv(name);
    }
    ~ScopedEnv() { old_ ? ::setenv(name_, old_->c_str(), 1) : ::unsetenv(name_); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("XDG folders: the variables when set, ~/.local/share and ~/.config otherwise") {
    {
        ScopedEnv data("XDG_DATA_HOME", "/x/data");
        ScopedEnv config("XDG_CONFIG_HOME", "/x/config");
        CHECK(dataDir() == "/x/data/etappe");
        CHECK(configDir() == "/x/config/etappe");
        CHECK(defaultPortfolioPath() == "/x/data/etappe/portfolio.etappe");
        CHECK(settingsPath() == "/x/config/etappe/settings.json");
        CHECK(recoveryPath() == "/x/data/etappe/recovery/unsaved.etappe");
    }
    ScopedEnv home("HOME", "/home/anna");
    ScopedEnv data("XDG_DATA_HOME", nullptr);
    ScopedEnv config("XDG_CONFIG_HOME", "relative/is/ignored");  // the spec says so
    CHECK(dataDir() == "/home/anna/.local/share/etappe");
    CHECK(configDir() == "/home/anna/.config/etappe");
}

TEST_CASE("ensureFolder makes missing parents and says why it cannot") {
    testing::TempFolder folder;
    i18n::Message error;
    CHECK(ensureFolder(folder.file("a/b/c"), error));
    CHECK(std::filesystem::is_directory(folder.file("a/b/c")));
    CHECK(ensureFolder(folder.file("a/b/c"), error));  // already there: fine

    testing::writeBytes(folder.file("file"), "x");
    CHECK_FALSE(ensureFolder(folder.file("file/sub"), error));
    CHECK(testing::english(error).find(folder.file("file")) != std::string::npos);
}

TEST_CASE("recovery round trip: the untitled portfolio, where it came from and when") {
    testing::TempFolder folder;
    ScopedEnv data("XDG_DATA_HOME", folder.path().c_str());
    CHECK_FALSE(findRecovery().has_value());

    const model::Portfolio untitled = testing::textHeavyPortfolio();
    const auto before = std::chrono::system_clock::now();
    REQUIRE(writeRecovery(untitled, "/home/anna/Kunden Süd.etappe").ok());
    CHECK(recoveryPath() == folder.path() + "/etappe/recovery/unsaved.etappe");

    const auto found = findRecovery();
    REQUIRE(found.has_value());
    CHECK(found->portfolio == untitled);
    CHECK(found->original_path == "/home/anna/Kunden Süd.etappe");
    CHECK(found->saved_at >= before - std::chrono::milliseconds(1));
    CHECK(found->saved_at <= std::chrono::system_clock::now());

    // It is a normal portfolio file: it also opens by hand.
    CHECK(loadPortfolioFile(recoveryPath()).ok());

    discardRecovery();
    CHECK_FALSE(findRecovery().has_value());
    CHECK_FALSE(std::filesystem::exists(recoveryPath()));
}

TEST_CASE("an untitled document has an empty original path, and a new recovery replaces the old") {
    testing::TempFolder folder;
    ScopedEnv data("XDG_DATA_HOME", folder.path().c_str());
    REQUIRE(writeRecovery(testing::textHeavyPortfolio(), "").ok());
    model::Portfolio newer = testing::textHeavyPortfolio();
    newer.title = "newer";
    REQUIRE(writeRecovery(newer, "").ok());
    const auto found = findRecovery();
    REQUIRE(found.has_value());
    CHECK(found->portfolio.title == "newer");
    CHECK(found->original_path.empty());
    CHECK_FALSE(testing::hasTempFile(folder.path() + "/etappe/recovery"));
}

TEST_CASE("a damaged recovery file is not offered") {
    testing::TempFolder folder;
    ScopedEnv data("XDG_DATA_HOME", folder.path().c_str());
    i18n::Message error;
    REQUIRE(ensureFolder(folder.path() + "/etappe/recovery", error));
    testing::writeBytes(recoveryPath(), "{\"format_version\": 1, \"portfolio\": {");
    CHECK_FALSE(findRecovery().has_value());
}
