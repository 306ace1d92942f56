// A portfolio open in one Etappe is refused to a second one, which is told
// who has it; the lock survives saves and ends with its holder.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "storage/file_lock.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "system_fixtures.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

// A child process that takes the lock, reports through a pipe and waits to be killed.
class LockingChild {
public:
    explicit LockingChild(const std::string& data_path) {
        start(data_path);
    }
    void start(const std::string& data_path) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            FileLock::Refusal refusal;
            const auto lock = FileLock::acquire(data_path, refusal);
            const char status = lock ? 'L' : 'F';
            [[maybe_unused]] const ssize_t n = ::write(fds[1], &status, 1);
            ::pause();
            ::_exit(0);
        }
        ::close(fds[1]);
        char status = 0;
        REQUIRE(::read(fds[0], &status, 1) == 1);
        ::close(fds[0]);
        REQUIRE(status == 'L');
    }
    ~LockingChild() { stop(); }
    LockingChild(const LockingChild&) = delete;
    LockingChild& operator=(const LockingChild&) = delete;

    pid_t pid() const { return pid_; }
    void stop() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

private:
    pid_t pid_ = -1;
};

}  // namespace

TEST_CASE("a file locked by another process is refused and names its holder") {
    testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    LockingChild child(path);

    FileLock::Refusal refusal;
    const auto refused = FileLock::acquire(path, refusal);
    CHECK_FALSE(refused.has_value());
    CHECK(refusal.kind == FileLock::Refusal::Kind::HeldByOther);
    CHECK(refusal.holder.find("@") != std::string::npos);
    CHECK(refusal.holder.ends_with(" pid " + std::to_string(child.pid())));
    // A whole statement, also where no holder is named (the holder has not written its note yet).
    CHECK(testing::english(refusal.reason) == "another Etappe window has this file open");
    CHECK(i18n::render(i18n::Translator(i18n::Language::German), refusal.reason) ==
          "ein anderes Etappe-Fenster hat diese Datei geöffnet");

    child.stop();  // a crashed holder releases the lock with its last descriptor
    const auto taken = FileLock::acquire(path, refusal);
    CHECK(taken.has_value());
    CHECK(refusal.holder.empty());
}

TEST_CASE("the lock is on <file>.lock, so saving (renaming over the file) keeps it") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    FileLock::Refusal refusal;
    auto lock = FileLock::acquire(path, refusal);
    REQUIRE(lock.has_value());
    CHECK(lock->lockPath() == path + ".lock");
    CHECK(testing::readBytes(path + ".lock") == lockHolderText() + "\n");

    REQUIRE(savePortfolioFile(path, testing::syntheticPortfolio(3)).ok());
    REQUIRE(savePortfolioFile(path, testing::syntheticPortfolio(4)).ok());
    CHECK_FALSE(FileLock::acquire(path, refusal).has_value());  // same process, second window
    CHECK(refusal.holder == lockHolderText());
}

TEST_CASE("a moved lock is released once, by its last owner") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    FileLock::Refusal refusal;
    {
        auto first = FileLock::acquire(path, refusal);
        REQUIRE(first.has_value());
        std::optional<FileLock> second = std::move(first);
        first.reset();  // the moved-from lock must not release anything
        CHECK_FALSE(FileLock::acquire(path, refusal).has_value());
    }
    CHECK(FileLock::acquire(path, refusal).has_value());
    CHECK_FALSE(std::filesystem::exists(path));  // locking never creates the data file itself
}

TEST_CASE("no lock in a folder that does not exist, with a reason") {
    FileLock::Refusal refusal;
    CHECK_FALSE(FileLock::acquire("/nonexistent-etappe-folder/p.etappe", refusal).has_value());
    CHECK(refusal.kind == FileLock::Refusal::Kind::CannotLock);
    CHECK(i18n::debugText(refusal.reason).find("/nonexistent-etappe-folder/p.etappe.lock") != std::string::npos);
}

TEST_CASE("a symlink, FIFO, hard link or big file at the lock's name is refused and never truncated") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    const std::string lock_path = path + ".lock";
    const std::string victim = folder.file("victim.txt");
    testing::writeBytes(victim, "precious");

    auto expectRefused = [&](const char* what) {
        CAPTURE(what);
        FileLock::Refusal refusal;
        CHECK_FALSE(FileLock::acquire(path, refusal).has_value());
        CHECK(refusal.kind == FileLock::Refusal::Kind::CannotLock);
        CHECK(refusal.reason.key == "detail.lock_not_a_lock_file");
        CHECK(testing::readBytes(victim) == "precious");
        std::filesystem::remove(lock_path);
    };
    REQUIRE(::symlink(victim.c_str(), lock_path.c_str()) == 0);
    expectRefused("symlink");
    REQUIRE(::link(victim.c_str(), lock_path.c_str()) == 0);
    expectRefused("hard link");
    REQUIRE(::mkfifo(lock_path.c_str(), 0644) == 0);
    expectRefused("fifo");  // and does not hang
    testing::writeBytes(lock_path, std::string(10000, 'x'));
    expectRefused("a big file that is no lock note");
    FileLock::Refusal refusal;
    CHECK(FileLock::acquire(path, refusal).has_value());
}

