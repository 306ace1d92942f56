// Autosave runs on a worker thread: these tests drive DocumentSession with a
// file system that can hold the worker inside a save or make it fail.
#include <doctest/doctest.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include "../unit/test_storage_support.h"
#include "history/edit.h"
#include "i18n/message.h"
#include "i18n/translator.h"
#include "shell/session.h"
#include "storage/portfolio_file.h"

using namespace etappe;
using app::DocumentSession;

namespace {

// Forwards to the real file system; can hold a save at its first step (the
// snapshot is taken by then) or make one step fail.
class GateFileSystem final : public storage::FileSystem {
public:
    void close() {
        const std::lock_guard lock(mutex_);
        open_ = false;
        arrived_ = 0;  // only saves from now on count
    }
    void open() {
        {
            const std::lock_guard lock(mutex_);
            open_ = true;
        }
        changed_.notify_all();
    }
    // Blocks until a save waits at the gate.
    void awaitArrival() {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return arrived_ > 0; });
        --arrived_;
    }
    int fail_write_with = 0;

    int openForWrite(const std::string& path, int& fd) override {
        std::unique_lock lock(mutex_);
        ++arrived_;
        changed_.notify_all();
        changed_.wait(lock, [&] { return open_; });
        lock.unlock();
        return real().openForWrite(path, fd);
    }
    int write(int fd, const char* data, std::size_t size) override {
        return fail_write_with != 0 ? fail_write_with : real().write(fd, data, size);
    }
    int sync(int fd) override { return real().sync(fd); }
    int close(int fd) override { return real().close(fd); }
    int rename(const std::string& from, const std::string& to) override { return real().rename(from, to); }
    int syncFolder(const std::string& folder) override { return real().syncFolder(folder); }
    int remove(const std::string& path) override { return real().remove(path); }

private:
    static storage::FileSystem& real() { return storage::realFileSystem(); }
    std::mutex mutex_;
    std::condition_variable changed_;
    bool open_ = true;
    int arrived_ = 0;
};

void retitle(DocumentSession& session, const std::string& title) {
    auto& document = session.document();
    REQUIRE(document.apply(history::changeTitle(document.portfolio().title, title)));
}

std::string titleInFile(const std::string& path) {
    const storage::LoadResult loaded = storage::loadPortfolioFile(path);
    REQUIRE(loaded.ok());
    return loaded.portfolio->title;
}

// Ticks (without waiting for the delay to pass) until the running save is collected.
std::optional<app::FileProblem> finishSave(DocumentSession& session, double now) {
    for (int i = 0; i < 10'000 && session.isAutosaving(); ++i) {
        if (auto problem = session.tick(now)) return problem;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    REQUIRE_FALSE(session.isAutosaving());
    return std::nullopt;
}

// A change at t=0 becomes due at kAutosaveDelay; this tick starts the save.
void startSaveOfChange(DocumentSession& session, const std::string& title) {
    retitle(session, title);
    CHECK_FALSE(session.tick(0.0));
    CHECK_FALSE(session.isAutosaving());
    CHECK_FALSE(session.tick(DocumentSession::kAutosaveDelay));
    REQUIRE(session.isAutosaving());
}

}  // namespace

TEST_CASE("autosave writes in the background and the file loads back") {
    const testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    DocumentSession session;
    session.startNew(path);
    startSaveOfChange(session, "Gebiet Süd");
    CHECK(session.secondsUntilAutosave(2.0) == DocumentSession::kPollWhileSaving);
    CHECK_FALSE(finishSave(session, 2.0));
    CHECK_FALSE(session.document().isDirty());
    CHECK(session.secondsUntilAutosave(3.0) < 0.0);
    CHECK(titleInFile(path) == "Gebiet Süd");
}

TEST_CASE("a change made while the autosave runs stays dirty and is saved by a later tick") {
    const testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    GateFileSystem fs;
    DocumentSession session;
    session.useFileSystem(fs);
    session.startNew(path);
    fs.close();
    startSaveOfChange(session, "Erste");
    fs.awaitArrival();  // the worker holds its copy of "Erste"
    retitle(session, "Zweite");
    CHECK_FALSE(session.tick(1.6));
    fs.open();
    CHECK_FALSE(finishSave(session, 1.7));
    CHECK(titleInFile(path) == "Erste");
    CHECK(session.document().isDirty());

    // Due kAutosaveDelay after the change seen at 1.6.
    CHECK_FALSE(session.tick(2.0));
    CHECK_FALSE(session.isAutosaving());
    CHECK_FALSE(session.tick(1.6 + DocumentSession::kAutosaveDelay));
    CHECK_FALSE(finishSave(session, 3.2));
    CHECK(titleInFile(path) == "Zweite");
    CHECK_FALSE(session.document().isDirty());
}

