#pragma once
#include <string>
#include <vector>

namespace etappe::ui {

enum class StationState { Done, Current, Next, Open };

struct Station {
    StationState state = StationState::Open;
    std::string label;    // shown under the station (short name)
    std::string tooltip;  // full name and progress
};

// Draws the path of stations with ImDrawList. Returns the index of a clicked
// station, or -1. `selected` gets a ring.
int stepPath(const char* id, const std::vector<Station>& stations, int selected);

}  // namespace etappe::ui
