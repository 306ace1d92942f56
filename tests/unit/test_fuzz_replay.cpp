// Replays the fuzzing corpus and every crash scripts/fuzz ever found through
// the harness, so a fixed crash stays fixed without running the fuzzer.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>

#include "test_storage_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int replayFolder(const std::string& folder) {
    int replayed = 0;
    if (!std::filesystem::is_directory(folder)) return 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
        const std::string bytes = etappe::testing::readBytes(entry.path().string());
        CAPTURE(entry.path().string());
        CHECK(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
        ++replayed;
    }
    return replayed;
}

}  // namespace

TEST_CASE("the fuzz corpus and all past crashes load without crashing and survive a save") {
    const int corpus = replayFolder(ETAPPE_FUZZ_DIR "/corpus");
    const int crashes = replayFolder(ETAPPE_FUZZ_DIR "/crashes");
    MESSAGE("replayed ", corpus, " corpus inputs and ", crashes, " past crashes");
    CHECK(corpus > 0);
}
