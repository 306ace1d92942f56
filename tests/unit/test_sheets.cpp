// The printable sheets (issue 12, item 6): each one, in English and German,
// holds its parts, is well-formed HTML (python3's html.parser judges) and
// prints on one A4 page (headless Chromium + pdfinfo).
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "exports/escape.h"
#include "exports/sheets.h"
#include "i18n/translator.h"
#include "method/conversation_steps.h"
#include "method/reduced_elements.h"
#include "printed_pages.h"
#include "run_command.h"
#include "storage/export_target.h"

using namespace etappe;

namespace {

std::size_t count(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// The text of `key` as the sheet writes it (escaped: "I'm OK" is "I&#39;m OK").
bool has(const std::string& html, const i18n::Translator& tr, const std::string& key) {
    return html.find(exports::htmlEscaped(tr.text(key))) != std::string::npos;
}

const i18n::Language kLanguages[] = {i18n::Language::English, i18n::Language::German};

// python3's html.parser: every opened element closed in order (void elements aside), one
// html, head and body, nothing after </html>. Prints what is wrong; exit 0 when all is well.
constexpr const char* kHtmlCheck = R"py(
import sys
from html.parser import HTMLParser
VOID = {"br", "meta", "col", "img", "hr", "input", "link"}
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.errors = []; s.seen = {}; s.closed = False
    def handle_starttag(s, tag, attrs):
        if s.closed: s.errors.append("after </html>: " + tag)
        s.seen[tag] = s.seen.get(tag, 0) + 1
        if tag not in VOID: s.stack.append(tag)
    def handle_endtag(s, tag):
        if not s.stack or s.stack[-1] != tag: s.errors.append("</%s> closes %s" % (tag, s.stack[-1:] or "nothing")); return
        s.stack.pop()
        if tag == "html": s.closed = True
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
if p.stack: p.errors.append("left open: " + " ".join(p.stack))
for t in ("html", "head", "body", "title", "h1"):
    if p.seen.get(t) != 1: p.errors.append("%s appears %d times" % (t, p.seen.get(t, 0)))
print("\n".join(p.errors)); sys.exit(1 if p.errors else 0)
)py";

struct Folder {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("etappe-sheets-" + std::to_string(::getpid()));
    Folder() { std::filesystem::create_directories(path); }
    ~Folder() {
        if (!std::getenv("ETAPPE_KEEP_SHEETS")) std::filesystem::remove_all(path);  // to look at them
    }
};

}  // namespace

TEST_CASE("sheet kinds round-trip through their command-line names") {
    for (const auto kind : exports::kSheetKinds) CHECK(exports::sheetKindFromName(exports::sheetKindName(kind)) == kind);
    CHECK(exports::sheetKindFromName("buying-center") == exports::SheetKind::BuyingCenter);
    CHECK_FALSE(exports::sheetKindFromName("observer").has_value());
}

TEST_CASE("the planning sheet has the 16 steps, each with its three checkpoints to tick") {
    for (const auto language : kLanguages) {
        const i18n::Translator tr(language);
        INFO(i18n::languageCode(language));
        const std::string html = exports::sheetHtml(exports::SheetKind::Plan, tr);
        CHECK(count(html, "<tr class=\"step\">") == 16);
        CHECK(count(html, "class=\"box\"") == 16 * 3);
        for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
            const std::string key = "step." + std::string(method::conversationStepKey(method::conversationStepAt(i)));
            CHECK(has(html, tr, key + ".name"));
            for (int c = 1; c <= 3; ++c) CHECK(has(html, tr, key + ".checkpoint." + std::to_string(c)));
        }
        CHECK(has(html, tr, "sheet.plan.notes"));
        CHECK(html.find("<html lang=\"" + std::string(i18n::languageCode(language)) + "\">") != std::string::npos);
    }
}

TEST_CASE("the reduced-process sheet has the five elements with all their fields") {
    for (const auto language : kLanguages) {
        const i18n::Translator tr(language);
        const std::string html = exports::sheetHtml(exports::SheetKind::Reduced, tr);
        CHECK(count(html, "<section class=\"element\">") == 5);
        CHECK(count(html, "class=\"field\"") == method::kReducedFields.size());
        CHECK(count(html, "class=\"box\"") == 5);  // one "prepared" per element
        for (const auto element : method::kReducedElements)
            CHECK(has(html, tr, "reduced." + std::string(element) + ".name"));
        for (const auto& f : method::kReducedFields)
            CHECK(has(html, tr, "reduced.field." + std::string(f.key)));
    }
}

