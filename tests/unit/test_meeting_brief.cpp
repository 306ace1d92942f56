#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "dates/clock.h"
#include "exports/meeting_brief.h"
#include "fill_plan_field.h"
#include "i18n/translator.h"

using namespace etappe;
using exports::BriefFormat;
using i18n::Language;

namespace {

const char* const kHostile =
    "<script>alert(\"x\")</script> O'Neil & \"Co\" äöüß € 🚀 [click](javascript:alert(1)) *bold*\n# heading\nline three";

model::Customer plainCustomer() {
    model::Customer c;
    c.id = 1;
    c.name = "Huber Maschinenbau";
    c.city = "Passau";
    c.customer_class = method::CustomerClass::A;
    c.contacts = {model::Contact{.id = 11, .name = "Eva Huber", .role = "Geschäftsführerin",
                                 .email = "eva@huber.example", .phone = "0851 1234"},
                  model::Contact{.id = 12, .name = "Jonas Brandl", .role = "Einkauf", .email = "", .phone = ""}};
    for (auto& area : c.knowledge) area.level = method::KnowledgeLevel::Known;
    return c;
}

model::ConversationPlan plainPlan() {
    model::ConversationPlan p;
    p.id = 2;
    p.date = "2026-11-23";
    p.time = "10:00";
    return p;
}

// Every field a user can type into carries the hostile text.
void makeHostile(model::Customer& c, model::ConversationPlan& p) {
    c.name = c.industry = c.city = kHostile;
    for (auto& contact : c.contacts) contact.name = contact.role = contact.phone = contact.email = kHostile;
    for (auto& area : c.knowledge) area = model::KnowledgeNote{method::KnowledgeLevel::Partly, kHostile};
    p.place = p.goal = p.time = kHostile;
    p.attendee_ids = {11, 12};
    for (const method::PlanField& field : method::kPlanFields) testing::fillPlanField(p, field, kHostile);
    for (auto& step : p.steps) step.notes = kHostile;
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
    return n;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// A line's text after list bullets, quote marks and indentation, where Markdown looks for block markup.
std::string blockStart(const std::string& line) {
    const auto first = line.find_first_not_of(" >-");
    return first == std::string::npos ? "" : line.substr(first);
}

std::string brief(const model::Customer& c, const model::ConversationPlan& p, BriefFormat format,
                  Language language = Language::English) {
    return exports::meetingBrief(c, p, i18n::Translator(language), format);
}

}  // namespace

TEST_CASE("hostile text in every field stays text in the HTML brief") {
    auto c = plainCustomer();
    auto p = plainPlan();
    makeHostile(c, p);
    const std::string html = brief(c, p, BriefFormat::Html);
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("\"x\"") == std::string::npos);
    CHECK(html.find("O'Neil") == std::string::npos);
    CHECK(html.find("<title>Meeting brief: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; ") !=
          std::string::npos);
    CHECK(html.find("äöüß&nbsp;€ 🚀") != std::string::npos);  // a lone € never starts a line
    CHECK(html.find("*bold*<br># heading<br>line three") != std::string::npos);  // line breaks kept
    CHECK(html.find("<a ") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);  // nothing loaded from outside
    CHECK(html.find("<link") == std::string::npos);
}

TEST_CASE("hostile text in every field stays text in the Markdown brief") {
    auto c = plainCustomer();
    auto p = plainPlan();
    makeHostile(c, p);
    const std::string md = brief(c, p, BriefFormat::Markdown);
    // An escaped [ is enough: without it, ] and ( are plain text (test_brief_markdown reads it back).
    CHECK(count(md, "[click](") == count(md, "\\[click](javascript:alert(1))"));
    CHECK(md.find("\\[click](javascript:alert(1))") != std::string::npos);
    CHECK(md.find('<') == std::string::npos);
    CHECK(md.find("&lt;script>") != std::string::npos);
    CHECK(md.find("\\*bold\\*") != std::string::npos);
    CHECK(md.find("äöüß € 🚀") != std::string::npos);
    CHECK(md.starts_with("# Meeting brief: &lt;script>"));
    for (const std::string& line : lines(md)) {
        INFO(line);
        CHECK_FALSE(blockStart(line).starts_with("# heading"));
    }
    // The third line of a situation question continues its list item, indented.
    CHECK(md.find("\\*bold\\*  \n  \\# heading  \n  line three") != std::string::npos);
}

