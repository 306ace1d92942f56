// The command line refuses what it would otherwise ignore or misread (issue 9,
// items 9 and 16): empty values, conflicting tasks, options given twice.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shell/command_line.h"

using namespace etappe;

namespace {

// The one-line error of a refused command line; empty when it was accepted.
std::string refusal(const std::vector<std::string>& args) {
    std::string error;
    const auto cl = app::parseCommandLine(args, error);
    if (cl) return {};
    CHECK_FALSE(error.empty());
    CHECK(error.find('\n') == std::string::npos);
    return error;
}

}  // namespace

TEST_CASE("an empty option value is refused instead of opening the window") {
    for (const char* option : {"--check", "--export-ics", "--brief", "--out", "--screenshot", "--lang", "--view", "--coach"}) {
        CAPTURE(option);
        const std::string error = refusal({option, ""});
        CHECK(error.find(option) != std::string::npos);
        CHECK(error.find("empty") != std::string::npos);
    }
    CHECK_FALSE(refusal({"--brief", "", "--out", "brief.md"}).empty());
    CHECK_FALSE(refusal({""}).empty());                 // an empty FILE
    CHECK(refusal({"--check"}).find("needs") != std::string::npos);  // no value at all
}

TEST_CASE("conflicting options are refused with one line, not ignored") {
    CHECK(refusal({"--check", "a.etappe", "--sample"}).find("--check") != std::string::npos);
    CHECK(refusal({"--check", "a.etappe", "b.etappe"}).find("--check") != std::string::npos);
    CHECK(refusal({"--brief", "Müller"}).find("--out") != std::string::npos);
    CHECK(refusal({"--out", "brief.md"}).find("--brief") != std::string::npos);
    CHECK_FALSE(refusal({"--check", "a.etappe", "--export-ics", "a.ics"}).empty());
    CHECK_FALSE(refusal({"--coach", "anrufen", "--sample"}).empty());
    CHECK(refusal({"--check", "a.etappe", "--view", "goals"}).find("--view") != std::string::npos);
    CHECK(refusal({"--export-ics", "a.ics", "--frames", "3"}).find("--frames") != std::string::npos);
    CHECK(refusal({"a.etappe", "b.etappe"}).find("one file") != std::string::npos);
    CHECK(refusal({"--sample", "a.etappe"}).find("--sample") != std::string::npos);
    CHECK(refusal({"--lang", "de", "--lang", "en"}).find("twice") != std::string::npos);
}

TEST_CASE("what belongs together is still accepted") {
    CHECK(refusal({"--check", "a.etappe", "--lang", "de"}).empty());
    CHECK(refusal({"--sample", "--brief", "Müller", "--out", "b.html", "--lang", "de"}).empty());
    CHECK(refusal({"a.etappe", "--export-ics", "a.ics"}).empty());
    CHECK(refusal({"--sample", "--view", "goals", "--size", "800x600", "--frames", "2", "--screenshot", "s.png"}).empty());
    CHECK(refusal({"--help", "--check", "a.etappe", "--sample"}).empty());  // help wins
}

TEST_CASE("usage text documents the exit status") {
    const std::string usage = app::usageText();
    CHECK(usage.find("Exit status") != std::string::npos);
    CHECK(usage.find("2 a mistake on the command line") != std::string::npos);
}
