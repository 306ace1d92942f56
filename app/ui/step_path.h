#pragma once
#include <array>
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
// station (or name), or -1. `selected` gets a ring. Where the width gives every
// label room (in at most three rows of stations), the names stand under and over
// their stations; otherwise the path shows numbers and all names follow as a
// numbered list under it. Every station shows its full title and progress as a
// tooltip.
int stepPath(const char* id, const std::vector<Station>& stations, int selected);

// A line of small coloured dots with the states' names (done, current, next,
// open), in the order of StationState; wraps when the line is short.
void stepPathLegend(const std::array<const char*, 4>& names);
// Its width on one line, to keep it together (sameLineOrWrap).
float stepPathLegendWidth(const std::array<const char*, 4>& names);

}  // namespace etappe::ui
