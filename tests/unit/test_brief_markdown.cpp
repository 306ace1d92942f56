// The Markdown brief read back by cmark, the CommonMark reference parser (Debian package cmark):
// typed text must come out as the same text, with no markup of its own and no stray backslashes.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "exports/meeting_brief.h"
#include "i18n/translator.h"
#include "run_command.h"

using namespace etappe;

namespace {

// What reps type, including everything that looks like markup somewhere.
const std::vector<std::string> kTyped = {
    "Kempten (Allgäu)",
    "Fleischwaren Huber & Söhne GmbH + Co.",
    "Lieferquote: 99,2 % – als Beleg mitnehmen! Preis ca. 38.000 € {netto}.",
    "t.wendt@strassberger.example, max_mustermann, 3-fach",
    "26. November: Termin bestätigt",
    "2) Zweitlieferant",
    "- kein Listenpunkt",
    "+ auch keiner",
    "> kein Zitat",
    "# keine Überschrift",
    "=== keine Linie",
    "---",
    "___",
    "*nicht fett* und **auch nicht**",
    "_nicht kursiv_ und __auch nicht__",
    "`kein Code`",
    "[kein Link](http://example.com)",
    "![kein Bild](x.png)",
    "<b>kein Tag</b> und <http://example.com>",
    "&amp; bleibt &amp; und &#38; bleibt &#38;",
    "a \\* b \\",
    "~~nicht durchgestrichen~~",
    "a | b",
    "Priorität 5 < 7 > 3",
    "Kunde #",
};

// The prose among them: nothing in these needs a backslash anywhere.
const std::vector<std::string> kProse = {kTyped[0], kTyped[1], kTyped[2], kTyped[3]};

std::string htmlEscaped(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) out += (out.empty() ? "" : "\n") + line;
    return out;
}

// The Markdown brief of a plan whose every kind of position holds the texts: list entries, a
// multi-line list entry, a multi-line quote, a fact and an attendee.
std::string markdownBrief() {
    model::Customer c;
    c.id = 1;
    c.name = "Sennerei Kempten";
    c.city = kTyped[0];
    c.contacts = {model::Contact{.id = 2, .name = kTyped[1], .role = kTyped[3], .email = "", .phone = ""}};
    for (auto& area : c.knowledge) area.level = method::KnowledgeLevel::Known;
    model::ConversationPlan p;
    p.id = 3;
    p.date = "2026-11-26";
    p.attendee_ids = {2};
    p.goal = joined(kTyped);
    p.situation_questions = kTyped;
    p.goal_hypotheses = {joined(kTyped)};
    return exports::meetingBrief(c, p, i18n::Translator(i18n::Language::German), exports::BriefFormat::Markdown);
}

std::string cmarkHtml(const std::string& markdown) {
    const auto cmark = testing::findTool("cmark");
    REQUIRE_MESSAGE(!cmark.empty(), "cmark is missing: apt-get install cmark (scripts/setup-deps does)");
    const auto file = std::filesystem::temp_directory_path() / ("etappe-brief-" + std::to_string(::getpid()) + ".md");
    std::ofstream(file) << markdown;
    const auto [status, html] =
        testing::runCommand(testing::shellQuoted(cmark.string()) + " " + testing::shellQuoted(file.string()), false);
    std::filesystem::remove(file);
    REQUIRE(status == 0);
    return html;
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("typed text in the Markdown brief reads back from cmark as the same text, without markup") {
    const std::string md = markdownBrief();
    const std::string html = cmarkHtml(md);
    INFO(md);
    for (const std::string& text : kTyped) {
        INFO(text);
        // Four places a text stands: a list entry, a line of a multi-line entry, a line of the quote,
        // and as a fact or attendee for the first ones. Each line is its own paragraph line, so it
        // appears whole between tags or line breaks.
        CHECK(count(html, htmlEscaped(text)) >= 3);
    }
    for (const char* markup : {"<em>", "<code>", "<a ", "<img", "<hr", "<ol", "<del>", "<table", "<b>", "<h2>#"})
        CHECK_MESSAGE(html.find(markup) == std::string::npos, markup);
    CHECK(count(html, "<h1>") == 1);
    CHECK(count(html, "<blockquote>") == 1);  // the goal, and no quote of its own inside it
}

TEST_CASE("prose in the Markdown brief carries no backslashes") {
    const std::string md = markdownBrief();
    for (const std::string& text : kProse) {
        INFO(text);
        CHECK(count(md, text) >= 3);
    }
    CHECK(md.find("Kempten (Allgäu)") != std::string::npos);
    CHECK(md.find("26\\. November") != std::string::npos);  // at a line start it would number a list
}
