#pragma once
// Running a Debian tool from a test (cmark, chromium, pdfinfo): the tools are the independent
// judges of what the exports write, and scripts/setup-deps installs them.
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>

namespace etappe::testing {

inline std::string shellQuoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Runs a command through the shell; its exit status (-1 when it did not exit normally) and its
// stdout (stderr too when `with_stderr`).
inline std::pair<int, std::string> runCommand(const std::string& command, bool with_stderr = true) {
    FILE* pipe = ::popen((command + (with_stderr ? " 2>&1" : " 2>/dev/null")).c_str(), "r");
    if (pipe == nullptr) return {-1, "popen failed"};
    std::string output;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

// Where `name` is on PATH, or an empty path.
inline std::filesystem::path findTool(const char* name) {
    const auto [status, output] = runCommand(std::string("command -v ") + name, false);
    if (status != 0 || output.empty()) return {};
    return output.substr(0, output.find('\n'));
}

}  // namespace etappe::testing
