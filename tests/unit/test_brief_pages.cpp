// The HTML brief printed by headless Chromium (Debian package chromium) must fit one A4 page for
// a plan filled as a rep fills it; pdfinfo (poppler-utils) counts the pages.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "exports/brief_export.h"
#include "printed_pages.h"
#include "sample_briefs.h"

using namespace etappe;

namespace {

using testing::kSampleToday;
using testing::printedPages;

model::Portfolio filledSample() { return testing::filledSample(ETAPPE_ASSETS_DIR "/sample/sample.etappe"); }

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
