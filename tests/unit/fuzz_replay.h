#pragma once
// Replays every file of a folder (a fuzz corpus, or the crashes a fuzzer
// found) through a libFuzzer harness; returns how many were replayed.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "test_storage_support.h"

namespace etappe::testing {

using FuzzHarness = int (*)(const std::uint8_t* data, std::size_t size);

inline int replayFolder(const std::string& folder, FuzzHarness harness) {
    int replayed = 0;
    if (!std::filesystem::is_directory(folder)) return 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
        const std::string bytes = readBytes(entry.path().string());
        CAPTURE(entry.path().string());
        CHECK(harness(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
        ++replayed;
    }
    return replayed;
}

}  // namespace etappe::testing
