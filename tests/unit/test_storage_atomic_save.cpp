// A save that fails at any step leaves the previous file exactly as it was;
// a save that succeeds keeps the previous versions as backups.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "storage/backups.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

// The real file system, with one chosen step failing like a full or broken disk.
class FailingFileSystem : public FileSystem {
public:
    FailingFileSystem(SaveStep fail_at, int error) : fail_at_(fail_at), error_(error) {}

    int openForWrite(const std::string& path, int& fd) override {
        return fail_at_ == SaveStep::Open ? error_ : real().openForWrite(path, fd);
    }
    int write(int fd, const char* data, std::size_t size) override {
        if (fail_at_ != SaveStep::Write) return real().write(fd, data, size);
        real().write(fd, data, size / 2);  // half written, like a disk filling up
        return error_;
    }
    int sync(int fd) override {
        ++syncs_;
        return fail_at_ == SaveStep::Sync ? error_ : real().sync(fd);
    }
    int close(int fd) override {
        const int result = real().close(fd);
        return fail_at_ == SaveStep::Close ? error_ : result;
    }
    int rename(const std::string& from, const std::string& to) override {
        return fail_at_ == SaveStep::Rename ? error_ : real().rename(from, to);
    }
    int syncFolder(const std::string& folder) override {
        return fail_at_ == SaveStep::SyncFolder ? error_ : real().syncFolder(folder);
    }
    int remove(const std::string& path) override { return real().remove(path); }

    int syncs() const { return syncs_; }

private:
    static FileSystem& real() { return realFileSystem(); }
    SaveStep fail_at_;
    int error_;
    int syncs_ = 0;
};

struct InjectedFailure {
    SaveStep step;
    int error;
};

const InjectedFailure kFailures[] = {
    {SaveStep::Open, EACCES},   {SaveStep::Write, ENOSPC}, {SaveStep::Sync, EIO},
    {SaveStep::Close, EDQUOT},  {SaveStep::Rename, EXDEV}, {SaveStep::SyncFolder, EIO},
};

model::Portfolio versionNamed(const std::string& title) {
    model::Portfolio p = testing::syntheticPortfolio(50);
    p.title = title;
    return p;
}

}  // namespace

TEST_CASE("a failure at any step of the save leaves the previous file byte-identical") {
    for (const InjectedFailure& failure : kFailures) {
        const std::string step{saveStepKey(failure.step)};
        CAPTURE(step);
        testing::TempFolder folder;
        const std::string path = folder.file("portfolio.etappe");
        REQUIRE(savePortfolioFile(path, versionNamed("old")).ok());
        const std::string old_bytes = testing::readBytes(path);

        FailingFileSystem fs(failure.step, failure.error);
        const SaveResult result = savePortfolioFile(path, versionNamed("new"), fs);
        CHECK(result.failed_step == failure.step);
        CHECK(result.error_number == failure.error);
        CHECK_FALSE(testing::hasTempFile(folder.path()));
        if (failure.step == SaveStep::SyncFolder) {
            // The rename already happened: the new version is complete in place,
            // only its durability is unconfirmed (the user is asked to save again).
            CHECK(loadPortfolioFile(path).portfolio->title == "new");
        } else {
            CHECK(testing::readBytes(path) == old_bytes);
        }
        CHECK(fs.syncs() <= 1);  // fsync is never retried on the same descriptor
    }
}

TEST_CASE("a failed first save of a new file leaves no file and no temp file behind") {
    for (const InjectedFailure& failure : kFailures) {
        if (failure.step == SaveStep::SyncFolder) continue;
        const std::string step{saveStepKey(failure.step)};
        CAPTURE(step);
        testing::TempFolder folder;
        FailingFileSystem fs(failure.step, failure.error);
        CHECK(savePortfolioFile(folder.file("new.etappe"), versionNamed("x"), fs).failed_step == failure.step);
        CHECK(testing::folderEntries(folder.path()).empty());
    }
}

TEST_CASE("saving into a read-only folder fails at Open and changes nothing") {
    testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    REQUIRE(savePortfolioFile(path, versionNamed("old")).ok());
    const std::string old_bytes = testing::readBytes(path);
    if (::geteuid() == 0) {
        MESSAGE("running as root, which ignores folder permissions: covered by the injected EACCES above");
        return;
    }
    REQUIRE(::chmod(folder.path().c_str(), 0555) == 0);
    const SaveResult result = savePortfolioFile(path, versionNamed("new"));
    ::chmod(folder.path().c_str(), 0755);
    CHECK(result.failed_step == SaveStep::Open);
    CHECK(result.error_number == EACCES);
    CHECK(testing::readBytes(path) == old_bytes);
}

TEST_CASE("saving into a folder that does not exist fails at Open") {
    testing::TempFolder folder;
    const SaveResult result = savePortfolioFile(folder.file("missing/p.etappe"), versionNamed("x"));
    CHECK(result.failed_step == SaveStep::Open);
    CHECK(result.error_number == ENOENT);
}

TEST_CASE("after 7 saves exactly 5 backups exist, newest first, and each one opens") {
    testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    for (int i = 1; i <= 7; ++i) REQUIRE(savePortfolioFile(path, versionNamed("save " + std::to_string(i))).ok());

    const std::vector<std::string> backups = listBackups(path);
    REQUIRE(backups.size() == 5);
    // The file holds save 7; the backups are saves 6, 5, 4, 3, 2.
    CHECK(loadPortfolioFile(path).portfolio->title == "save 7");
    for (std::size_t i = 0; i < backups.size(); ++i) {
        CAPTURE(backups[i]);
        CHECK(backups[i].rfind(folder.path() + "/.etappe-backups/portfolio.etappe.", 0) == 0);
        const LoadResult r = loadPortfolioFile(backups[i]);
        REQUIRE(r.ok());
        CHECK(r.portfolio->title == "save " + std::to_string(6 - static_cast<int>(i)));
    }
    CHECK(listBackups(folder.file("other.etappe")).empty());  // backups belong to one file only
}

TEST_CASE("backups_kept = 0 keeps none, and a failed save does not rotate the backups") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    REQUIRE(savePortfolioFile(path, versionNamed("a"), realFileSystem(), 0).ok());
    REQUIRE(savePortfolioFile(path, versionNamed("b"), realFileSystem(), 0).ok());
    CHECK(listBackups(path).empty());

    REQUIRE(savePortfolioFile(path, versionNamed("c")).ok());
    REQUIRE(listBackups(path).size() == 1);
    FailingFileSystem fs(SaveStep::Write, ENOSPC);
    REQUIRE_FALSE(savePortfolioFile(path, versionNamed("d"), fs).ok());
    CHECK(listBackups(path).size() == 1);
}

TEST_CASE("a saved file keeps the permissions the user gave it") {
    testing::TempFolder folder;
    const std::string path = folder.file("private.etappe");
    REQUIRE(savePortfolioFile(path, versionNamed("a")).ok());
    REQUIRE(::chmod(path.c_str(), 0600) == 0);
    REQUIRE(savePortfolioFile(path, versionNamed("b")).ok());
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}