TEST_CASE("the brief counts the checkpoints up to the meeting's end and names the steps not prepared yet") {
    const auto c = plainCustomer();
    auto p = plainPlan();
    for (std::size_t s = 2; s < method::kConversationStepCount; ++s) p.steps[s].checkpoints = {true, true, true};
    p.steps[1].checkpoints = {true, false, true};    // Preparation: one open
    p.steps[13].checkpoints = {false, false, false};  // Reward: after the meeting, not the brief's business
    const i18n::Translator tr(Language::English);
    for (const auto format : {BriefFormat::Markdown, BriefFormat::Html}) {
        const std::string text = brief(c, p, format);
        CHECK(text.find("32 of 36 checkpoints up to the end of the meeting ticked") != std::string::npos);
        const std::string open = std::string("Not prepared yet: 1 ") + tr.text("step.reflection.name") + ", 2 " +
                                 tr.text("step.preparation.name");
        const std::string end = format == BriefFormat::Html ? "</p>" : "\n";
        CHECK(text.find(open + end) != std::string::npos);
        // No checkpoint list: in the meeting the rep needs the content, not the checklist.
        CHECK(text.find(tr.text("step.preparation.checkpoint.2")) == std::string::npos);
        CHECK(text.find(tr.text("step.reward.checkpoint.3")) == std::string::npos);
        CHECK(text.find(tr.text("step.reward.name")) == std::string::npos);
        CHECK(text.find("☐") == std::string::npos);
        CHECK(text.find("- [ ]") == std::string::npos);
    }
}

TEST_CASE("a plan prepared up to the meeting's end says so and names no open step") {
    const auto c = plainCustomer();
    auto p = plainPlan();
    for (std::size_t s = 0; s < 12; ++s) p.steps[s].checkpoints = {true, true, true};
    const std::string md = brief(c, p, BriefFormat::Markdown);
    CHECK(md.find("36 of 36") != std::string::npos);
    CHECK(md.find("Not prepared yet") == std::string::npos);
}

TEST_CASE("the brief names the next dated step after the meeting, or asks to agree one") {
    const auto c = plainCustomer();
    auto p = plainPlan();
    const i18n::Translator tr(Language::German);
    const std::string none = brief(c, p, BriefFormat::Markdown, Language::German);
    CHECK(none.find(std::string("## ") + tr.text("brief.next") + "\n\n" + tr.text("brief.next_none")) != std::string::npos);
    model::Activity next;
    next.date = "2026-12-10";
    next.time = "19:00";
    next.contact_id = 11;
    next.action = "Frau Huber das Angebot (Fassung 2) erläutern";
    for (const auto format : {BriefFormat::Markdown, BriefFormat::Html}) {
        const std::string text = exports::meetingBrief(c, p, tr, format, &next);
        CHECK(text.find("10.12.2026, 19:00 Uhr · Eva Huber: Frau Huber das Angebot (Fassung 2) erläutern") !=
              std::string::npos);
        CHECK(text.find(tr.text("brief.next_none")) == std::string::npos);
    }
}

TEST_CASE("only filled prepared fields get a heading") {
    const auto c = plainCustomer();
    auto p = plainPlan();
    const i18n::Translator tr(Language::English);
    CHECK(brief(c, p, BriefFormat::Markdown).find(tr.text("brief.prepared")) == std::string::npos);
    p.hook = "Your new hall in Deggendorf";
    p.sales_goals = "  \n ";  // blank counts as empty
    p.proposals = {model::Proposal{"Conveyor X2", "", "Less downtime"}};
    p.objections = {model::PreparedObjection{"", ""}};
    const std::string md = brief(c, p, BriefFormat::Markdown);
    const std::string html = brief(c, p, BriefFormat::Html);
    CHECK(md.find("## Prepared for the meeting\n") != std::string::npos);
    CHECK(md.find("### Hook\n\n> Your new hall in Deggendorf\n") != std::string::npos);
    CHECK(html.find("<p><b>Hook:</b> Your new hall in Deggendorf</p>") != std::string::npos);
    CHECK(md.find("- Conveyor X2 → … → Less downtime\n") != std::string::npos);  // the missing advantage shows
    for (const char* key : {"brief.sales_goals", "brief.objections", "brief.intention", "brief.after_sales_mail",
                            "brief.situation_questions", "brief.step_notes"}) {
        INFO(key);
        CHECK(md.find(std::string("### ") + tr.text(key)) == std::string::npos);
        CHECK(html.find(std::string(">") + tr.text(key)) == std::string::npos);  // no <h3>, no run-in <b>
    }
    p.steps[6].notes = "Ask about the 2027 budget";
    CHECK(brief(c, p, BriefFormat::Markdown)
              .find(std::string("- 7 ") + tr.text("step.customer_goals.name") + ": Ask about the 2027 budget") !=
          std::string::npos);
}

TEST_CASE("attendees that are no longer contacts are skipped") {
    const auto c = plainCustomer();
    auto p = plainPlan();
    p.attendee_ids = {12, 99, 11};
    const std::string html = brief(c, p, BriefFormat::Html);
    CHECK(count(html, "<li class=\"attendee\">") == 2);
    CHECK(html.find("<b>Jonas Brandl</b>, Einkauf") != std::string::npos);
    CHECK(html.find("<b>Eva Huber</b>, Geschäftsführerin") != std::string::npos);
    CHECK(html.find("0851 1234") != std::string::npos);
    const std::string md = brief(c, p, BriefFormat::Markdown);
    CHECK(md.find("## Attendees\n\n- **Jonas Brandl**, Einkauf\n- **Eva Huber**, Geschäftsführerin, Phone 0851 1234, "
                  "E-mail eva@huber.example\n\n") != std::string::npos);
    p.attendee_ids = {99};
    CHECK(brief(c, p, BriefFormat::Markdown).find("## Attendees") == std::string::npos);
}

