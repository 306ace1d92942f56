// Temp files of a save: never opened through a planted symlink, never left
// behind for good, and a killed save never doubles a backup.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "storage/atomic_write.h"
#include "storage/backups.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

model::Portfolio versionNamed(const std::string& title) {
    model::Portfolio p = testing::syntheticPortfolio(40);
    p.title = title;
    return p;
}

bool isPlainFile(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

std::vector<std::string> tempFiles(const std::string& folder) {
    std::vector<std::string> temps;
    for (const std::string& name : testing::folderEntries(folder)) {
        if (name.find(".tmp-") != std::string::npos) temps.push_back(name);
    }
    return temps;
}

// The real file system, but the process kills itself at one step of a save:
// SIGKILL, like a crash or a power cut, so nothing is cleaned up.
class KillingFileSystem final : public FileSystem {
public:
    explicit KillingFileSystem(SaveStep at) : at_(at) {}
    int openForWrite(const std::string& path, int& fd) override {
        const int result = real().openForWrite(path, fd);
        dieAt(SaveStep::Open);  // after the temp file exists
        return result;
    }
    int write(int fd, const char* data, std::size_t size) override {
        if (at_ == SaveStep::Write) real().write(fd, data, size / 2);
        dieAt(SaveStep::Write);
        return real().write(fd, data, size);
    }
    int sync(int fd) override {
        dieAt(SaveStep::Sync);
        return real().sync(fd);
    }
    int close(int fd) override {
        const int result = real().close(fd);
        dieAt(SaveStep::Close);
        return result;
    }
    int rename(const std::string& from, const std::string& to) override {
        dieAt(SaveStep::Rename);  // the backup is made, the file not yet replaced
        return real().rename(from, to);
    }
    int syncFolder(const std::string& folder) override {
        dieAt(SaveStep::SyncFolder);
        return real().syncFolder(folder);
    }
    int remove(const std::string& path) override { return real().remove(path); }

private:
    static FileSystem& real() { return realFileSystem(); }
    void dieAt(SaveStep step) const {
        if (step == at_) ::kill(::getpid(), SIGKILL);
    }
    SaveStep at_;
};

// A process that creates a temp file of `path` the way a save does and keeps
// it open (and flocked) until it is killed.
class WritingChild {
public:
    explicit WritingChild(const std::string& path) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            int fd = -1;
            const char status = realFileSystem().openForWrite(tempPathFor(path), fd) == 0 ? 'T' : 'F';
            [[maybe_unused]] const ssize_t n = ::write(fds[1], &status, 1);
            ::pause();
            ::_exit(0);
        }
        ::close(fds[1]);
        char status = 0;
        REQUIRE(::read(fds[0], &status, 1) == 1);
        ::close(fds[0]);
        REQUIRE(status == 'T');
    }
    ~WritingChild() { stop(); }
    WritingChild(const WritingChild&) = delete;
    WritingChild& operator=(const WritingChild&) = delete;
    void stop() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

private:
    pid_t pid_ = -1;
};

pid_t deadPid() {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

}  // namespace

TEST_CASE("a symlink at the temp file's old name is not followed: its target stays, the file stays a file") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    const std::string victim = folder.file("victim.txt");
    testing::writeBytes(victim, "precious");
    REQUIRE(savePortfolioFile(path, versionNamed("A")).ok());
    // The name every save of this process used before the temp names were random.
    const std::string old_temp = folder.file(".p.etappe.tmp-" + std::to_string(::getpid()));
    REQUIRE(::symlink(victim.c_str(), old_temp.c_str()) == 0);

    REQUIRE(savePortfolioFile(path, versionNamed("B")).ok());
    CHECK(testing::readBytes(victim) == "precious");
    CHECK(isPlainFile(path));
    CHECK(loadPortfolioFile(path).portfolio->title == "B");
}

