// The printable sheets as PDF (issue 12, item 6), read back with poppler-utils: each sheet on
// one A4 page in English and German, DejaVu embedded, its title and the method's names in it
// (16 steps, 5 elements, the debrief's sections, the buying center's roles), umlauts intact and
// nothing beyond the 10 mm margins; written only where every export may write.
#include <doctest/doctest.h>

#include <filesystem>

#include "../unit/test_storage_support.h"
#include "exports/pdf/sheet_pdf.h"
#include "method/conversation_steps.h"
#include "method/reduced_elements.h"
#include "pdf_readback.h"

using namespace etappe;
using testing::hasWords;

namespace {

constexpr i18n::Language kLanguages[] = {i18n::Language::English, i18n::Language::German};

// The names each sheet must carry, as text keys.
std::vector<std::string> expectedKeys(exports::SheetKind kind) {
    std::vector<std::string> keys{exports::sheetTitleKey(kind), "sheet.customer", "sheet.date"};
    const auto steps = [&](const char* suffix) {
        for (std::size_t i = 0; i < method::kConversationStepCount; ++i)
            keys.push_back("step." + std::string(method::conversationStepKey(method::conversationStepAt(i))) + suffix);
    };
    switch (kind) {
        case exports::SheetKind::Plan:
            steps(".name");
            for (std::size_t i = 0; i < method::kConversationStepCount; ++i)
                keys.push_back("step." + std::string(method::conversationStepKey(method::conversationStepAt(i))) +
                               ".checkpoint.3");
            keys.push_back("sheet.meeting_goal");
            break;
        case exports::SheetKind::Reduced:
            for (const auto element : method::kReducedElements) keys.push_back("reduced." + std::string(element) + ".name");
            for (const auto& field : method::kReducedFields) keys.push_back("reduced.field." + std::string(field.key));
            break;
        case exports::SheetKind::Debrief:
            steps(".name");
            for (const char* section : {"outcome", "replay", "attitude", "balance", "lessons", "follow_up"})
                keys.push_back("review.section." + std::string(section));
            keys.push_back("review.goal_reached");
            break;
        case exports::SheetKind::BuyingCenter:
            keys.push_back("sheet.bc.roles");
            for (const auto role : exports::kBuyingCenterRoles) keys.push_back("sheet.bc.role." + std::string(role));
            keys.push_back("sheet.bc.uncertainty");
            break;
    }
    return keys;
}

testing::PdfReadback written(const testing::TempFolder& folder, exports::SheetKind kind, i18n::Language language) {
    const std::string path =
        folder.file(std::string(exports::sheetKindName(kind)) + "-" + std::string(i18n::languageCode(language)) + ".pdf");
    const auto result = exports::writeSheetFile(path, kind, i18n::Translator(language), false);
    REQUIRE_MESSAGE(result.ok(), testing::english(result.detail));
    return testing::readPdf(path, 27);  // the sheets' margin is 10 mm (28.3 pt)
}

}  // namespace

TEST_CASE("each sheet is one A4 page with DejaVu embedded and every name of the method in it, in both languages") {
    const testing::TempFolder folder;
    for (const auto kind : exports::kSheetKinds) {
        for (const auto language : kLanguages) {
            INFO(exports::sheetKindName(kind), " ", i18n::languageCode(language));
            const auto pdf = written(folder, kind, language);
            CHECK(pdf.pages == 1);
            CHECK(pdf.page_size.starts_with("595.276 x 841.89 pts"));
            CHECK(pdf.fonts_embedded);
            REQUIRE_FALSE(pdf.fonts.empty());
            for (const std::string& font : pdf.fonts) CHECK(font.starts_with("DejaVuSans"));
            CHECK(pdf.words_outside_margins == 0);
            const i18n::Translator tr(language);
            for (const std::string& key : expectedKeys(kind)) CHECK_MESSAGE(hasWords(pdf.text, tr.text(key)), key);
        }
    }
}

TEST_CASE("German sheets keep their umlauts") {
    const testing::TempFolder folder;
    const auto plan = written(folder, exports::SheetKind::Plan, i18n::Language::German);
    CHECK(plan.text.find("Gesprächsplanung") != std::string::npos);
    CHECK(plan.text.find("Einwände") != std::string::npos);
    const auto debrief = written(folder, exports::SheetKind::Debrief, i18n::Language::German);
    CHECK(debrief.text.find("Gesprächsziel erreicht?") != std::string::npos);
}

TEST_CASE("a PDF sheet is written only where every export may write") {
    const testing::TempFolder folder;
    const i18n::Translator tr;
    const std::string path = folder.file("plan.pdf");
    REQUIRE(exports::writeSheetFile(path, exports::SheetKind::Plan, tr, false).ok());
    CHECK(testing::readBytes(path).starts_with("%PDF-"));
    testing::writeBytes(path, "mine");
    CHECK_FALSE(exports::writeSheetFile(path, exports::SheetKind::Plan, tr, false).ok());
    CHECK(testing::readBytes(path) == "mine");
    CHECK(exports::writeSheetFile(path, exports::SheetKind::Plan, tr, true).ok());
    const std::string link = folder.file("link.pdf");
    std::filesystem::create_symlink(path, link);
    CHECK_FALSE(exports::writeSheetFile(link, exports::SheetKind::Debrief, tr, true).ok());
    CHECK_FALSE(exports::writeSheetFile(folder.file("portfolio.etappe"), exports::SheetKind::Plan, tr, true).ok());
    CHECK_FALSE(exports::writeSheetFile(folder.file("plan.md"), exports::SheetKind::Plan, tr, true).ok());
}

TEST_CASE("sheet file names: .pdf, .html and .htm, in any case") {
    CHECK(exports::isSheetFileName("/home/rep/Plan.PDF"));
    CHECK(exports::isSheetFileName("plan.html"));
    CHECK(exports::isSheetFileName("plan.HTM"));
    CHECK_FALSE(exports::isSheetFileName(".pdf"));
    CHECK_FALSE(exports::isSheetFileName("plan.md"));
    CHECK_FALSE(exports::isSheetFileName("planpdf"));
}
