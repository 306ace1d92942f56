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

TEST_CASE("every option that takes a value refuses an empty one, also within --compare's list of files") {
    for (const char* option : {"--page", "--lang", "--view", "--size", "--frames", "--screenshot", "--coach", "--export-ics",
                               "--brief", "--compare", "--print-sheet", "--out", "--into", "--separator",
                               "--development-report", "--period", "--check", "--import-csv", "--export-csv"}) {
        CAPTURE(option);
        const std::string error = refusal({option, ""});
        CHECK(error.find(option) != std::string::npos);
        CHECK(error.find("empty") != std::string::npos);
    }
    CHECK(refusal({"--import-csv", "customers", "", "--into", "p.etappe"}).find("empty") != std::string::npos);
    CHECK(refusal({"--export-csv", "customers", ""}).find("empty") != std::string::npos);
    // Taken as a file, '' used to open the window or to be compared as a participant.
    const std::string in_list = refusal({"--compare", "a.etappe", "", "--out", "x.json"});
    CHECK(in_list.find("--compare") != std::string::npos);
    CHECK(in_list.find("empty") != std::string::npos);
    CHECK(refusal({"w.etappe", "--compare", "", "a.etappe"}).find("empty") != std::string::npos);
}

TEST_CASE("an option that would change nothing in this run is refused, not ignored") {
    // --present and --anonymise only change the window.
    CHECK(refusal({"--present", "--check", "a.etappe"}).find("--present") != std::string::npos);
    CHECK(refusal({"--sample", "--anonymise", "--export-ics", "a.ics"}).find("--anonymise") != std::string::npos);
    CHECK(refusal({"--anonymize", "--compare", "a.etappe", "b.etappe", "--out", "c.json"}).find("--anonymize") !=
          std::string::npos);
    CHECK(refusal({"--coach", "anrufen", "--present"}).find("--present") != std::string::npos);
    CHECK(refusal({"--sample", "--present", "--brief", "1", "--out", "b.md"}).find("--present") != std::string::npos);
    // --force only where a file could be replaced.
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--force"},
             {"a.etappe", "--force"},
             {"--check", "a.etappe", "--force"},
             {"--coach", "anrufen", "--force"},
             {"--import-csv", "customers", "c.csv", "--into", "p.etappe", "--force"},
             {"w.etappe", "--compare", "a.etappe", "--force"}}) {
        CAPTURE(args.front());
        CHECK(refusal(args).find("--force") != std::string::npos);
    }
    // --page only with the Method screen, and only pages that exist (it used to show the last one).
    CHECK(refusal({"--page", "2"}).find("--view method") != std::string::npos);
    CHECK(refusal({"--sample", "--view", "goals", "--page", "2"}).find("--view method") != std::string::npos);
    CHECK(refusal({"--view", "method", "--page", "10"}) == "--page needs a page number from 1 to 9");
    CHECK(refusal({"--view", "method", "--page", "0"}) == "--page needs a page number from 1 to 9");
    // --separator only with --export-csv.
    CHECK(refusal({"--separator", ";"}).find("--export-csv") != std::string::npos);
    CHECK(refusal({"--sample", "--export-ics", "a.ics", "--separator", ";"}).find("--separator") != std::string::npos);
    // --import-csv writes into --into only: a FILE or --sample beside it did nothing.
    CHECK(refusal({"--sample", "--import-csv", "customers", "c.csv", "--into", "p.etappe"}).find("--sample") !=
          std::string::npos);

    CHECK(refusal({"--view", "method", "--page", "9"}).empty());
    CHECK(refusal({"--sample", "--present", "--anonymise", "--view", "customers"}).empty());
    CHECK(refusal({"--sample", "--screenshot", "s.png", "--force"}).empty());
    CHECK(refusal({"--sample", "--export-csv", "customers", "c.csv", "--separator", ";", "--force"}).empty());
}

TEST_CASE("--help names every export that --force lets replace a file, and each of them accepts it") {
    const std::string usage = app::usageText();
    const std::size_t start = usage.find("\n  --force");
    REQUIRE(start != std::string::npos);
    const std::string paragraph = usage.substr(start, usage.find("\n  --", start + 1) - start);
    const std::vector<std::pair<std::string, std::vector<std::string>>> exports = {
        {"--export-ics", {"--sample", "--export-ics", "a.ics"}},
        {"--export-csv", {"--sample", "--export-csv", "customers", "a.csv"}},
        {"--development-report", {"--sample", "--development-report", "d.md"}},
        {"--brief", {"--sample", "--brief", "1", "--out", "b.md"}},
        {"--compare", {"--compare", "a.etappe", "b.etappe", "--out", "c.json"}},
        {"--print-sheet", {"--print-sheet", "plan", "--out", "s.pdf"}},
        {"--screenshot", {"--sample", "--screenshot", "s.png"}},
    };
    for (auto [option, args] : exports) {
        CAPTURE(option);
        CHECK(paragraph.find(option) != std::string::npos);
        args.push_back("--force");
        CHECK(refusal(args).empty());
    }
    CHECK(paragraph.find("--out") != std::string::npos);
}
