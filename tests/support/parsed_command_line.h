#pragma once
// The command line as the tests read it: parsed (the test stops with the
// parser's message when it refuses), or the one line it refuses with.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shell/command_line.h"

namespace etappe::testing {

inline app::CommandLine parsed(const std::vector<std::string>& args) {
    std::string error;
    const auto cl = app::parseCommandLine(args, error);
    REQUIRE_MESSAGE(cl.has_value(), error);
    return *cl;
}

inline std::string refusal(const std::vector<std::string>& args) {
    std::string error;
    CHECK_FALSE(app::parseCommandLine(args, error).has_value());
    return error;
}

}  // namespace etappe::testing
