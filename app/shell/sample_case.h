#pragma once
#include <string>

#include "storage/portfolio_file.h"

namespace etappe::app {

// Where the shipped sample case lives: $ETAPPE_ASSETS_DIR if set, else the
// source tree's assets/ (the app runs from its build folder).
std::string assetsDir();
std::string sampleCasePath();

// Loads the sample; the shipped file is only read, never written.
storage::LoadResult loadSampleCase();

}  // namespace etappe::app
