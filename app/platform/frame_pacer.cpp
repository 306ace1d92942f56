#include "platform/frame_pacer.h"

#include <algorithm>

namespace etappe::platform {

FrameWait decideFrameWait(const PacerState& state, double now, double timer_seconds) {
    if (state.fixed_mode) return {};
    const bool settling = state.settle_frames_left > 0 || now < state.settle_until;
    // Frames the pacer schedules itself (settling, timers) keep the 60 Hz cap.
    const double until_allowed =
        state.last_frame < 0 ? 0.0 : std::max(0.0, state.last_frame + kMinFrameInterval - now);
    auto waitAtMost = [settling](double seconds) {
        if (seconds <= 0.0) return FrameWait{FrameWait::Kind::RenderNow, 0.0, settling};
        return FrameWait{FrameWait::Kind::WaitSeconds, seconds, settling};
    };
    if (settling) return waitAtMost(until_allowed);
    if (!(timer_seconds >= 0)) return FrameWait{FrameWait::Kind::WaitForEvents, 0.0, false};  // also NaN
    return waitAtMost(std::max(std::min(timer_seconds, kMaxTimerWait), until_allowed));
}

void FramePacer::onInput(double now) {
    state_.settle_frames_left = kSettleFrames;
    state_.settle_until = now + kSettleSeconds;
}

void FramePacer::onFrameRendered(double now) {
    state_.last_frame = now;
    if (state_.settle_frames_left > 0) --state_.settle_frames_left;
    if (frames_left_ > 0) --frames_left_;
}

}  // namespace etappe::platform
