#pragma once

// When the event loop renders and how long it may sleep in between. Pure
// arithmetic on timestamps (no GLFW), so the idle rules are tested alone
// (tests/ui/test_frame_pacer.cpp).
//
// Idle, the loop sleeps until an event or the shell's next timer. After input
// it keeps rendering for a short settle period (at least kSettleFrames frames
// and kSettleSeconds), because ImGui needs frames after the event to finish
// a layout, a popup's first appearance or a modal's fade-in. In fixed-frames
// mode (tests, screenshots) it never sleeps.
namespace etappe::platform {

// What the pacer remembers between frames.
struct PacerState {
    bool fixed_mode = false;       // --frames/--screenshot: render back to back
    int settle_frames_left = 0;    // frames still owed after the last input
    double settle_until = 0.0;     // ... and until when
    double last_frame = -1.0;      // when the last frame was rendered; < 0: none yet
};

// The loop's next step before a frame.
struct FrameWait {
    enum class Kind { RenderNow, WaitSeconds, WaitForEvents };
    Kind kind = Kind::RenderNow;
    double seconds = 0.0;   // WaitSeconds: at most this long
    bool settling = false;  // an expiring wait means "render" (not an idle wake-up)
};

inline constexpr int kSettleFrames = 3;
inline constexpr double kSettleSeconds = 0.25;
inline constexpr double kMinFrameInterval = 1.0 / 60.0;  // no vsync under Xvfb: cap the settle frames
// GLFW converts the timeout to integer seconds for select(): a huge or
// infinite timer would overflow, so wake up hourly at most (one frame).
inline constexpr double kMaxTimerWait = 3600.0;

// The decision, a pure function: `timer_seconds` is the shell's next timer
// (< 0 or NaN: none).
FrameWait decideFrameWait(const PacerState& state, double now, double timer_seconds);

// The state and its updates; the loop asks decideFrameWait(state(), …).
class FramePacer {
public:
    // fixed_frames >= 0: render exactly that many frames back to back;
    // < 0: event-driven.
    explicit FramePacer(int fixed_frames) : frames_left_(fixed_frames < 0 ? -1 : fixed_frames) {
        state_.fixed_mode = fixed_frames >= 0;
    }

    bool fixedMode() const { return state_.fixed_mode; }
    bool fixedFramesDone() const { return frames_left_ == 0; }
    bool isLastFixedFrame() const { return frames_left_ == 1; }
    const PacerState& state() const { return state_; }

    // A user or window event arrived (also at start-up: the first frames
    // settle), or the shell changed what it shows on its own (a background
    // save finished): either way ImGui needs a few frames to draw it.
    void onInput(double now);
    void onFrameRendered(double now);
    FrameWait next(double now, double timer_seconds) const { return decideFrameWait(state_, now, timer_seconds); }

private:
    int frames_left_;  // fixed mode: frames still to render; -1 = event-driven
    PacerState state_;
};

}  // namespace etappe::platform
