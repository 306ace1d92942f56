// A portfolio open in one Etappe is refused to a second one, which is told
// who has it; the lock survives saves and ends with its holder.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "storage/file_lock.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

// A child process that takes the lock, reports through a pipe and waits to be killed.
class LockingChild {
public:
    explicit LockingChild(const std::string& data_path) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            std::string holder;
            const auto lock = FileLock::acquire(data_path, holder);
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

    std::string holder;
    const auto refused = FileLock::acquire(path, holder);
    CHECK_FALSE(refused.has_value());
    CHECK(holder.find("@") != std::string::npos);
    CHECK(holder.ends_with(" pid " + std::to_string(child.pid())));

    child.stop();  // a crashed holder releases the lock with its last descriptor
    const auto taken = FileLock::acquire(path, holder);
    CHECK(taken.has_value());
    CHECK(holder.empty());
}

TEST_CASE("the lock is on <file>.lock, so saving (renaming over the file) keeps it") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    std::string holder;
    auto lock = FileLock::acquire(path, holder);
    REQUIRE(lock.has_value());
    CHECK(lock->lockPath() == path + ".lock");
    CHECK(testing::readBytes(path + ".lock") == lockHolderText() + "\n");

    REQUIRE(savePortfolioFile(path, testing::syntheticPortfolio(3)).ok());
    REQUIRE(savePortfolioFile(path, testing::syntheticPortfolio(4)).ok());
    CHECK_FALSE(FileLock::acquire(path, holder).has_value());  // same process, second window
    CHECK(holder == lockHolderText());
}

TEST_CASE("a moved lock is released once, by its last owner") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    std::string holder;
    {
        auto first = FileLock::acquire(path, holder);
        REQUIRE(first.has_value());
        std::optional<FileLock> second = std::move(first);
        first.reset();  // the moved-from lock must not release anything
        CHECK_FALSE(FileLock::acquire(path, holder).has_value());
    }
    CHECK(FileLock::acquire(path, holder).has_value());
    CHECK_FALSE(std::filesystem::exists(path));  // locking never creates the data file itself
}

TEST_CASE("no lock in a folder that does not exist, with a reason") {
    std::string holder;
    CHECK_FALSE(FileLock::acquire("/nonexistent-etappe-folder/p.etappe", holder).has_value());
    CHECK(holder.find("/nonexistent-etappe-folder/p.etappe.lock") != std::string::npos);
}
