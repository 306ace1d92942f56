// The PDF brief from the window (File → Export meeting brief) and from the command line
// (--brief X --out F.pdf), read back with poppler-utils.
#include <doctest/doctest.h>

#include "parsed_command_line.h"
#include "../unit/test_storage_support.h"
#include "app_fixture.h"
#include "pdf_readback.h"

using namespace etappe;
using testing::parsed;

TEST_CASE("--brief X --out F.pdf writes a one-page PDF brief, and replaces a file only with --force") {
    const testing::TempFolder folder;
    const std::string pdf = folder.file("Strassberger.pdf");
    CHECK(app::runBrief(parsed({"--sample", "--lang", "de", "--brief", "Strassberger", "--out", pdf})) == 0);
    const auto read = testing::readPdf(pdf);
    CHECK(read.pages == 1);
    CHECK(read.fonts_embedded);
    CHECK(read.text.find("Gesprächsvorbereitung: Strassberger Fördersysteme GmbH & Co. KG") != std::string::npos);
    CHECK(read.text.find("€") != std::string::npos);

    const std::string before = testing::readBytes(pdf);
    CHECK(app::runBrief(parsed({"--sample", "--brief", "Strassberger", "--out", pdf})) == 1);
    CHECK(testing::readBytes(pdf) == before);
    CHECK(app::runBrief(parsed({"--sample", "--brief", "Strassberger", "--out", pdf, "--force"})) == 0);
    CHECK(testing::readPdf(pdf).text.find("Meeting brief: Strassberger") != std::string::npos);
}

TEST_CASE("the command line takes .pdf, .html and .md for --out and refuses other names before loading") {
    std::string error;
    for (const char* name : {"b.pdf", "b.PDF", "b.html", "b.md"}) {
        CHECK(app::parseCommandLine({"--sample", "--brief", "1", "--out", name}, error).has_value());
    }
    CHECK_FALSE(app::parseCommandLine({"--sample", "--brief", "1", "--out", "b.docx"}, error).has_value());
    CHECK(error.find(".pdf") != std::string::npos);
    CHECK(std::string(app::usageText()).find("FILE.pdf") != std::string::npos);
}

TEST_CASE("the window's brief export offers a PDF first and writes it") {
    testing::AppDriver d(testing::sampleOn("plan"));
    REQUIRE(d.app->canExportBrief());
    d.app->showBriefDialog();
    d.frames(1);
    REQUIRE(d.app->fileDialog().isVisible());
    d.key(ImGuiKey_Escape);
    const std::string path = d.home.root() + "/brief.pdf";
    d.app->exportBrief(path);
    CHECK_FALSE(d.app->notifications().hasError());
    const auto read = testing::readPdf(path);
    CHECK(read.pages == 1);
    CHECK(read.fonts_embedded);
    const std::string title = d.app->translator().text("brief.title");
    CHECK(read.text.starts_with(title.substr(0, title.find('%'))));
}
