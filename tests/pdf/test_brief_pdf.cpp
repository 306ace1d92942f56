// The PDF brief read back with poppler-utils: one A4 page for the sample's plans, DejaVu
// embedded, German text and € as written, every prepared item present and nothing beyond the
// margins; a very full plan takes two pages at most.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "../unit/test_storage_support.h"
#include "exports/pdf/brief_pdf.h"
#include "pdf_readback.h"
#include "sample_briefs.h"

using namespace etappe;
using testing::hasWords;
using testing::kSampleToday;

namespace {

const std::string kSample = ETAPPE_ASSETS_DIR "/sample/sample.etappe";

testing::PdfReadback written(const testing::TempFolder& folder, const exports::BriefTarget& target,
                             i18n::Language language, const std::string& name = "brief.pdf") {
    const std::string path = folder.file(name);
    const auto result = exports::writeBriefFile(path, target, i18n::Translator(language), true);
    REQUIRE_MESSAGE(result.ok(), testing::english(result.detail));
    // ETAPPE_KEEP_BRIEFS=/some/folder keeps a copy of each PDF to look at (pdftoppm -png -r 80).
    static int written_so_far = 0;
    if (const char* keep = std::getenv("ETAPPE_KEEP_BRIEFS")) {
        std::filesystem::copy_file(path, std::string(keep) + "/brief-" + std::to_string(++written_so_far) + ".pdf",
                                   std::filesystem::copy_options::overwrite_existing);
    }
    return testing::readPdf(path);
}

void checkA4WithDejaVu(const testing::PdfReadback& pdf) {
    CHECK(pdf.page_size.starts_with("595.276 x 841.89 pts"));
    CHECK(pdf.fonts_embedded);
    REQUIRE_FALSE(pdf.fonts.empty());
    for (const std::string& font : pdf.fonts) CHECK(font.starts_with("DejaVuSans"));
    CHECK(pdf.words_outside_margins == 0);
}

exports::BriefTarget targetOf(const model::Portfolio& portfolio, const std::string& what) {
    exports::BriefTarget target;
    REQUIRE(exports::findBriefTarget(portfolio, what, kSampleToday, target) == exports::BriefLookup::Found);
    return target;
}

// The target's plan, to change before the brief is written.
model::ConversationPlan& planOf(model::Portfolio& portfolio, const exports::BriefTarget& target) {
    for (model::ConversationPlan& plan : portfolio.findCustomer(target.customer->id)->plans) {
        if (plan.id == target.plan->id) return plan;
    }
    FAIL("the target's plan is gone");
    throw;
}

// Every text list of the plan's steps up to the meeting's end, filled far beyond what a rep
// prepares; each entry carries a marker to find it again.
void overfill(model::ConversationPlan& plan, int entries, int note_words) {
    const std::string filler = " Dazu gehören Lieferzeiten, Gesamtkosten über die Laufzeit und die Abläufe in Halle 6.";
    int marker = 0;
    auto next = [&] { return "Eintrag" + std::to_string(++marker) + filler; };
    for (int i = 0; i < entries; ++i) {
        plan.situation_questions.push_back(next());
        plan.goal_hypotheses.push_back(next());
        plan.decision_criteria.push_back(next());
        plan.decision_impulses.push_back(next());
        plan.proposals.push_back(model::Proposal{next(), "schneller", "günstiger"});
        plan.objections.push_back(model::PreparedObjection{next(), "Antwort"});
    }
    std::string note;
    for (int i = 0; i < note_words; ++i) note += "Notizwort" + std::to_string(i) + " ";
    plan.steps[5].notes = note;
}

}  // namespace

