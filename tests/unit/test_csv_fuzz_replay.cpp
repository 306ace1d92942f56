// Replays the CSV fuzzing corpus and every crash FUZZ_TARGET=csv scripts/fuzz
// found through the harness, so a fixed crash stays fixed.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>

#include "test_storage_support.h"

extern "C" int etappeFuzzCsv(const std::uint8_t* data, std::size_t size);

namespace {

int replayFolder(const std::string& folder) {
    int replayed = 0;
    if (!std::filesystem::is_directory(folder)) return 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
        const std::string bytes = etappe::testing::readBytes(entry.path().string());
        CAPTURE(entry.path().string());
        CHECK(etappeFuzzCsv(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
        ++replayed;
    }
    return replayed;
}

}  // namespace

TEST_CASE("the CSV fuzz corpus and all past crashes read and import without crashing") {
    const int corpus = replayFolder(ETAPPE_FUZZ_DIR "/csv_corpus");
    const int crashes = replayFolder(ETAPPE_FUZZ_DIR "/csv_crashes");
    MESSAGE("replayed ", corpus, " corpus inputs and ", crashes, " past crashes");
    CHECK(corpus > 0);
}