TEST_CASE("knowledge gaps list every area not known, with its question") {
    auto c = plainCustomer();
    c.knowledge[1] = model::KnowledgeNote{method::KnowledgeLevel::Partly, "Probably still comparing offers"};
    c.knowledge[4] = model::KnowledgeNote{method::KnowledgeLevel::Unknown, ""};
    const i18n::Translator tr(Language::English);
    for (const auto format : {BriefFormat::Markdown, BriefFormat::Html}) {
        const std::string text = brief(c, plainPlan(), format);
        CHECK(text.find(tr.text("knowledge.status.question")) != std::string::npos);
        CHECK(text.find(tr.text("knowledge.needs.question")) != std::string::npos);
        CHECK(text.find("Probably still comparing offers") != std::string::npos);
        CHECK(text.find(tr.text("knowledge.strategy.question")) == std::string::npos);
        CHECK(text.find(tr.text("knowledge.obstacles.question")) == std::string::npos);
    }
    CHECK(count(brief(c, plainPlan(), BriefFormat::Html), "<div class=\"gap\">") == 2);
    CHECK(brief(plainCustomer(), plainPlan(), BriefFormat::Markdown).find(tr.text("brief.gaps")) == std::string::npos);
}

TEST_CASE("the German brief uses German headings, dates and money") {
    auto c = plainCustomer();
    c.annual_revenue.cents = 123456789;
    auto p = plainPlan();
    p.goal = "Rahmenvertrag für 2027 besprechen";
    p.intention = "Wir wollen den Rahmenvertrag verlängern.";
    const i18n::Translator de(Language::German);
    const i18n::Translator en(Language::English);
    REQUIRE(std::string(de.text("brief.goal")) != en.text("brief.goal"));
    for (const auto format : {BriefFormat::Markdown, BriefFormat::Html}) {
        const std::string text = brief(c, p, format, Language::German);
        CHECK(text.find("Gesprächsvorbereitung: Huber Maschinenbau") != std::string::npos);
        CHECK(text.find("23.11.2026, 10:00 Uhr") != std::string::npos);
        CHECK(text.find("2026-11-23") == std::string::npos);
        for (const char* key : {"brief.goal", "brief.progress", "brief.next", "brief.intention"}) {
            CHECK(text.find(de.text(key)) != std::string::npos);
            CHECK(text.find(en.text(key)) == std::string::npos);
        }
    }
    CHECK(brief(c, p, BriefFormat::Markdown, Language::German).find("## " + std::string(de.text("brief.goal"))) !=
          std::string::npos);
    CHECK(brief(c, p, BriefFormat::Markdown, Language::German).find("1\\.234\\.567,89 €") == std::string::npos);
    CHECK(brief(c, p, BriefFormat::Markdown, Language::German).find("1.234.567,89 €") != std::string::npos);
    const std::string html = brief(c, p, BriefFormat::Html, Language::German);
    CHECK(html.find("1.234.567,89&nbsp;€") != std::string::npos);
    CHECK(html.find("<html lang=\"de\">") != std::string::npos);
}

TEST_CASE("the brief is about the next meeting, else the latest one") {
    model::Customer c;
    CHECK(exports::nextPlan(c, "2026-02-01") == nullptr);
    for (const char* date : {"2026-01-10", "2026-03-01", "2026-02-15", "someday"}) {
        model::ConversationPlan p;
        p.date = date;
        c.plans.push_back(p);
    }
    CHECK(exports::nextPlan(c, "2026-02-01")->date == "2026-02-15");  // earliest upcoming, not first stored
    CHECK(exports::nextPlan(c, "2026-02-15")->date == "2026-02-15");  // a meeting today is still ahead
    CHECK(exports::nextPlan(c, "2026-02-16")->date == "2026-03-01");
    CHECK(exports::nextPlan(c, "2026-04-01")->date == "2026-03-01");  // all past: the latest, not the undated one
    c.plans = {c.plans[3]};
    CHECK(exports::nextPlan(c, "2026-04-01")->date == "someday");
}

TEST_CASE("the file name picks the brief format") {
    CHECK(exports::briefFormatForPath("brief.md") == BriefFormat::Markdown);
    CHECK(exports::briefFormatForPath("/home/rep/Huber.markdown") == BriefFormat::Markdown);
    CHECK(exports::briefFormatForPath("/home/rep/Huber 23.11.html") == BriefFormat::Html);
    CHECK(exports::briefFormatForPath("C:\\Briefs\\HUBER.HTML") == BriefFormat::Html);
    CHECK(exports::briefFormatForPath("brief.htm") == BriefFormat::Html);
    CHECK_FALSE(exports::briefFormatForPath("brief.txt").has_value());
    CHECK_FALSE(exports::briefFormatForPath("brief").has_value());
    CHECK_FALSE(exports::briefFormatForPath("notes.md/brief").has_value());
}

TEST_CASE("today is an ISO date") {
    const std::string today = dates::todayIso();
    CHECK(today.size() == 10);
    CHECK(today[4] == '-');
    CHECK(today[7] == '-');
}