TEST_CASE("the PDF brief of the sample's fullest plan is one A4 page in DejaVu with its German text and €") {
    const model::Portfolio portfolio = testing::loadSample(kSample);
    const exports::BriefTarget target = testing::fullestSamplePlan(portfolio);
    REQUIRE(target.briefable());
    const testing::TempFolder folder;
    const auto pdf = written(folder, target, i18n::Language::German);
    CHECK(pdf.pages == 1);
    checkA4WithDejaVu(pdf);
    const model::Customer& customer = *target.customer;
    CHECK(pdf.text.find("Gesprächsvorbereitung: " + customer.name) != std::string::npos);
    CHECK(pdf.text.find("Nächster Schritt") != std::string::npos);
    CHECK(pdf.text.find("Vorbereitet für das Gespräch") != std::string::npos);
    CHECK(pdf.text.find(" €") != std::string::npos);
    CHECK(hasWords(pdf.text, target.plan->goal));
    for (const model::Id id : target.plan->attendee_ids) CHECK(hasWords(pdf.text, customer.findContact(id)->name));
    for (const std::string& question : target.plan->situation_questions) CHECK(hasWords(pdf.text, question));
    for (const auto& objection : target.plan->objections) CHECK(hasWords(pdf.text, objection.answer));
}

TEST_CASE("the PDF brief speaks the translator's language") {
    const model::Portfolio portfolio = testing::loadSample(kSample);
    const testing::TempFolder folder;
    const auto pdf = written(folder, testing::fullestSamplePlan(portfolio), i18n::Language::English);
    CHECK(pdf.pages == 1);
    CHECK(pdf.text.find("Meeting brief: ") != std::string::npos);
    CHECK(pdf.text.find("Prepared for the meeting") != std::string::npos);
    CHECK(pdf.text.find("€") != std::string::npos);
}

TEST_CASE("a plan filled as reps fill it prints on one PDF page in both languages") {
    const model::Portfolio portfolio = testing::filledSample(kSample);
    const exports::BriefTarget target = targetOf(portfolio, "Strassberger");
    const testing::TempFolder folder;
    for (const auto language : {i18n::Language::German, i18n::Language::English}) {
        const auto pdf = written(folder, target, language);
        CHECK(pdf.pages == 1);
        checkA4WithDejaVu(pdf);
        CHECK(hasWords(pdf.text, "Wer außer Herrn Wendt redet bei der Lieferantenwahl mit?"));
        CHECK(hasWords(pdf.text, "Lieferquote von 99,2 % als Beleg zeigen."));
        CHECK(hasWords(pdf.text, "Preisfrage erst nach den Gesamtkosten beantworten."));
        for (const model::Id id : target.plan->attendee_ids) {  // an address is never broken at its hyphen
            const std::string& email = target.customer->findContact(id)->email;
            CHECK_MESSAGE(pdf.text.find(" " + email + " ") != std::string::npos, email);
        }
    }
}

TEST_CASE("a very full plan takes two pages at most, and nothing of it is lost") {
    model::Portfolio portfolio = testing::filledSample(kSample);
    const exports::BriefTarget target = targetOf(portfolio, "Strassberger");
    overfill(planOf(portfolio, target), 4, 120);
    const testing::TempFolder folder;
    const auto pdf = written(folder, target, i18n::Language::German);
    CHECK(pdf.pages == 2);
    checkA4WithDejaVu(pdf);
    for (int marker = 1; marker <= 24; ++marker) CHECK(pdf.text.find("Eintrag" + std::to_string(marker) + " ") != std::string::npos);
    CHECK(pdf.text.find("Notizwort119") != std::string::npos);
}

TEST_CASE("a plan far beyond any meeting runs on over pages without losing or cutting off a word") {
    model::Portfolio portfolio = testing::filledSample(kSample);
    const exports::BriefTarget target = targetOf(portfolio, "Strassberger");
    overfill(planOf(portfolio, target), 40, 3000);  // a note longer than a page
    const testing::TempFolder folder;
    const auto pdf = written(folder, target, i18n::Language::German);
    CHECK(pdf.pages > 2);
    checkA4WithDejaVu(pdf);
    for (int marker = 1; marker <= 240; ++marker) CHECK(pdf.text.find("Eintrag" + std::to_string(marker) + " ") != std::string::npos);
    for (int word = 0; word < 3000; word += 97) CHECK(pdf.text.find("Notizwort" + std::to_string(word) + " ") != std::string::npos);
}

