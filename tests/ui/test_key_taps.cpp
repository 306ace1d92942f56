// A quick tap between two frames is still seen: releases wait for a frame that
// saw the press (ImGui 1.86 reads keys once per frame).
#include <doctest/doctest.h>

#include "platform/key_taps.h"

using etappe::platform::KeyRelease;
using etappe::platform::KeyTaps;

namespace {
constexpr int kCtrl = 341, kZ = 'Z';
}

TEST_CASE("Ctrl+Z pressed and released before a frame: both releases wait for the frame, in order") {
    KeyTaps taps;
    taps.pressed(kCtrl);
    taps.pressed(kZ);
    CHECK_FALSE(taps.release(KeyRelease{kZ, 29, 2}));
    CHECK_FALSE(taps.release(KeyRelease{kCtrl, 37, 2}));
    const auto due = taps.frameDone();
    REQUIRE(due.size() == 2);
    CHECK(due[0].code == kZ);
    CHECK(due[1].code == kCtrl);
    CHECK(taps.frameDone().empty());
}

TEST_CASE("a key a frame has already seen is released at once") {
    KeyTaps taps;
    taps.pressed(kZ);
    CHECK(taps.frameDone().empty());
    CHECK(taps.release(KeyRelease{kZ, 29, 0}));
}
