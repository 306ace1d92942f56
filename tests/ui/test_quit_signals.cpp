// Quit signals become a request the frame loop handles (issue 9, item 7):
// real signals, raised at this process; the session keeps the work when the
// file cannot be written.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <thread>

#include "app_fixture.h"
#include "history/edit.h"
#include "platform/quit_signals.h"
#include "shell/session.h"
#include "storage/portfolio_file.h"

using etappe::platform::QuitSignals;

namespace {

void (*handlerOf(int signal_number))(int) {
    struct sigaction current {};
    ::sigaction(signal_number, nullptr, &current);
    return current.sa_handler;
}

}  // namespace

TEST_CASE("SIGTERM, SIGHUP and SIGINT are recorded and wake the loop instead of ending the process") {
    for (const int signal_number : {SIGTERM, SIGHUP, SIGINT}) {
        CAPTURE(signal_number);
        std::atomic<int> wakes{0};
        const auto before = handlerOf(signal_number);  // doctest's own, here
        {
            const QuitSignals signals([&wakes] { ++wakes; });
            CHECK(signals.received() == 0);
            std::raise(signal_number);  // the default action would end this test run here
            CHECK(signals.received() == signal_number);
            for (int i = 0; i < 5000 && wakes.load() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            CHECK(wakes.load() == 1);
        }
        CHECK((handlerOf(signal_number) == before));  // the previous handler is back
    }
}

TEST_CASE("a second signal of the same kind is not caught again: the way out of a hanging save") {
    const QuitSignals signals([] {});
    std::raise(SIGHUP);
    CHECK(signals.received() == SIGHUP);
    CHECK((handlerOf(SIGHUP) == SIG_DFL));
    CHECK((handlerOf(SIGTERM) != SIG_DFL));
}

TEST_CASE("a signal ignored at start (nohup, a background job) stays ignored") {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    struct sigaction before {};
    ::sigaction(SIGHUP, &ignore, &before);
    {
        const QuitSignals signals([] {});
        CHECK((handlerOf(SIGHUP) == SIG_IGN));
        std::raise(SIGHUP);
        CHECK(signals.received() == 0);
    }
    CHECK((handlerOf(SIGHUP) == SIG_IGN));
    ::sigaction(SIGHUP, &before, nullptr);
}

TEST_CASE("on a quit signal a file that cannot be written leaves the changes in a recovery file") {
    etappe::testing::TempHome home;
    const std::string path = home.root() + "/portfolio.etappe";
    etappe::app::DocumentSession session;
    session.startNew(path);
    REQUIRE_FALSE(session.isReadOnly());
    auto& document = session.document();
    REQUIRE(document.apply(etappe::history::changeTitle(document.portfolio().title, "Gebiet Ost")));
    std::filesystem::create_directory(path);  // a folder where the file goes: the rename fails
    CHECK(session.saveOnQuit().has_value());
    CHECK_FALSE(session.saveOnQuitSignal().has_value());  // kept, so the program may end
    const auto recovered = etappe::storage::loadPortfolioFile(session.recoveryPath());
    REQUIRE(recovered.ok());
    CHECK(recovered.portfolio->title == "Gebiet Ost");
}
