#pragma once
// ImGui 1.86 reads the keyboard as state once per frame: a key pressed and
// released between two frames (a quick tap, or a slow frame on a loaded
// machine) would never be seen, and Strg+Z would do nothing. While a press
// has not been seen by a frame, releases wait until one has, in their order,
// so a chord like Ctrl+Z stays a chord.
#include <unordered_set>
#include <vector>

namespace etappe::platform {

struct KeyRelease {
    int code = 0;
    int scancode = 0;
    int mods = 0;
};

class KeyTaps {
public:
    void pressed(int code) { unseen_.insert(code); }
    // True: hand the release on now. False: it is kept for after the next frame.
    bool release(const KeyRelease& release);
    // A frame has read the keys: the releases kept for it, to hand on now.
    std::vector<KeyRelease> frameDone();

private:
    std::unordered_set<int> unseen_;  // pressed since the last frame
    std::vector<KeyRelease> kept_;
};

}  // namespace etappe::platform
