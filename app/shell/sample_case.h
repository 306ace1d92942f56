#pragma once
#include <string>

#include "storage/portfolio_file.h"

namespace etappe::app {

// Where the shipped sample case lives: $ETAPPE_ASSETS_DIR if set, else the
// installed data next to the binary (installedAssetsDir), else the source
// tree's assets/ (the app runs from its build folder).
std::string assetsDir();
// `<bin>/../share/etappe` for the binary `executable` when the sample is there
// (cmake --install, any prefix or DESTDIR), else empty.
std::string installedAssetsDir(const std::string& executable);
std::string sampleCasePath();

// Loads the sample with its dates moved to `today` (see moveSampleToToday);
// the shipped file is only read, never written.
storage::LoadResult loadSampleCase(std::string_view today);

// Moves the sample's activities and meetings by the days between its own
// "today" and the real one, and its goal period by whole years.
void moveSampleToToday(model::Portfolio& portfolio, std::string_view today);

}  // namespace etappe::app
