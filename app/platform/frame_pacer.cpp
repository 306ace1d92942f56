#include "platform/frame_pacer.h"

#include <algorithm>

namespace etappe::platform {

void FramePacer::onInput(double now) {
    settle_frames_left_ = kSettleFrames;
    settle_until_ = now + kSettleSeconds;
}

void FramePacer::onFrameRendered(double now) {
    last_frame_ = now;
    if (settle_frames_left_ > 0) --settle_frames_left_;
    if (frames_left_ > 0) --frames_left_;
}

bool FramePacer::settling(double now) const {
    return settle_frames_left_ > 0 || now < settle_until_;
}

std::optional<double> FramePacer::waitBeforeFrame(double now, double timer_seconds) const {
    if (fixedMode()) return 0.0;
    // Frames the pacer schedules itself (settling, timers) keep the 60 Hz cap.
    const double until_allowed = last_frame_ < 0 ? 0.0 : std::max(0.0, last_frame_ + kMinFrameInterval - now);
    if (settling(now)) return until_allowed;
    if (!(timer_seconds >= 0)) return std::nullopt;  // also NaN: no usable timer
    return std::max(std::min(timer_seconds, kMaxTimerWait), until_allowed);
}

}  // namespace etappe::platform
