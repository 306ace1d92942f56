// Replays the CSV fuzzing corpus and every crash FUZZ_TARGET=csv scripts/fuzz
// found through the harness, so a fixed crash stays fixed.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>

#include "fuzz_replay.h"

extern "C" int etappeFuzzCsv(const std::uint8_t* data, std::size_t size);

TEST_CASE("the CSV fuzz corpus and all past crashes read and import without crashing") {
    using namespace etappe;
    const int corpus = testing::replayFolder(ETAPPE_FUZZ_DIR "/csv_corpus", etappeFuzzCsv);
    const int crashes = testing::replayFolder(ETAPPE_FUZZ_DIR "/csv_crashes", etappeFuzzCsv);
    MESSAGE("replayed ", corpus, " corpus inputs and ", crashes, " past crashes");
    CHECK(corpus > 0);
}