TEST_CASE("a file of the user's own at the lock's name is refused and left byte for byte, a stale lock note is taken over") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    const std::string lock_path = path + ".lock";
    for (const std::string& own : {std::string("my notes on the lock\n"), std::string("x"),
                                   std::string("anna@laptop pid 12\nsecond line\n"), std::string("anna pid 12\n"),
                                   std::string("anna@laptop pid 12a\n")}) {
        CAPTURE(own);
        testing::writeBytes(lock_path, own);
        {
            FileLock::Refusal refusal;
            CHECK_FALSE(FileLock::acquire(path, refusal).has_value());
            CHECK(refusal.kind == FileLock::Refusal::Kind::CannotLock);
            CHECK(testing::english(refusal.reason).starts_with(lock_path + " is not a lock file Etappe made"));
        }
        CHECK(testing::readBytes(lock_path) == own);
    }
    // What a crashed Etappe left behind is its own note: taken over, and removed at the end.
    testing::writeBytes(lock_path, "anna@laptop pid 4242\n");
    {
        FileLock::Refusal refusal;
        const auto lock = FileLock::acquire(path, refusal);
        REQUIRE(lock.has_value());
        CHECK(testing::readBytes(lock_path) == lockHolderText() + "\n");
    }
    CHECK_FALSE(std::filesystem::exists(lock_path));
}

TEST_CASE("the lock file is removed when the lock ends, but only while it is still ours") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    FileLock::Refusal refusal;
    {
        auto lock = FileLock::acquire(path, refusal);
        REQUIRE(lock.has_value());
        CHECK(std::filesystem::exists(path + ".lock"));
    }
    CHECK_FALSE(std::filesystem::exists(path + ".lock"));

    auto lock = FileLock::acquire(path, refusal);
    REQUIRE(lock.has_value());
    // Someone replaced the lock file meanwhile: theirs stays.
    REQUIRE(::rename((path + ".lock").c_str(), folder.file("moved").c_str()) == 0);
    testing::writeBytes(path + ".lock", "someone else\n");
    lock.reset();
    CHECK(testing::readBytes(path + ".lock") == "someone else\n");
}

TEST_CASE("two processes locking and releasing in a tight loop never hold the lock at once") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    const std::string inside = folder.file("inside");
    // Each holder creates `inside` exclusively while it holds the lock: a
    // second holder at the same moment would find it there.
    auto run = [&](int rounds) {
        int clashes = 0;
        for (int i = 0; i < rounds; ++i) {
            FileLock::Refusal refusal;
            auto lock = FileLock::acquire(path, refusal);
            if (!lock) continue;
            const int fd = ::open(inside.c_str(), O_CREAT | O_EXCL | O_WRONLY, 0644);
            if (fd < 0) {
                ++clashes;
                continue;
            }
            ::close(fd);
            ::unlink(inside.c_str());
        }
        return clashes;
    };
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) ::_exit(run(3000) == 0 ? 0 : 1);
    const int clashes = run(3000);
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(clashes == 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
}

TEST_CASE("a symlinked portfolio is locked as its real file, so the link and the target exclude each other") {
    testing::TempFolder folder;
    std::filesystem::create_directory(folder.file("real"));
    const std::string real = folder.file("real/p.etappe");
    const std::string link = folder.file("p.etappe");
    REQUIRE(savePortfolioFile(real, testing::syntheticPortfolio(2)).ok());
    REQUIRE(::symlink(real.c_str(), link.c_str()) == 0);

    LockingChild child(link);  // another process opened the link
    FileLock::Refusal refusal;
    CHECK_FALSE(FileLock::acquire(real, refusal).has_value());
    CHECK(refusal.kind == FileLock::Refusal::Kind::HeldByOther);
    CHECK(refusal.holder.ends_with(" pid " + std::to_string(child.pid())));
    child.stop();

    auto lock = FileLock::acquire(link, refusal);
    REQUIRE(lock.has_value());
    CHECK(lock->lockPath() == real + ".lock");
    CHECK_FALSE(FileLock::acquire(real, refusal).has_value());
    CHECK_FALSE(std::filesystem::exists(link + ".lock"));
}

TEST_CASE("a read-only disk or a folder without permission is told apart from another window") {
    testing::ScratchMount disk("size=1m");
    if (!disk.ok() || !disk.makeReadOnly()) {
        MESSAGE("cannot mount a tmpfs here (not root?): the read-only disk case is not run");
    } else {
        FileLock::Refusal refusal;
        CHECK_FALSE(FileLock::acquire(disk.file("p.etappe"), refusal).has_value());
        CHECK(refusal.kind == FileLock::Refusal::Kind::CannotLock);
        CHECK(testing::english(refusal.reason) ==
              "the lock file " + disk.file("p.etappe.lock") + " cannot be created: The disk is read-only");
    }

    testing::TempFolder folder;  // owned by root, 0700: nobody may not create files in it
    ::chmod(folder.path().c_str(), 0755);
    const auto answer = testing::runAsNobody([&] {
        FileLock::Refusal refusal;
        const bool locked = FileLock::acquire(folder.file("p.etappe"), refusal).has_value();
        return std::string(locked ? "locked" : "refused") + " " + std::to_string(static_cast<int>(refusal.kind)) + " " +
               testing::english(refusal.reason);
    });
    if (!answer) {
        MESSAGE("cannot run a process as another user here: the permission case is not run");
        return;
    }
    CHECK(*answer == "refused 2 the lock file " + folder.file("p.etappe.lock") + " cannot be created: Permission denied");
}
