// Opening a portfolio for editing: a symlink is resolved once (saves and the
// lock go to the real file), and a file that must not be written opens
// read-only with the real reason.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "storage/atomic_write.h"
#include "storage/backups.h"
#include "storage/edit_access.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "system_fixtures.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

model::Portfolio versionNamed(const std::string& title) {
    model::Portfolio p = testing::syntheticPortfolio(5);
    p.title = title;
    return p;
}

bool isSymlink(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && S_ISLNK(info.st_mode);
}

}  // namespace

TEST_CASE("a symlinked portfolio is saved into its target: the link stays, backups go next to the target") {
    testing::TempFolder folder;
    std::filesystem::create_directory(folder.file("real"));
    const std::string real = folder.file("real/p.etappe");
    const std::string link = folder.file("p.etappe");
    REQUIRE(savePortfolioFile(real, versionNamed("old")).ok());
    REQUIRE(::symlink("real/p.etappe", link.c_str()) == 0);  // relative, as users make them

    EditAccess access = acquireEditAccess(link);
    REQUIRE(access.writable());
    CHECK(access.real_path == real);
    REQUIRE(savePortfolioFile(access.real_path, versionNamed("new")).ok());
    CHECK(isSymlink(link));
    CHECK(loadPortfolioFile(link).portfolio->title == "new");
    CHECK(listBackups(real).size() == 1);
    CHECK_FALSE(std::filesystem::exists(folder.file(".etappe-backups")));

    const EditAccess second = acquireEditAccess(real);  // the same file by its other name
    CHECK_FALSE(second.writable());
    CHECK(second.holder == lockHolderText());
    CHECK(second.read_only_reason.key == "detail.lock_other_window");
}

TEST_CASE("a write-protected portfolio (mode 444) opens read-only and says why, even for root") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    REQUIRE(savePortfolioFile(path, versionNamed("kept")).ok());
    REQUIRE(::chmod(path.c_str(), 0444) == 0);

    const EditAccess access = acquireEditAccess(path);
    CHECK_FALSE(access.writable());
    CHECK(access.holder.empty());
    CHECK(testing::english(access.read_only_reason) == "the file is write-protected (its permissions allow reading only)");
    CHECK_FALSE(std::filesystem::exists(path + ".lock"));  // nothing written next to it
}

TEST_CASE("a portfolio in a write-protected folder opens read-only and says why") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    REQUIRE(savePortfolioFile(path, versionNamed("kept")).ok());
    REQUIRE(::chmod(folder.path().c_str(), 0555) == 0);
    const EditAccess access = acquireEditAccess(path);
    ::chmod(folder.path().c_str(), 0700);
    CHECK_FALSE(access.writable());
    CHECK(testing::english(access.read_only_reason) ==
          "the folder " + folder.path() + " is write-protected, and saving writes a new file there");
}

TEST_CASE("another user's portfolio opens read-only for a second process, with the system's reason") {
    testing::TempFolder folder;
    ::chmod(folder.path().c_str(), 0755);
    const std::string path = folder.file("p.etappe");
    REQUIRE(savePortfolioFile(path, versionNamed("root's")).ok());
    ::chmod(path.c_str(), 0644);
    const auto answer = testing::runAsNobody([&] { return testing::english(acquireEditAccess(path).read_only_reason); });
    if (!answer) {
        MESSAGE("cannot run a process as another user here: not run");
        return;
    }
    CHECK(*answer == "you may not change this file: Permission denied");
}

TEST_CASE("a portfolio on a read-only disk opens read-only with that reason") {
    testing::ScratchMount disk("size=1m");
    if (!disk.ok()) {
        MESSAGE("cannot mount a tmpfs here (not root?): not run");
        return;
    }
    const std::string path = disk.file("p.etappe");
    REQUIRE(savePortfolioFile(path, versionNamed("on disk")).ok());
    REQUIRE(disk.makeReadOnly());
    const EditAccess access = acquireEditAccess(path);
    CHECK_FALSE(access.writable());
    CHECK(testing::english(access.read_only_reason) == "the disk holding " + disk.path() + " is read-only");
}

TEST_CASE("opening for editing removes the temp files crashed saves left behind") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    REQUIRE(savePortfolioFile(path, versionNamed("A")).ok());
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) ::_exit(0);
    ::waitpid(child, nullptr, 0);
    const std::string leftover = folder.file(".p.etappe.tmp-" + std::to_string(child) + "-12345678");
    testing::writeBytes(leftover, std::string(100000, 'x'));

    const EditAccess access = acquireEditAccess(path);
    CHECK(access.writable());
    CHECK_FALSE(std::filesystem::exists(leftover));
}
