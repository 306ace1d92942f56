// An installed Etappe finds its sample next to itself: <prefix>/bin/etappe reads
// <prefix>/share/etappe, whatever the prefix or DESTDIR.
#include <doctest/doctest.h>

#include <filesystem>

#include "../unit/test_storage_support.h"
#include "shell/sample_case.h"

using namespace etappe;

TEST_CASE("the installed binary's data is found relative to the binary, and only when the sample is there") {
    const testing::TempFolder folder;
    const std::string prefix = folder.file("dest/usr/local");
    std::filesystem::create_directories(prefix + "/bin");
    CHECK(app::installedAssetsDir(prefix + "/bin/etappe").empty());
    std::filesystem::create_directories(prefix + "/share/etappe/sample");
    testing::writeBytes(prefix + "/share/etappe/sample/sample.etappe", "{}");
    CHECK(app::installedAssetsDir(prefix + "/bin/etappe") == prefix + "/share/etappe");
}
