#include "platform/key_taps.h"

namespace etappe::platform {

bool KeyTaps::release(const KeyRelease& release) {
    if (unseen_.empty() && kept_.empty()) return true;
    kept_.push_back(release);  // behind a kept one too, so the order stays
    return false;
}

std::vector<KeyRelease> KeyTaps::frameDone() {
    unseen_.clear();
    std::vector<KeyRelease> due;
    due.swap(kept_);
    return due;
}

}  // namespace etappe::platform
