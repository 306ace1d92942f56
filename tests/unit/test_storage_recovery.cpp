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
        CHECK(recoveryPath() == "/x/data/etappe/recovery/unsaved.etappe");  // the shared file of earlier versions
        CHECK(recoveryFolder() == "/x/data/etappe/recovery");
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
    CHECK(findOrphanedRecoveries().empty());

    const model::Portfolio untitled = testing::textHeavyPortfolio();
    const auto before = std::chrono::system_clock::now();
    std::string path;
    {
        RecoveryFile own;
        path = own.path();
        CHECK(path.starts_with(folder.path() + "/etappe/recovery/recovery-"));
        own.prepare();
        REQUIRE(writeRecovery(path, untitled, "/home/anna/Kunden Süd.etappe").ok());
        CHECK(findOrphanedRecoveries().empty());  // locked while its window runs
    }
    auto found = findOrphanedRecoveries();
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == path);
    CHECK(found[0].portfolio == untitled);
    CHECK(found[0].original_path == "/home/anna/Kunden Süd.etappe");
    CHECK(found[0].saved_at >= before - std::chrono::milliseconds(1));
    CHECK(found[0].saved_at <= std::chrono::system_clock::now());

    // It is a normal portfolio file: it also opens by hand.
    CHECK(loadPortfolioFile(path).ok());

    discardRecovery(found[0]);
    CHECK(findOrphanedRecoveries().empty());
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK_FALSE(std::filesystem::exists(lockPathFor(path)));
}

TEST_CASE("an untitled document has an empty original path, and a new recovery replaces the old") {
    testing::TempFolder folder;
    ScopedEnv data("XDG_DATA_HOME", folder.path().c_str());
    {
        RecoveryFile own;
        own.prepare();
        REQUIRE(writeRecovery(own.path(), testing::textHeavyPortfolio(), "").ok());
        model::Portfolio newer = testing::textHeavyPortfolio();
        newer.title = "newer";
        REQUIRE(writeRecovery(own.path(), newer, "").ok());
    }
    const auto found = findOrphanedRecoveries();
    REQUIRE(found.size() == 1);
    CHECK(found[0].portfolio.title == "newer");
    CHECK(found[0].original_path.empty());
    CHECK_FALSE(testing::hasTempFile(folder.path() + "/etappe/recovery"));
}

TEST_CASE("a damaged recovery file is not offered, and left alone") {
    testing::TempFolder folder;
    ScopedEnv data("XDG_DATA_HOME", folder.path().c_str());
    i18n::Message error;
    REQUIRE(ensureFolder(recoveryFolder(), error));
    const std::string damaged = recoveryFolder() + "/recovery-1-0000abcd.etappe";
    testing::writeBytes(damaged, "{\"format_version\": 1, \"portfolio\": {");
    CHECK(findOrphanedRecoveries().empty());
    CHECK(std::filesystem::exists(damaged));
}

TEST_CASE("the one shared recovery file of earlier versions is still offered") {
    testing::TempFolder folder;
    ScopedEnv data("XDG_DATA_HOME", folder.path().c_str());
    REQUIRE(writeRecovery(recoveryPath(), testing::textHeavyPortfolio(), "").ok());  // .../unsaved.etappe
    const auto found = findOrphanedRecoveries();
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == recoveryPath());
}

TEST_CASE("a discarded own recovery file is gone; one never written leaves nothing") {
    testing::TempFolder folder;
    ScopedEnv data("XDG_DATA_HOME", folder.path().c_str());
    RecoveryFile untouched;
    untouched.discard();
    CHECK_FALSE(std::filesystem::exists(recoveryFolder()));
    RecoveryFile own;
    own.prepare();
    REQUIRE(writeRecovery(own.path(), testing::textHeavyPortfolio(), "").ok());
    own.discard();
    CHECK_FALSE(std::filesystem::exists(own.path()));
    CHECK_FALSE(std::filesystem::exists(lockPathFor(own.path())));
    CHECK(findOrphanedRecoveries().empty());
}
