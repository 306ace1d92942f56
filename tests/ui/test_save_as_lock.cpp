// Save As takes the lock of its target, whatever name the target is given
// (issue 9, item 2): window A, a real second process, edits p.etappe; window
// B opened it read-only and must not Save As over it, by any name.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "../unit/test_storage_support.h"
#include "history/edit.h"
#include "shell/session.h"
#include "storage/portfolio_file.h"

using namespace etappe;
using app::DocumentSession;

namespace {

void retitle(DocumentSession& session, const std::string& title) {
    auto& document = session.document();
    REQUIRE(document.apply(history::changeTitle(document.portfolio().title, title)));
}

std::string titleInFile(const std::string& path) {
    const storage::LoadResult loaded = storage::loadPortfolioFile(path);
    REQUIRE(loaded.ok());
    return loaded.portfolio->title;
}

// Window A in a child process: opens the file, saves newer work, says so on
// `ready`, and holds the file until `done` is closed. Exits 0 when all went well.
[[noreturn]] void windowA(const std::string& path, int ready, int done) {
    int status = 1;
    {
        DocumentSession a;
        if (!a.open(path) && !a.isReadOnly()) {
            auto& document = a.document();
            document.apply(history::changeTitle(document.portfolio().title, "A's newer work"));
            if (!a.save()) status = 0;
        }
        const char byte = static_cast<char>(status);
        [[maybe_unused]] const ssize_t written = ::write(ready, &byte, 1);
        char ignored = 0;
        [[maybe_unused]] const ssize_t read = ::read(done, &ignored, 1);  // returns once the parent closes it
    }
    ::_exit(status);  // not exit(): the test runner's state belongs to the parent
}

}  // namespace

TEST_CASE("a read-only window cannot Save As over a file another process holds, under any name") {
    const testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    {
        DocumentSession first;
        first.startNew(path);
        retitle(first, "the old version");
        REQUIRE_FALSE(first.save());
    }
    int ready[2], done[2];
    REQUIRE(::pipe(ready) == 0);
    REQUIRE(::pipe(done) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(ready[0]);
        ::close(done[1]);
        windowA(path, ready[1], done[0]);
    }
    ::close(ready[1]);
    ::close(done[0]);
    char a_ok = 1;
    REQUIRE(::read(ready[0], &a_ok, 1) == 1);
    REQUIRE(a_ok == 0);
    CHECK(titleInFile(path) == "A's newer work");

    {
        DocumentSession b;
        REQUIRE_FALSE(b.open(path));
        REQUIRE(b.isReadOnly());
        retitle(b, "B's older view");
        std::filesystem::create_directory(folder.file("sub"));
        REQUIRE(::symlink(path.c_str(), folder.file("link.etappe").c_str()) == 0);
        for (const std::string& name : {path, folder.path() + "/./p.etappe", folder.file("sub/../p.etappe"),
                                        folder.file("link.etappe")}) {
            CAPTURE(name);
            const auto problem = b.saveAs(name);
            REQUIRE(problem.has_value());
            CHECK(problem->reason_key == "save.locked");
            CHECK_FALSE(problem->details.empty());  // who holds it
            CHECK(b.isReadOnly());
        }
        CHECK(titleInFile(path) == "A's newer work");
        CHECK(std::filesystem::is_symlink(folder.file("link.etappe")));
    }

    ::close(done[1]);  // A may close now
    int status = -1;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    ::close(ready[0]);
}

TEST_CASE("Save As of the own file under another name saves it, without locking itself out") {
    const testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    DocumentSession a;
    a.startNew(path);
    retitle(a, "first");
    REQUIRE_FALSE(a.save());
    retitle(a, "second");
    CHECK_FALSE(a.saveAs(folder.path() + "/./p.etappe"));
    CHECK(titleInFile(path) == "second");
    CHECK_FALSE(a.isReadOnly());
    CHECK_FALSE(a.document().isDirty());
}

TEST_CASE("Save As into a folder that does not exist says so, not that the file is locked") {
    const testing::TempFolder folder;
    DocumentSession a;
    a.startNew("");
    retitle(a, "untitled work");
    const auto problem = a.saveAs(folder.file("missing/p.etappe"));
    REQUIRE(problem.has_value());
    CHECK(problem->reason_key == "save_step.open");
}

TEST_CASE("Save As refuses a write-protected file, even to a window that opened it read-only, and even as root") {
    const testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    {
        DocumentSession first;
        first.startNew(path);
        retitle(first, "protected work");
        REQUIRE_FALSE(first.save());
    }
    REQUIRE(::chmod(path.c_str(), 0444) == 0);  // root could still write it: the mode bits decide
    REQUIRE(::symlink(path.c_str(), folder.file("link.etappe").c_str()) == 0);
    const std::string before = testing::readBytes(path);

    DocumentSession reader;
    REQUIRE_FALSE(reader.open(path));
    REQUIRE(reader.isReadOnly());
    retitle(reader, "over the protected file");
    DocumentSession untitled;
    untitled.startNew("");
    retitle(untitled, "new work");
    for (DocumentSession* session : {&reader, &untitled}) {
        for (const std::string& name : {path, folder.file("link.etappe")}) {
            CAPTURE(name);
            const auto problem = session->saveAs(name);
            REQUIRE(problem.has_value());
            CHECK(problem->reason_key == "save.write_protected");
            REQUIRE(problem->details.size() == 1);
            CHECK(problem->details[0].key == "detail.file_write_protected");
            CHECK(session->document().isDirty());
        }
    }
    CHECK(reader.isReadOnly());
    CHECK(testing::readBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + ".lock"));

    // Another name in the same folder is still fine.
    CHECK_FALSE(untitled.saveAs(folder.file("copy.etappe")));
    CHECK(titleInFile(folder.file("copy.etappe")) == "new work");
}
