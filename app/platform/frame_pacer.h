#pragma once
#include <optional>

// When the event loop renders and how long it may sleep in between. Pure
// arithmetic on timestamps (no GLFW), so the idle rules can be tested alone.
//
// Idle, the loop sleeps until an event or the shell's next timer. After input
// it keeps rendering for a short settle period (at least kSettleFrames frames
// and kSettleSeconds), because ImGui needs frames after the event to finish
// a layout, a popup's first appearance or a modal's fade-in. In fixed-frames
// mode (tests, screenshots) it never sleeps.
namespace etappe::platform {

class FramePacer {
public:
    static constexpr int kSettleFrames = 3;
    static constexpr double kSettleSeconds = 0.25;
    static constexpr double kMinFrameInterval = 1.0 / 60.0;  // no vsync under Xvfb: cap the settle frames
    // GLFW converts the timeout to integer seconds for select(): a huge or
    // infinite timer would overflow, so wake up hourly at most (one frame).
    static constexpr double kMaxTimerWait = 3600.0;

    // fixed_frames >= 0: render exactly that many frames back to back;
    // < 0: event-driven.
    explicit FramePacer(int fixed_frames) : frames_left_(fixed_frames < 0 ? -1 : fixed_frames) {}

    bool fixedMode() const { return frames_left_ >= 0; }
    bool fixedFramesDone() const { return frames_left_ == 0; }
    bool isLastFixedFrame() const { return frames_left_ == 1; }

    // A user or window event arrived (also at start-up: the first frames settle).
    void onInput(double now);
    void onFrameRendered(double now);

    // How long the loop may wait for events before the next frame:
    // 0 = render now, a value = wait at most that long, nullopt = until an event.
    // timer_seconds is the shell's next timer (< 0: none).
    std::optional<double> waitBeforeFrame(double now, double timer_seconds) const;
    // True while settling: a timeout expiring means "render", not "idle wake".
    bool settling(double now) const;

private:
    int frames_left_;           // fixed mode: frames still to render; -1 = event-driven
    int settle_frames_left_ = 0;
    double settle_until_ = 0.0;
    double last_frame_ = -1.0;  // no frame yet
};

}  // namespace etappe::platform
