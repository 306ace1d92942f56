// The event loop sleeps while nothing happens; it must still wake for the
// shell's own timers and for a background save's outcome, and then draw what
// changed (issue 9, item 11: the status line and the error dialog of a failed
// autosave only appeared once the mouse moved).
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "app_fixture.h"
#include "storage/paths.h"
#include "../unit/test_storage_support.h"

using namespace etappe;

namespace {

// Waits (on this thread) until the autosave thread has called the wake.
bool awaitWake(const std::atomic<int>& wakes, int count) {
    for (int i = 0; i < 10'000 && wakes.load() < count; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return wakes.load() >= count;
}

// An edit at `now`, then the frame after the autosave delay, which starts the save.
void editAndStartAutosave(testing::AppDriver& d) {
    d.key('N', true);
    d.now += app::DocumentSession::kAutosaveDelay + 0.5;
    d.frames(1);
    REQUIRE(d.app->session().isAutosaving());
}

}  // namespace

TEST_CASE("a finished autosave wakes the loop, which then draws the new state") {
    testing::AppDriver d(testing::sampleOn("customers"));
    std::atomic<int> wakes{0};
    d.app->setWake([&wakes] { ++wakes; });
    editAndStartAutosave(d);
    d.app->takeUnseenChange();
    // Nothing to poll while the worker writes: it will wake the loop.
    CHECK(d.app->session().secondsUntilAutosave(d.now) < 0.0);
    REQUIRE(awaitWake(wakes, 1));
    d.frames(1);  // the woken frame collects the outcome after drawing
    CHECK_FALSE(d.app->session().isAutosaving());
    CHECK(d.app->takeUnseenChange());  // so the loop draws more frames
    CHECK_FALSE(d.app->takeUnseenChange());
    d.frames(1);
    CHECK_FALSE(d.app->takeUnseenChange());  // an unchanged frame asks for nothing
}

TEST_CASE("the error dialog of a failed background save gets its frames") {
    testing::AppDriver d(testing::sampleOn("customers"));
    std::atomic<int> wakes{0};
    d.app->setWake([&wakes] { ++wakes; });
    // The untitled copy autosaves into the recovery folder: a file in its
    // place makes the save fail at its first step.
    i18n::Message error;
    REQUIRE(storage::ensureFolder(storage::dataDir(), error));
    testing::writeBytes(storage::dataDir() + "/recovery", "not a folder");
    editAndStartAutosave(d);
    REQUIRE(awaitWake(wakes, 1));
    d.frames(1);
    CHECK(d.app->notifications().hasError());
    CHECK(d.app->takeUnseenChange());
}

TEST_CASE("the status text's end is a timer: the line is redrawn without input") {
    testing::AppDriver d(testing::sampleOn("customers"));  // "Sample case opened as a copy."
    REQUIRE_FALSE(d.app->notifications().currentStatus(d.now).empty());
    const double timer = d.app->secondsUntilNextTimer();
    CHECK(timer > ui::Notifications::kStatusSeconds - 0.1);
    CHECK(timer < ui::Notifications::kStatusSeconds + 0.1);
    d.now += timer;
    CHECK(d.app->notifications().currentStatus(d.now).empty());
    CHECK(d.app->secondsUntilNextTimer() < 0.0);  // then idle: no timer left
}
