// The event loop's idle decision (platform/frame_pacer), without a window.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "platform/frame_pacer.h"

using namespace etappe::platform;
using Kind = FrameWait::Kind;

namespace {
PacerState idleAfterFrameAt(double last_frame) {
    PacerState state;
    state.last_frame = last_frame;
    return state;
}
}  // namespace

TEST_CASE("fixed-frames mode always renders at once") {
    PacerState state;
    state.fixed_mode = true;
    state.last_frame = 10.0;
    CHECK(decideFrameWait(state, 10.0, -1).kind == Kind::RenderNow);
    CHECK(decideFrameWait(state, 10.0, 500.0).kind == Kind::RenderNow);
}

TEST_CASE("idle without a timer waits for events; with one, until the timer") {
    const PacerState idle = idleAfterFrameAt(10.0);
    CHECK(decideFrameWait(idle, 11.0, -1).kind == Kind::WaitForEvents);
    CHECK(decideFrameWait(idle, 11.0, std::nan("")).kind == Kind::WaitForEvents);
    const FrameWait timer = decideFrameWait(idle, 11.0, 1.5);
    CHECK(timer.kind == Kind::WaitSeconds);
    CHECK(timer.seconds == doctest::Approx(1.5));
    CHECK_FALSE(timer.settling);
    CHECK(decideFrameWait(idle, 11.0, 0.0).kind == Kind::RenderNow);  // the timer is due
}

TEST_CASE("a far or infinite timer wakes the loop hourly at most") {
    const PacerState idle = idleAfterFrameAt(10.0);
    const FrameWait far = decideFrameWait(idle, 11.0, std::numeric_limits<double>::infinity());
    CHECK(far.kind == Kind::WaitSeconds);
    CHECK(far.seconds == kMaxTimerWait);
    CHECK(decideFrameWait(idle, 11.0, 1e12).seconds == kMaxTimerWait);
}

TEST_CASE("a due timer right after a frame keeps the 60 Hz cap") {
    const FrameWait wait = decideFrameWait(idleAfterFrameAt(10.0), 10.005, 0.0);
    CHECK(wait.kind == Kind::WaitSeconds);
    CHECK(wait.seconds == doctest::Approx(kMinFrameInterval - 0.005));
}

TEST_CASE("after input the loop settles: frames at up to 60 Hz, then idle") {
    FramePacer pacer(-1);
    pacer.onInput(10.0);
    FrameWait first = pacer.next(10.0, -1);
    CHECK(first.kind == Kind::RenderNow);  // no frame yet: at once
    CHECK(first.settling);
    pacer.onFrameRendered(10.0);
    const FrameWait second = pacer.next(10.001, -1);
    CHECK(second.kind == Kind::WaitSeconds);
    CHECK(second.settling);
    CHECK(second.seconds == doctest::Approx(kMinFrameInterval - 0.001));
    // Three frames, but the settle period lasts kSettleSeconds.
    pacer.onFrameRendered(10.02);
    pacer.onFrameRendered(10.04);
    CHECK(pacer.next(10.2, -1).settling);
    CHECK(pacer.next(10.2, -1).kind == Kind::RenderNow);
    CHECK(pacer.next(10.0 + kSettleSeconds + 0.01, -1).kind == Kind::WaitForEvents);
}

TEST_CASE("settle frames are owed even when the settle time has passed") {
    FramePacer pacer(-1);
    pacer.onInput(10.0);
    pacer.onFrameRendered(10.0);
    const FrameWait late = pacer.next(20.0, -1);  // a slow frame: still two frames owed
    CHECK(late.kind == Kind::RenderNow);
    CHECK(late.settling);
    pacer.onFrameRendered(20.0);
    pacer.onFrameRendered(20.1);
    CHECK(pacer.next(20.2, -1).kind == Kind::WaitForEvents);
}

TEST_CASE("fixed frames count down to the last one") {
    FramePacer pacer(2);
    CHECK(pacer.fixedMode());
    CHECK_FALSE(pacer.isLastFixedFrame());
    pacer.onFrameRendered(1.0);
    CHECK(pacer.isLastFixedFrame());
    pacer.onFrameRendered(1.1);
    CHECK(pacer.fixedFramesDone());
    CHECK_FALSE(FramePacer(-1).fixedMode());
}

TEST_CASE("a wake-up from another thread renders; a change it brings settles like input") {
    FramePacer pacer(-1);
    pacer.onFrameRendered(10.0);
    // Idle: the loop sleeps in glfwWaitEvents until the worker posts an empty
    // event; that wait is not a settle wait, so its end renders one frame.
    const FrameWait idle = pacer.next(12.0, -1);
    CHECK(idle.kind == Kind::WaitForEvents);
    CHECK_FALSE(idle.settling);
    pacer.onFrameRendered(12.0);  // the frame that collects the outcome (drawn before it)
    CHECK(pacer.next(12.001, -1).kind == Kind::WaitForEvents);  // without more, the old status stays
    pacer.onInput(12.001);         // the shell reported the change
    const FrameWait settle = pacer.next(12.002, -1);
    CHECK(settle.settling);
    CHECK(settle.kind == Kind::WaitSeconds);  // the 60 Hz cap, then the frames that show it
    int frames = 0;
    for (double now = 12.02; pacer.next(now, -1).kind != Kind::WaitForEvents && frames < 100; now += kMinFrameInterval) {
        pacer.onFrameRendered(now);
        ++frames;
    }
    CHECK(frames >= kSettleFrames);
}
