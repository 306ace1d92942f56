// The HTML brief printed by headless Chromium (Debian package chromium) must fit one A4 page for
// a plan filled as a rep fills it; pdfinfo (poppler-utils) counts the pages.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "exports/brief_export.h"
#include "run_command.h"
#include "sample_briefs.h"

using namespace etappe;

namespace {

using testing::kSampleToday;

model::Portfolio filledSample() { return testing::filledSample(ETAPPE_ASSETS_DIR "/sample/sample.etappe"); }

int printedPages(const std::string& html_file) {
    const auto chromium = testing::findTool("chromium");
    const auto pdfinfo = testing::findTool("pdfinfo");
    REQUIRE_MESSAGE(!chromium.empty(), "chromium is missing: apt-get install chromium (scripts/setup-deps does)");
    REQUIRE_MESSAGE(!pdfinfo.empty(), "pdfinfo is missing: apt-get install poppler-utils (scripts/setup-deps does)");
    const auto pdf = html_file + ".pdf";
    const auto profile = html_file + ".profile";
    // A fresh profile and no background traffic, as in scripts/check-brief-html.
    const std::string print = testing::shellQuoted(chromium.string()) +
                              " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
                              " --disable-component-update --disable-sync --user-data-dir=" +
                              testing::shellQuoted(profile) +
                              " --no-pdf-header-footer --print-to-pdf=" + testing::shellQuoted(pdf) + " " +
                              testing::shellQuoted("file://" + html_file);
    const auto [printed, log] = testing::runCommand(print);
    REQUIRE_MESSAGE(printed == 0, log);
    const auto [status, info] =
        testing::runCommand(testing::shellQuoted(pdfinfo.string()) + " " + testing::shellQuoted(pdf));
    std::filesystem::remove_all(profile);
    std::filesystem::remove(pdf);
    REQUIRE(status == 0);
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    return std::stoi(info.substr(at + 6));
}

}  // namespace

TEST_CASE("the HTML brief of a plan filled as a rep fills it prints on one A4 page") {
    const model::Portfolio portfolio = filledSample();
    const auto folder = std::filesystem::temp_directory_path() / ("etappe-pages-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    for (const auto language : {i18n::Language::German, i18n::Language::English}) {
        const std::string code(i18n::languageCode(language));
        INFO(code);
        exports::BriefTarget target;
        REQUIRE(exports::findBriefTarget(portfolio, "Strassberger", kSampleToday, target) ==
                exports::BriefLookup::Found);
        const std::string file = (folder / ("brief-" + code + ".html")).string();
        REQUIRE(exports::writeBrief(file, target, i18n::Translator(language), true).ok());
        CHECK(printedPages(file) == 1);
    }
    if (!std::getenv("ETAPPE_KEEP_BRIEFS")) std::filesystem::remove_all(folder);  // to look at them
}