TEST_CASE("a B or C customer's PDF brief shows its reduced plan and every contact") {
    const model::Portfolio portfolio = testing::loadSample(kSample);
    int briefed = 0;
    const testing::TempFolder folder;
    for (const model::Customer& customer : portfolio.customers) {
        exports::BriefTarget target;
        if (exports::findBriefTarget(portfolio, std::to_string(customer.id), kSampleToday, target) !=
                exports::BriefLookup::Found ||
            target.plan != nullptr)
            continue;
        INFO(customer.name);
        const auto pdf = written(folder, target, i18n::Language::German);
        CHECK(pdf.pages == 1);
        checkA4WithDejaVu(pdf);
        CHECK(pdf.text.find("Ansprechpartner") != std::string::npos);
        for (const model::Contact& contact : customer.contacts) CHECK(hasWords(pdf.text, contact.name));
        ++briefed;
    }
    CHECK(briefed >= 2);
}

TEST_CASE("typed text shows as typed: markup characters, control characters and line breaks") {
    model::Portfolio portfolio = testing::loadSample(kSample);
    const exports::BriefTarget target = targetOf(portfolio, "Strassberger");
    model::ConversationPlan& plan = planOf(portfolio, target);
    plan.goal = "<b>Preis & Menge</b> \x01\x07klären\tund \"festhalten\"";
    plan.hook = "erste Zeile\nzweite Zeile";
    const testing::TempFolder folder;
    const auto pdf = written(folder, target, i18n::Language::German);
    CHECK(pdf.text.find("<b>Preis & Menge</b> klären und \"festhalten\"") != std::string::npos);
    CHECK(pdf.text.find("erste Zeile zweite Zeile") != std::string::npos);
}

TEST_CASE("a PDF brief goes through the export checks: replaced only when asked, never a portfolio or a link") {
    const model::Portfolio portfolio = testing::loadSample(kSample);
    const exports::BriefTarget target = targetOf(portfolio, "Strassberger");
    const i18n::Translator tr(i18n::Language::German);
    const testing::TempFolder folder;
    const std::string path = folder.file("Strassberger.PDF");
    REQUIRE(exports::writeBriefFile(path, target, tr, false).ok());
    CHECK(testing::readBytes(path).starts_with("%PDF-"));
    const auto exists = exports::writeBriefFile(path, target, tr, false);
    CHECK_FALSE(exists.ok());
    CHECK(exists.detail.key == "detail.export_exists");
    CHECK(exports::writeBriefFile(path, target, tr, true).ok());

    const std::string victim = folder.file("victim.txt");
    testing::writeBytes(victim, "precious");
    const std::string link = folder.file("link.pdf");
    REQUIRE(::symlink(victim.c_str(), link.c_str()) == 0);
    CHECK_FALSE(exports::writeBriefFile(link, target, tr, true).ok());
    CHECK(testing::readBytes(victim) == "precious");
    CHECK_FALSE(exports::writeBriefFile(folder.file("portfolio.etappe"), target, tr, true).ok());
    CHECK_FALSE(exports::writeBriefFile(folder.file("none/brief.pdf"), target, tr, true).ok());

    // Only the PDF and the victim and its link: no temp file left behind.
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder.path())) ++files;
    CHECK(files == 3);
}

TEST_CASE("brief file names: .pdf joins .md and .html, in any case") {
    CHECK(exports::isBriefFileName("/home/rep/Huber 23.11.pdf"));
    CHECK(exports::isBriefFileName("HUBER.PDF"));
    CHECK(exports::isBriefFileName("brief.html"));
    CHECK(exports::isBriefFileName("brief.md"));
    CHECK_FALSE(exports::isBriefFileName(".pdf"));
    CHECK_FALSE(exports::isBriefFileName("brief.pdf/x"));
    CHECK_FALSE(exports::isBriefFileName("briefpdf"));
    CHECK_FALSE(exports::isBriefFileName("brief.txt"));
}