TEST_CASE("undoing to the previously saved state during an autosave still saves it") {
    const testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    GateFileSystem fs;
    DocumentSession session;
    session.useFileSystem(fs);
    session.startNew(path);
    retitle(session, "Gespeichert");
    REQUIRE_FALSE(session.save());
    fs.close();
    startSaveOfChange(session, "Neu");
    fs.awaitArrival();
    REQUIRE(session.document().undo());  // back to what the file held before this save
    CHECK_FALSE(session.tick(1.6));
    fs.open();
    CHECK_FALSE(finishSave(session, 1.7));
    CHECK(titleInFile(path) == "Neu");
    CHECK(session.document().isDirty());  // the file no longer matches the document
    CHECK_FALSE(session.tick(1.6 + DocumentSession::kAutosaveDelay));
    CHECK_FALSE(finishSave(session, 3.2));
    CHECK(titleInFile(path) == "Gespeichert");
}

TEST_CASE("quitting waits for the running autosave and then writes the newest state") {
    const testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    GateFileSystem fs;
    DocumentSession session;
    session.useFileSystem(fs);
    session.startNew(path);
    fs.close();
    startSaveOfChange(session, "Erste");
    fs.awaitArrival();
    retitle(session, "Letzte");
    std::thread opener([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        fs.open();
    });
    CHECK_FALSE(session.saveOnQuit());
    opener.join();
    CHECK_FALSE(session.isAutosaving());
    CHECK_FALSE(session.document().isDirty());
    CHECK(titleInFile(path) == "Letzte");
}

TEST_CASE("an explicit save waits for the running autosave instead of racing it") {
    const testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    GateFileSystem fs;
    DocumentSession session;
    session.useFileSystem(fs);
    session.startNew(path);
    fs.close();
    startSaveOfChange(session, "Erste");
    fs.awaitArrival();
    retitle(session, "Zweite");
    std::thread opener([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        fs.open();
    });
    CHECK_FALSE(session.save());
    opener.join();
    CHECK_FALSE(session.isAutosaving());
    CHECK(titleInFile(path) == "Zweite");
    CHECK_FALSE(session.document().isDirty());
}

TEST_CASE("a failing autosave is reported once and retried after kRetryAfterFailure") {
    const testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    GateFileSystem fs;
    fs.fail_write_with = ENOSPC;
    DocumentSession session;
    session.useFileSystem(fs);
    session.startNew(path);
    startSaveOfChange(session, "Voll");
    const auto problem = finishSave(session, 1.6);
    REQUIRE(problem);
    CHECK(problem->path == path);
    CHECK(problem->reason_key == "save_step.write");
    // The dialog's detail, as App::reportProblem renders it for a German user.
    const i18n::Translator de(i18n::Language::German);
    CHECK(i18n::render(de, problem->details) == "Der Datenträger ist voll");
    CHECK(session.document().isDirty());

    for (double now = 1.7; now < 1.5 + DocumentSession::kRetryAfterFailure; now += 1.0) {
        CHECK_FALSE(session.tick(now));
        CHECK_FALSE(session.isAutosaving());
    }
    fs.fail_write_with = 0;
    CHECK_FALSE(session.tick(1.5 + DocumentSession::kRetryAfterFailure));
    CHECK_FALSE(finishSave(session, 32.0));
    CHECK_FALSE(session.document().isDirty());
    CHECK(titleInFile(path) == "Voll");
}

TEST_CASE("an autosave into a removed folder is reported once") {
    const testing::TempFolder folder;
    const std::string sub = folder.file("gone");
    std::filesystem::create_directory(sub);
    const std::string path = sub + "/portfolio.etappe";
    DocumentSession session;
    session.startNew(path);
    std::filesystem::remove_all(sub);
    startSaveOfChange(session, "Nirgends");
    const auto problem = finishSave(session, 1.6);
    REQUIRE(problem);
    CHECK(problem->reason_key == "save_step.open");
    const i18n::Translator de(i18n::Language::German);
    CHECK(i18n::render(de, problem->details) == "Die Datei oder der Ordner existiert nicht – Ordner " + sub);
    CHECK_FALSE(session.tick(5.0));
    CHECK_FALSE(session.isAutosaving());
}

TEST_CASE("with a wake installed the finished save calls it from the worker, and nothing polls") {
    const testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    DocumentSession session;
    std::atomic<int> wakes{0};
    session.setWake([&wakes] { ++wakes; });
    session.startNew(path);
    startSaveOfChange(session, "Gebiet Nord");
    CHECK(session.secondsUntilAutosave(2.0) < 0.0);
    for (int i = 0; i < 10'000 && wakes.load() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    REQUIRE(wakes.load() == 1);
    CHECK_FALSE(session.tick(2.0));  // collected at once: the outcome was ready when the wake came
    CHECK_FALSE(session.isAutosaving());
    CHECK_FALSE(session.document().isDirty());
    CHECK(titleInFile(path) == "Gebiet Nord");
}