TEST_CASE("the temp file is created, never opened: a file or symlink at its name gives EEXIST") {
    testing::TempFolder folder;
    const std::string victim = folder.file("victim.txt");
    testing::writeBytes(victim, "precious");
    const std::string link = folder.file(".p.etappe.tmp-1-0badc0de");
    REQUIRE(::symlink(victim.c_str(), link.c_str()) == 0);
    int fd = -1;
    CHECK(realFileSystem().openForWrite(link, fd) == EEXIST);
    CHECK(realFileSystem().openForWrite(victim, fd) == EEXIST);
    CHECK(testing::readBytes(victim) == "precious");

    const std::string first = tempPathFor(folder.file("p.etappe"));
    CHECK(first != tempPathFor(folder.file("p.etappe")));  // a fresh name each time
    CHECK(nameOf(first).starts_with(".p.etappe.tmp-" + std::to_string(::getpid()) + "-"));
}

TEST_CASE("a save killed at any step: the next open removes its temp file, and no version is backed up twice") {
    for (const SaveStep step : {SaveStep::Open, SaveStep::Write, SaveStep::Sync, SaveStep::Close, SaveStep::Rename,
                                SaveStep::SyncFolder}) {
        const std::string step_name{saveStepKey(step)};
        CAPTURE(step_name);
        testing::TempFolder folder;
        const std::string path = folder.file("p.etappe");
        REQUIRE(savePortfolioFile(path, versionNamed("A")).ok());
        REQUIRE(savePortfolioFile(path, versionNamed("B")).ok());  // A is now a backup

        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            KillingFileSystem dying(step);
            savePortfolioFile(path, versionNamed("C"), dying);
            ::_exit(0);  // not reached: the save kills the child
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status));

        const bool replaced = step == SaveStep::SyncFolder;
        CHECK(loadPortfolioFile(path).portfolio->title == (replaced ? "C" : "B"));
        const bool left_temp = step != SaveStep::SyncFolder;  // renamed away before the folder sync
        CHECK(tempFiles(folder.path()).size() == (left_temp ? 1u : 0u));
        CHECK(removeStaleTempFiles(path) == (left_temp ? 1 : 0));
        CHECK(tempFiles(folder.path()).empty());

        REQUIRE(savePortfolioFile(path, versionNamed("D")).ok());
        std::vector<std::string> titles;
        for (const std::string& backup : listBackups(path)) titles.push_back(loadPortfolioFile(backup).portfolio->title);
        // Newest first: the version D replaced, then the older ones, each once.
        const std::vector<std::string> expected =
            replaced ? std::vector<std::string>{"C", "B", "A"} : std::vector<std::string>{"B", "A"};
        CHECK(titles == expected);
    }
}

TEST_CASE("a temp file is kept while its writer lives, and removed once it is gone") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    WritingChild writer(path);
    CHECK(removeStaleTempFiles(path) == 0);
    CHECK(tempFiles(folder.path()).size() == 1);
    writer.stop();
    CHECK(removeStaleTempFiles(path) == 1);
    CHECK(tempFiles(folder.path()).empty());
}

TEST_CASE("only this file's temp files of dead processes are removed, old-style names included") {
    testing::TempFolder folder;
    const std::string dead = std::to_string(deadPid());
    const std::string mine = std::to_string(::getpid());
    for (const std::string& name : {".p.etappe.tmp-" + dead, ".p.etappe.tmp-" + dead + "-00ff00ff",
                                    ".p.etappe.tmp-" + mine + "-00ff00ff", ".q.etappe.tmp-" + dead,
                                    ".p.etappe.tmp-" + dead + "-notes", "p.etappe.tmp-" + dead}) {
        testing::writeBytes(folder.file(name), "partial");
    }
    CHECK(removeStaleTempFiles(folder.file("p.etappe")) == 2);
    std::vector<std::string> kept{".p.etappe.tmp-" + dead + "-notes", ".p.etappe.tmp-" + mine + "-00ff00ff",
                                  ".q.etappe.tmp-" + dead, "p.etappe.tmp-" + dead};
    std::sort(kept.begin(), kept.end());
    CHECK(testing::folderEntries(folder.path()) == kept);
}
