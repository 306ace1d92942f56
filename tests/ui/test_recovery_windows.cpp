// Every window keeps its untitled work in a recovery file of its own (issue
// 9, item 6). Windows are real second processes here: forked children that
// use the session as the app does, and are killed with SIGKILL.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <set>

#include "app_fixture.h"
#include "history/edit.h"
#include "shell/session.h"
#include "storage/recovery.h"

using namespace etappe;

namespace {

// An untitled window in a child process: its title edited, its work kept for
// recovery (as the autosave does), then it waits to be killed.
class UntitledWindow {
public:
    explicit UntitledWindow(const std::string& title) {
        int ready[2];
        REQUIRE(::pipe(ready) == 0);
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            ::close(ready[0]);
            app::DocumentSession session;
            session.openCopy(model::Portfolio{}, false);
            auto& document = session.document();
            document.apply(history::changeTitle(document.portfolio().title, title));
            const char ok = session.saveOnQuit() ? 1 : 0;
            [[maybe_unused]] const ssize_t written = ::write(ready[1], &ok, 1);
            for (;;) ::pause();  // a running window, until killed
        }
        ::close(ready[1]);
        char ok = 0;
        REQUIRE(::read(ready[0], &ok, 1) == 1);
        ::close(ready[0]);
        REQUIRE(ok == 0);
    }
    ~UntitledWindow() { kill(); }
    void kill() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

private:
    pid_t pid_ = -1;
};

std::set<std::string> offeredTitles() {
    std::set<std::string> titles;
    for (const auto& recovery : storage::findOrphanedRecoveries()) titles.insert(recovery.portfolio.title);
    return titles;
}

}  // namespace

TEST_CASE("two untitled windows, both killed: the work of both is offered") {
    const testing::TempHome home;
    {
        UntitledWindow a("Gebiet Nord");
        UntitledWindow b("Gebiet Süd");
        a.kill();
        b.kill();
    }
    CHECK(offeredTitles() == std::set<std::string>{"Gebiet Nord", "Gebiet Süd"});
}

TEST_CASE("a running window's recovery is not offered, so no other window can discard it") {
    const testing::TempHome home;
    UntitledWindow running("Gebiet West");
    CHECK(offeredTitles().empty());
    {
        UntitledWindow crashed("Gebiet Ost");
        crashed.kill();
    }
    auto offered = storage::findOrphanedRecoveries();
    REQUIRE(offered.size() == 1);
    CHECK(offered[0].portfolio.title == "Gebiet Ost");
    // While this process offers it, no other window offers it too.
    CHECK(storage::findOrphanedRecoveries().empty());
    storage::discardRecovery(offered[0]);
    CHECK_FALSE(std::filesystem::exists(offered[0].path));
    running.kill();
    CHECK(offeredTitles() == std::set<std::string>{"Gebiet West"});  // discarding one deleted only that one
}

TEST_CASE("the start dialog lists every orphan; discard one, restore another as this window's own") {
    testing::AppDriver d;
    {
        UntitledWindow a("Gebiet Nord");
        UntitledWindow b("Gebiet Süd");
        UntitledWindow c("Gebiet Mitte");
    }
    d.app.reset();
    d.start({});
    REQUIRE(d.app->offeredRecoveries().size() == 3);
    CHECK(d.probes.count("recovery.restore.2"));
    CHECK(d.probes.count("recovery.discard.2"));
    const std::string discarded = d.app->offeredRecoveries()[1].path;
    const std::string second_title = d.app->offeredRecoveries()[1].portfolio.title;
    d.click("recovery.discard.1");
    CHECK_FALSE(std::filesystem::exists(discarded));
    REQUIRE(d.app->offeredRecoveries().size() == 2);
    const std::string restored = d.app->offeredRecoveries()[0].path;
    const std::string restored_title = d.app->offeredRecoveries()[0].portfolio.title;
    d.click("recovery.restore.0");
    CHECK_FALSE(d.app->recoveryOffered());
    CHECK(d.portfolio().title == restored_title);
    CHECK(d.app->session().isUntitled());
    CHECK(d.app->session().document().isDirty());
    CHECK(d.app->session().recoveryPath() == restored);  // its work keeps going to the same file
    CHECK_FALSE(d.app->notifications().currentStatus(d.now).empty());  // "1 more kept for the next start"

    // The third one, released, is offered to the next window; the restored one is not.
    std::set<std::string> expected;
    for (const char* title : {"Gebiet Nord", "Gebiet Süd", "Gebiet Mitte"}) expected.insert(title);
    expected.erase(second_title);
    expected.erase(restored_title);
    CHECK(offeredTitles() == expected);
}

TEST_CASE("Decide later keeps every orphan for the next start") {
    testing::AppDriver d;
    { UntitledWindow a("Gebiet Nord"); }
    d.app.reset();
    d.start({});
    REQUIRE(d.app->recoveryOffered());
    d.click("recovery.later");
    CHECK_FALSE(d.app->recoveryOffered());
    CHECK(offeredTitles() == std::set<std::string>{"Gebiet Nord"});
}
