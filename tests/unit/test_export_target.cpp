// Exports (calendar, brief, screenshot) never replace a portfolio, its
// backups, a symlink's target or a device, never create folders, and write
// atomically; an existing plain file is replaced only when asked to.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "storage/backups.h"
#include "storage/export_target.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "system_fixtures.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

void expectRefused(const std::string& path, const std::string& reason) {
    CAPTURE(path);
    const ExportTarget target = checkExportTarget(path);
    CHECK(target.refused());
    CHECK(testing::english(target.reason) == reason);
    const SaveResult written = writeExport(path, "BEGIN:VCALENDAR\n", true);
    CHECK(written.failed_step == SaveStep::Validate);
}

bool isSymlink(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && S_ISLNK(info.st_mode);
}

}  // namespace

TEST_CASE("an export never replaces a portfolio or a backup, under any name") {
    testing::TempFolder folder;
    const std::string portfolio = folder.file("p.etappe");
    REQUIRE(savePortfolioFile(portfolio, testing::syntheticPortfolio(3)).ok());
    REQUIRE(savePortfolioFile(portfolio, testing::syntheticPortfolio(4)).ok());
    const std::string before = testing::readBytes(portfolio);
    const std::string backup = listBackups(portfolio).front();
    const std::string renamed = folder.file("kunden.json");
    std::filesystem::copy_file(portfolio, renamed);

    expectRefused(portfolio, portfolio + " is an Etappe portfolio or one of its backups; an export never replaces it");
    expectRefused(backup, backup + " is an Etappe portfolio or one of its backups; an export never replaces it");
    expectRefused(renamed, renamed + " is an Etappe portfolio or one of its backups; an export never replaces it");
    expectRefused(folder.file("new.etappe"),
                  folder.file("new.etappe") + " is an Etappe portfolio or one of its backups; an export never replaces it");
    CHECK(testing::readBytes(portfolio) == before);
    CHECK(loadPortfolioFile(backup).ok());
}

TEST_CASE("an export never writes through a symlink, into a FIFO, a device or a folder, nor creates a folder") {
    testing::TempFolder folder;
    const std::string victim = folder.file("victim.txt");
    testing::writeBytes(victim, "precious");
    const std::string link = folder.file("link.ics");
    REQUIRE(::symlink(victim.c_str(), link.c_str()) == 0);
    const std::string fifo = folder.file("fifo.ics");
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);

    expectRefused(link, link + " is a symbolic link; choose the file it points to or another name");
    expectRefused(fifo, fifo + " is not a regular file (a device or a pipe)");  // and does not hang
    expectRefused("/dev/null", "/dev/null is not a regular file (a device or a pipe)");
    expectRefused(folder.path(), folder.path() + " is a folder");
    expectRefused(folder.file("missing/out.png"), "the folder " + folder.file("missing") + " does not exist");
    expectRefused("", "no file name was given");
    CHECK(isSymlink(link));
    CHECK(testing::readBytes(victim) == "precious");
    CHECK_FALSE(std::filesystem::exists(folder.file("missing")));
}

TEST_CASE("an existing plain file is replaced only when asked to, atomically") {
    testing::TempFolder folder;
    const std::string path = folder.file("out.ics");
    CHECK(checkExportTarget(path).verdict == ExportTarget::Verdict::New);
    REQUIRE(writeExport(path, "first\n", false).ok());
    CHECK(checkExportTarget(path).verdict == ExportTarget::Verdict::ExistingFile);

    const SaveResult refused = writeExport(path, "second\n", false);
    CHECK(refused.failed_step == SaveStep::Validate);
    CHECK(testing::english(refused.detail) == path + " exists already; add --force to replace it");
    CHECK(testing::readBytes(path) == "first\n");

    struct stat before {};
    REQUIRE(::stat(path.c_str(), &before) == 0);
    REQUIRE(writeExport(path, "second\n", true).ok());
    struct stat after {};
    REQUIRE(::stat(path.c_str(), &after) == 0);
    CHECK(testing::readBytes(path) == "second\n");
    CHECK(after.st_ino != before.st_ino);  // a new file renamed into place, not rewritten in place
    CHECK_FALSE(testing::hasTempFile(folder.path()));
}

TEST_CASE("on a full disk (a 1 MB tmpfs) an export and a save fail and leave the old files whole") {
    testing::ScratchMount disk("size=1m");
    if (!disk.ok()) {
        MESSAGE("cannot mount a tmpfs here (not root?): covered by the injected ENOSPC in test_storage_atomic_save");
        return;
    }
    const std::string export_path = disk.file("out.ics");
    REQUIRE(writeExport(export_path, std::string(300'000, 'a'), false).ok());
    const SaveResult full = writeExport(export_path, std::string(900'000, 'b'), true);
    CHECK(full.failed_step == SaveStep::Write);
    CHECK(full.error_number == ENOSPC);
    CHECK(testing::readBytes(export_path) == std::string(300'000, 'a'));

    const std::string portfolio = disk.file("p.etappe");
    REQUIRE(savePortfolioFile(portfolio, testing::syntheticPortfolio(5), realFileSystem(), 0).ok());
    const std::string before = testing::readBytes(portfolio);
    const SaveResult too_big = savePortfolioFile(portfolio, testing::syntheticPortfolio(3000), realFileSystem(), 0);
    CHECK_FALSE(too_big.ok());
    CHECK(too_big.error_number == ENOSPC);
    CHECK(testing::readBytes(portfolio) == before);
    CHECK_FALSE(testing::hasTempFile(disk.path()));
}
