// Replays the fuzzing corpus and every crash scripts/fuzz ever found through
// the harness, so a fixed crash stays fixed without running the fuzzer.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>

#include "fuzz_replay.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

TEST_CASE("the fuzz corpus and all past crashes load without crashing and survive a save") {
    using namespace etappe;
    const int corpus = testing::replayFolder(ETAPPE_FUZZ_DIR "/corpus", LLVMFuzzerTestOneInput);
    const int crashes = testing::replayFolder(ETAPPE_FUZZ_DIR "/crashes", LLVMFuzzerTestOneInput);
    MESSAGE("replayed ", corpus, " corpus inputs and ", crashes, " past crashes");
    CHECK(corpus > 0);
}
