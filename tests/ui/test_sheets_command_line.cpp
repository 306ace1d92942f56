// --print-sheet KIND --out F.pdf|F.html (issue 12, item 6): writes the sheet in the
// language of --lang, and refuses what it must not do.
#include <doctest/doctest.h>

#include <filesystem>

#include "parsed_command_line.h"
#include "../unit/test_storage_support.h"
#include "storage/portfolio_file.h"

using namespace etappe;
using testing::parsed;
using testing::refusal;

TEST_CASE("--print-sheet writes each sheet in the language asked for") {
    const testing::TempFolder folder;
    for (const char* kind : {"plan", "reduced", "debrief", "buying-center"}) {
        INFO(kind);
        const std::string de = folder.file(std::string(kind) + "-de.html");
        CHECK(app::runPrintSheet(parsed({"--print-sheet", kind, "--out", de, "--lang", "de"})) == 0);
        CHECK(testing::readBytes(de).find("<html lang=\"de\">") != std::string::npos);
        const std::string en = folder.file(std::string(kind) + "-en.html");
        CHECK(app::runPrintSheet(parsed({"--print-sheet", kind, "--out", en, "--lang", "en"})) == 0);
        CHECK(testing::readBytes(en).find("<html lang=\"en\">") != std::string::npos);
    }
    CHECK(testing::readBytes(folder.file("plan-de.html")).find("Gesprächsplanung") != std::string::npos);
}

TEST_CASE("--print-sheet refuses unknown kinds, a missing or wrong --out, and a portfolio") {
    CHECK(refusal({"--print-sheet", "observer", "--out", "x.html"}).find("unknown sheet") != std::string::npos);
    CHECK(refusal({"--print-sheet", "plan"}).find("needs --out") != std::string::npos);
    CHECK(refusal({"--print-sheet", "plan", "--out", "x.md"}).find(".pdf or .html") != std::string::npos);
    CHECK(refusal({"--print-sheet", "plan", "--out", "x.html", "--sample"}).find("reads no portfolio") != std::string::npos);
    CHECK(refusal({"--print-sheet", "plan", "--out", "x.html", "--brief", "A"}).find("choose one") != std::string::npos);
    CHECK(refusal({"--print-sheet"}).size() > 0);

    const testing::TempFolder folder;
    // A portfolio is never replaced, not even with --force; an existing file only with --force.
    const std::string portfolio = folder.file("p.html");
    REQUIRE(storage::savePortfolioFile(portfolio, model::Portfolio{}).ok());
    const std::string before = testing::readBytes(portfolio);
    CHECK(app::runPrintSheet(parsed({"--print-sheet", "plan", "--out", portfolio, "--force"})) == 1);
    CHECK(testing::readBytes(portfolio) == before);

    const std::string mine = folder.file("mine.html");
    testing::writeBytes(mine, "mine");
    CHECK(app::runPrintSheet(parsed({"--print-sheet", "debrief", "--out", mine})) == 1);
    CHECK(testing::readBytes(mine) == "mine");
    CHECK(app::runPrintSheet(parsed({"--print-sheet", "debrief", "--out", mine, "--force"})) == 0);
    CHECK(testing::readBytes(mine) != "mine");

    const std::string link = folder.file("link.html");
    std::filesystem::create_symlink(mine, link);
    const std::string kept = testing::readBytes(mine);
    CHECK(app::runPrintSheet(parsed({"--print-sheet", "plan", "--out", link, "--force"})) == 1);
    CHECK(testing::readBytes(mine) == kept);
}

TEST_CASE("--print-sheet writes a PDF for a .pdf name and replaces a file only with --force") {
    const testing::TempFolder folder;
    const std::string pdf = folder.file("x.pdf");
    CHECK(app::runPrintSheet(parsed({"--print-sheet", "plan", "--out", pdf, "--lang", "de"})) == 0);
    const std::string first = testing::readBytes(pdf);
    CHECK(first.starts_with("%PDF-"));
    CHECK(app::runPrintSheet(parsed({"--print-sheet", "reduced", "--out", pdf})) == 1);
    CHECK(testing::readBytes(pdf) == first);
    CHECK(app::runPrintSheet(parsed({"--print-sheet", "reduced", "--out", pdf, "--force"})) == 0);
    CHECK(testing::readBytes(pdf).starts_with("%PDF-"));
    CHECK(testing::readBytes(pdf) != first);

    // A portfolio under a .pdf name is never replaced, not even with --force.
    const std::string portfolio = folder.file("p.pdf");
    REQUIRE(storage::savePortfolioFile(portfolio, model::Portfolio{}).ok());
    const std::string before = testing::readBytes(portfolio);
    CHECK(app::runPrintSheet(parsed({"--print-sheet", "plan", "--out", portfolio, "--force"})) == 1);
    CHECK(testing::readBytes(portfolio) == before);
}