TEST_CASE("the debrief sheet rates the 16 steps and has positions, balance, lessons and the next activity") {
    for (const auto language : kLanguages) {
        const i18n::Translator tr(language);
        const std::string html = exports::sheetHtml(exports::SheetKind::Debrief, tr);
        CHECK(count(html, "<tr class=\"step\">") == 16);
        // 4 outcomes + 3 "goal reached" + 16 steps × 4 ratings
        CHECK(count(html, "class=\"box\"") == 4 + 3 + 16 * 4);
        for (const char* key : {"review.section.outcome", "review.outcome.order", "review.outcome.no_sale",
                                "review.rating.well.short", "review.rating.partly.short", "review.rating.missed.short",
                                "review.rating.not_relevant.short", "review.position.ok_ok", "review.position.ok_not_ok",
                                "review.position.not_ok_ok", "review.position.not_ok_not_ok", "balance.win_win.name",
                                "balance.win_lose.name", "balance.lose_win.name", "balance.lose_lose.name",
                                "review.commitment.keep", "review.commitment.start", "review.commitment.stop",
                                "review.next_activity"}) {
            INFO(key);
            CHECK(has(html, tr, key));
        }
        CHECK(count(html, "<table class=\"grid") == 2);  // two 2×2 grids
    }
}

TEST_CASE("the buying-center sheet lists every role with room for names, attitude and influence") {
    for (const auto language : kLanguages) {
        const i18n::Translator tr(language);
        const std::string html = exports::sheetHtml(exports::SheetKind::BuyingCenter, tr);
        CHECK(count(html, "<tr class=\"role\">") == exports::kBuyingCenterRoles.size());
        // 3 purchase types + per role 3 attitudes and 3 influences
        CHECK(count(html, "class=\"box\"") == 3 + exports::kBuyingCenterRoles.size() * 6);
        for (const auto role : exports::kBuyingCenterRoles)
            CHECK(has(html, tr, "sheet.bc.role." + std::string(role)));
        for (const char* key : {"sheet.bc.names", "sheet.bc.attitude", "sheet.bc.influence", "sheet.bc.motives"})
            CHECK(has(html, tr, key));
    }
}

TEST_CASE("every sheet text exists in English and German and the two differ where they should") {
    const i18n::Translator en(i18n::Language::English), de(i18n::Language::German);
    for (const auto kind : exports::kSheetKinds) {
        const std::string e = exports::sheetHtml(kind, en), d = exports::sheetHtml(kind, de);
        CHECK(e != d);
        // A missing key shows as the key itself.
        CHECK(e.find(">sheet.") == std::string::npos);
        CHECK(d.find(">sheet.") == std::string::npos);
        CHECK(e.find(">review.") == std::string::npos);
        CHECK(d.find(">step.") == std::string::npos);
    }
}

TEST_CASE("every sheet is well-formed HTML and prints on one A4 page, in both languages") {
    const auto python = std::filesystem::path("/usr/bin/python3");
    REQUIRE_MESSAGE(std::filesystem::exists(python), "python3 is missing");
    const Folder folder;
    const std::string checker = (folder.path / "check_html.py").string();
    std::ofstream(checker) << kHtmlCheck;
    for (const auto kind : exports::kSheetKinds) {
        for (const auto language : kLanguages) {
            const std::string name = std::string(exports::sheetKindName(kind)) + "-" + std::string(i18n::languageCode(language));
            INFO(name);
            const std::string file = (folder.path / (name + ".html")).string();
            REQUIRE(exports::writeSheet(file, kind, i18n::Translator(language), false).ok());
            const auto [status, errors] = testing::runCommand(python.string() + " " + testing::shellQuoted(checker) + " " +
                                                              testing::shellQuoted(file));
            CHECK_MESSAGE(status == 0, errors);
            CHECK(testing::printedPages(file) == 1);
        }
    }
}

TEST_CASE("writing a sheet refuses other endings and an existing file without replace") {
    const Folder folder;
    const i18n::Translator tr;
    const std::string md = (folder.path / "plan.md").string();
    const auto refused = exports::writeSheet(md, exports::SheetKind::Plan, tr, true);
    CHECK_FALSE(refused.ok());
    CHECK(refused.failed_step == storage::SaveStep::Validate);
    CHECK_FALSE(std::filesystem::exists(md));
    const std::string html = (folder.path / "plan.html").string();
    std::ofstream(html) << "mine";
    CHECK_FALSE(exports::writeSheet(html, exports::SheetKind::Plan, tr, false).ok());
    CHECK(exports::writeSheet(html, exports::SheetKind::Plan, tr, true).ok());
    const std::string link = (folder.path / "link.html").string();
    std::filesystem::create_symlink(html, link);
    CHECK_FALSE(exports::writeSheet(link, exports::SheetKind::Debrief, tr, true).ok());
}
