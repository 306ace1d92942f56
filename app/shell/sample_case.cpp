#include "shell/sample_case.h"

#include <cstdlib>

namespace etappe::app {

std::string assetsDir() {
    if (const char* dir = std::getenv("ETAPPE_ASSETS_DIR"); dir && *dir) return dir;
    return ETAPPE_SOURCE_ASSETS;
}

std::string sampleCasePath() { return assetsDir() + "/sample/sample.etappe"; }

storage::LoadResult loadSampleCase() { return storage::loadPortfolioFile(sampleCasePath()); }

}  // namespace etappe::app
