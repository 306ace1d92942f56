#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "exports/icalendar.h"
#include "run_command.h"

using namespace etappe;
using i18n::Language;
using model::ActivityStatus;

namespace {

using Lines = std::vector<std::string>;

exports::IcsOptions optionsAt(const char* dtstamp) {
    exports::IcsOptions options;
    options.dtstamp_utc = dtstamp;
    return options;
}

std::string icsOf(const model::Portfolio& p, Language language = Language::English,
                  const exports::IcsOptions& options = optionsAt("20261123T090000Z")) {
    return exports::activitiesToIcs(p, i18n::Translator(language), options);
}

model::Activity planned(model::Portfolio& p, const std::string& date, const std::string& action) {
    model::Activity a;
    a.id = p.allocateId();
    a.date = date;
    a.action = action;
    return a;
}

model::Portfolio noCustomers() {
    model::Portfolio p;
    p.next_id = 100;
    return p;
}

// A customer (id 1) with one contact (id 2), for DESCRIPTION tests.
model::Portfolio withCustomer() {
    model::Portfolio p;
    model::Customer c;
    c.id = p.allocateId();
    c.name = "Lindenfels Verpackung";
    c.contacts = {model::Contact{p.allocateId(), "Frau Gerens", "Einkaufsleiterin", "", ""}};
    p.customers = {c};
    return p;
}

Lines physicalLines(const std::string& ics) {
    Lines lines;
    std::size_t begin = 0;
    for (std::size_t end; (end = ics.find("\r\n", begin)) != std::string::npos; begin = end + 2)
        lines.push_back(ics.substr(begin, end - begin));
    return lines;
}

// Content lines with folded continuations joined again (RFC 5545 §3.1).
Lines contentLines(const std::string& ics) {
    Lines lines;
    for (const std::string& line : physicalLines(ics)) {
        const bool continued = line.starts_with(' ') && !lines.empty();
        continued ? void(lines.back() += line.substr(1)) : lines.push_back(line);
    }
    return lines;
}

// Content lines of each VEVENT.
std::vector<Lines> events(const std::string& ics) {
    std::vector<Lines> out;
    bool inside = false;
    for (const std::string& line : contentLines(ics)) {
        if (line == "BEGIN:VEVENT") out.emplace_back();
        inside = (inside || line == "BEGIN:VEVENT") && line != "END:VEVENT";
        if (inside) out.back().push_back(line);
    }
    return out;
}

// The value of property `name` (with any parameters, e.g. "DTSTART;VALUE=DATE"); "<absent>" when missing.
std::string value(const Lines& lines, const std::string& name) {
    const auto it = std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.starts_with(name + ":"); });
    return it == lines.end() ? "<absent>" : it->substr(name.size() + 1);
}

// Well-formed UTF-8 as far as the sequence structure goes: each lead byte followed by its continuation bytes.
bool isValidUtf8(std::string_view text) {
    int pending = 0;  // continuation bytes the current sequence still needs
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const bool continuation = (u & 0xC0) == 0x80;
        if (continuation != (pending > 0) || u >= 0xF8) return false;
        pending = continuation ? pending - 1 : u >= 0xF0 ? 3 : u >= 0xE0 ? 2 : u >= 0xC0 ? 1 : 0;
    }
    return pending == 0;
}

std::string repeated(const std::string& piece, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

}  // namespace

TEST_CASE("the calendar has its frame and CRLF after every line, the last included") {
    auto p = noCustomers();
    p.activities.push_back(planned(p, "2026-11-23", "Konzept präsentieren"));
    const std::string ics = icsOf(p);
    const Lines lines = contentLines(ics);
    REQUIRE(lines.size() >= 7);
    CHECK(Lines(lines.begin(), lines.begin() + 5) == Lines{"BEGIN:VCALENDAR", "VERSION:2.0",
                                                           "PRODID:-//Etappe//Etappe Activity Planner//EN",
                                                           "CALSCALE:GREGORIAN", "METHOD:PUBLISH"});
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(ics.ends_with("END:VCALENDAR\r\n"));
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics[i] == '\n') CHECK_MESSAGE((i > 0 && ics[i - 1] == '\r'), "bare LF at octet ", i);
        if (ics[i] == '\r') CHECK_MESSAGE((i + 1 < ics.size() && ics[i + 1] == '\n'), "bare CR at octet ", i);
    }
}

TEST_CASE("no line is longer than 75 octets and unfolding restores the content") {
    auto p = withCustomer();
    auto a = planned(p, "2026-11-23", "Rahmenvertrag " + repeated("verhandeln und ", 12));
    a.outcome = repeated("Budget genehmigt, Entscheidung folgt; ", 10);
    p.activities.push_back(a);
    const std::string ics = icsOf(p);
    for (const std::string& line : physicalLines(ics)) CHECK_MESSAGE(line.size() <= 75, line);
    CHECK(value(events(ics).at(0), "SUMMARY") == a.action);
}

TEST_CASE("folding never splits a UTF-8 sequence") {
    for (const std::string& piece : {std::string("ä"), std::string("€"), std::string("🚀"), std::string("aä🚀")}) {
        auto p = noCustomers();
        p.activities.push_back(planned(p, "2026-11-23", repeated(piece, 60)));
        const std::string ics = icsOf(p);
        INFO("piece: " << piece);
        CHECK(physicalLines(ics).size() > contentLines(ics).size());  // it was folded
        for (const std::string& line : physicalLines(ics))
            CHECK_MESSAGE((line.size() <= 75 && isValidUtf8(line)), line);
        CHECK(value(events(ics).at(0), "SUMMARY") == repeated(piece, 60));
    }
}

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks") {
    auto p = withCustomer();
    auto a = planned(p, "2026-11-23", "Angebot, Teil 1; Preis \\ Rabatt\nZeile 2\r\nZeile 3\rEnde");
    a.outcome = "ja; aber, \\n ist kein Umbruch";
    a.customer_id = 1;
    p.activities.push_back(a);
    const Lines event = events(icsOf(p)).at(0);
    CHECK(value(event, "SUMMARY") == "Angebot\\, Teil 1\\; Preis \\\\ Rabatt\\nZeile 2\\nZeile 3\\nEnde");
    CHECK(value(event, "DESCRIPTION") ==
          "Customer: Lindenfels Verpackung\\nOutcome: ja\\; aber\\, \\\\n ist kein Umbruch");
}

TEST_CASE("UIDs stay the same across exports; DTSTAMP comes from the options") {
    auto p = noCustomers();
    p.activities.push_back(planned(p, "2026-11-23", "Anruf"));
    p.activities.push_back(planned(p, "2026-11-24", "Besuch"));
    const auto first = events(icsOf(p, Language::English, optionsAt("20261123T090000Z")));
    const auto second = events(icsOf(p, Language::German, optionsAt("20270101T120000Z")));
    REQUIRE((first.size() == 2 && second.size() == 2));
    CHECK(value(first[0], "UID") == "activity-100@etappe.local");
    CHECK(value(first[1], "UID") == "activity-101@etappe.local");
    for (std::size_t i = 0; i < 2; ++i) CHECK(value(first[i], "UID") == value(second[i], "UID"));
    CHECK(value(first[0], "DTSTAMP") == "20261123T090000Z");
    CHECK(value(second[0], "DTSTAMP") == "20270101T120000Z");
    exports::IcsOptions own = optionsAt("20261123T090000Z");
    own.uid_domain = "vertrieb.example.de";
    CHECK(value(events(icsOf(p, Language::English, own)).at(0), "UID") == "activity-100@vertrieb.example.de");
    const std::string now = value(events(icsOf(p, Language::English, optionsAt(""))).at(0), "DTSTAMP");
    CHECK_MESSAGE((now.size() == 16 && now.starts_with("20") && now[8] == 'T' && now.ends_with("Z")), now);  // UTC now
}

TEST_CASE("only planned activities with a valid date become events") {
    auto p = noCustomers();
    auto done = planned(p, "2026-11-20", "erledigt");
    done.status = ActivityStatus::Done;
    auto cancelled = planned(p, "2026-11-21", "abgesagt");
    cancelled.status = ActivityStatus::Cancelled;
    p.activities = {done,
                    cancelled,
                    planned(p, "", "ohne Datum"),
                    planned(p, "2026-02-30", "kein Tag"),
                    planned(p, "23.11.2026", "falsches Format"),
                    planned(p, "2026-11-23", "geplant")};
    const auto found = events(icsOf(p));
    REQUIRE(found.size() == 1);
    CHECK(value(found[0], "SUMMARY") == "geplant");
    CHECK(icsOf(noCustomers()).find("BEGIN:VEVENT") == std::string::npos);
}

TEST_CASE("all-day events use DATE values, timed events a TZID and a DURATION") {
    auto p = noCustomers();
    auto timed = planned(p, "2026-11-23", "Präsentation");
    timed.time = "14:30";
    timed.duration_minutes = 90;
    p.activities = {planned(p, "2026-11-23", "ganztags"), planned(p, "2026-12-31", "Silvester"),
                    planned(p, "2028-02-28", "Schaltjahr"), planned(p, "9999-12-31", "Ende"), timed};
    const auto found = events(icsOf(p));
    REQUIRE(found.size() == 5);
    CHECK(value(found[0], "DTSTART;VALUE=DATE") == "20261123");
    CHECK(value(found[0], "DTEND;VALUE=DATE") == "20261124");
    CHECK(value(found[0], "DURATION") == "<absent>");
    CHECK(value(found[1], "DTEND;VALUE=DATE") == "20270101");
    CHECK(value(found[2], "DTEND;VALUE=DATE") == "20280229");
    CHECK(value(found[3], "DURATION") == "P1D");  // no five-digit year in a DATE
    CHECK(value(found[4], "DTSTART;TZID=Europe/Berlin") == "20261123T143000");
    CHECK(value(found[4], "DURATION") == "PT90M");
    CHECK(value(found[4], "DTEND;VALUE=DATE") == "<absent>");
}

TEST_CASE("a timed event without a duration lasts 60 minutes; a bad time makes it all-day") {
    auto p = noCustomers();
    auto none = planned(p, "2026-11-23", "kurz"), negative = planned(p, "2026-11-23", "negativ");
    none.time = negative.time = "08:05";
    negative.duration_minutes = -15;
    auto bad_time = planned(p, "2026-11-23", "Uhrzeit kaputt");
    bad_time.time = "25:00";
    p.activities = {none, negative, bad_time};
    const auto found = events(icsOf(p));
    REQUIRE(found.size() == 3);
    CHECK(value(found[0], "DTSTART;TZID=Europe/Berlin") == "20261123T080500");
    CHECK(value(found[0], "DURATION") == "PT60M");
    CHECK(value(found[1], "DURATION") == "PT60M");
    CHECK(value(found[2], "DTSTART;VALUE=DATE") == "20261123");
}

TEST_CASE("a VTIMEZONE for Europe/Berlin comes with timed events only") {
    auto p = noCustomers();
    p.activities.push_back(planned(p, "2026-11-23", "ganztags"));
    CHECK(icsOf(p).find("BEGIN:VTIMEZONE") == std::string::npos);
    auto timed = planned(p, "2026-11-23", "Termin");
    timed.time = "10:00";
    p.activities.push_back(timed);
    const Lines lines = contentLines(icsOf(p));
    const auto begin = std::find(lines.begin(), lines.end(), "BEGIN:VTIMEZONE");
    const auto end = std::find(lines.begin(), lines.end(), "END:VTIMEZONE");
    REQUIRE((begin != lines.end() && end != lines.end()));
    CHECK(begin < std::find(lines.begin(), lines.end(), "BEGIN:VEVENT"));
    const Lines zone(begin, end + 1);
    for (const char* expected :
         {"TZID:Europe/Berlin", "BEGIN:STANDARD", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"})
        CHECK_MESSAGE(std::count(zone.begin(), zone.end(), expected) == 1, expected);

    exports::IcsOptions unknown = optionsAt("20261123T090000Z");
    unknown.timezone = "Mars/Olympus_Mons";  // no rules known: floating local time, no TZID to define
    const std::string floating = icsOf(p, Language::English, unknown);
    CHECK(floating.find("VTIMEZONE") == std::string::npos);
    CHECK(value(events(floating).at(1), "DTSTART") == "20261123T100000");
}

TEST_CASE("the description names customer, contact, step and outcome in the rep's language") {
    auto p = withCustomer();
    auto a = planned(p, "2026-11-23", "Konzept präsentieren");
    a.customer_id = 1;
    a.contact_id = 2;
    a.step_key = "proposals";
    auto reduced = planned(p, "2026-11-24", "");
    reduced.step_key = "reduced.goals";
    p.activities = {a, reduced, planned(p, "2026-11-25", "nur Aktion")};
    const auto en = events(icsOf(p, Language::English));
    CHECK(value(en[0], "DESCRIPTION") ==
          "Customer: Lindenfels Verpackung\\nContact: Frau Gerens (Einkaufsleiterin)\\nStep: Proposals");
    CHECK(value(en[1], "DESCRIPTION") == "Step: Goals");
    CHECK(value(en[1], "SUMMARY") == "Activity (no action given)");
    CHECK(value(en[2], "DESCRIPTION") == "<absent>");
    const auto de = events(icsOf(p, Language::German));
    CHECK(value(de[0], "DESCRIPTION") ==
          "Kunde: Lindenfels Verpackung\\nAnsprechpartner: Frau Gerens (Einkaufsleiterin)\\nSchritt: Vorschläge");
    CHECK(value(de[1], "SUMMARY") == "Aktivität (ohne Angabe)");
}

// ---- Independent check: the export read back by Python's icalendar module ----

namespace {

using ParsedEvent = std::vector<std::string>;  // "field=value", in the order parse_ics.py prints them

using testing::shellQuoted;

std::pair<int, std::string> run(const std::string& command) { return testing::runCommand(command); }

std::string unescapeField(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool escaped = text[i] == '\\' && i + 1 < text.size();
        const char c = escaped ? text[++i] : text[i];
        out += !escaped ? c : c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
    }
    return out;
}

// parse_ics.py --fields prints "<event index> TAB <field> TAB <escaped value>" lines.
std::vector<ParsedEvent> parseFields(const std::string& output) {
    std::vector<ParsedEvent> parsed;
    std::size_t begin = 0;
    for (std::size_t end; (end = output.find('\n', begin)) != std::string::npos; begin = end + 1) {
        const std::string line = output.substr(begin, end - begin);
        const std::size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
        if (tab1 == std::string::npos || tab2 == std::string::npos) continue;  // e.g. a warning
        const std::size_t index = std::stoul(line.substr(0, tab1));
        if (parsed.size() <= index) parsed.resize(index + 1);
        parsed[index].push_back(line.substr(tab1 + 1, tab2 - tab1 - 1) + "=" + unescapeField(line.substr(tab2 + 1)));
    }
    return parsed;
}

// Not in here: a backslash right before "," or "n", or "%2C"-style text. Debian's icalendar
// 4.0.3 unescapes those wrongly ("\\," → ",", "\\n" → newline, "%2C" → ","); the exporter's
// escaping of them is checked by hand above.
model::Portfolio hostilePortfolio() {
    model::Portfolio p;
    model::Customer c;
    c.id = p.allocateId();
    c.name = "Müller & Söhne, Werk 2; Halle \\ Süd";
    c.contacts = {model::Contact{p.allocateId(), "Dr. Jürgen Ölmann", "Einkauf, Technik; Leitung", "", ""}};
    p.customers = {c};
    auto winter = planned(p, "2026-11-23", "Angebot, Teil 1; Preis \\ Rabatt\nÜbergabe 🚀 an Frau Größe – ÄÖÜäöüß");
    winter.time = "14:30";
    winter.duration_minutes = 90;
    winter.customer_id = 1;
    winter.contact_id = 2;
    winter.step_key = "proposals";
    winter.outcome = repeated("Budget 2027 genehmigt, Entscheidung in Q1; Tempo 🚀 gewünscht – „zügig“. ", 6);
    auto summer = planned(p, "2026-07-01", "Zeile 1\r\nZeile 2");
    summer.time = "09:00";
    auto all_day = planned(p, "2026-12-31", repeated("ä", 60));
    auto done = planned(p, "2026-11-24", "erledigt");
    done.status = ActivityStatus::Done;
    p.activities = {winter, summer, all_day, done};
    return p;
}

}  // namespace

TEST_CASE("Python's icalendar module reads back every field of a hostile export") {
    const std::filesystem::path python = "/usr/bin/python3";
    const auto script = std::filesystem::path(ETAPPE_FIXTURES_DIR).parent_path() / "ics" / "parse_ics.py";
    REQUIRE_MESSAGE(std::filesystem::exists(python),
                    "/usr/bin/python3 is missing: install python3 and python3-icalendar (scripts/setup-deps)");
    REQUIRE_MESSAGE(std::filesystem::exists(script), script.string());
    const auto p = hostilePortfolio();
    const auto file = std::filesystem::temp_directory_path() / ("etappe-ics-" + std::to_string(::getpid()) + ".ics");
    std::ofstream(file, std::ios::binary) << icsOf(p);
    const auto [status, output] =
        run(shellQuoted(python) + " " + shellQuoted(script) + " " + shellQuoted(file) + " --fields");
    std::filesystem::remove(file);
    INFO("parse_ics.py said:\n" << output);
    REQUIRE_MESSAGE(status != 2,
                    "the Python module icalendar is missing: install the Debian package python3-icalendar "
                    "(scripts/setup-deps installs it)");
    REQUIRE(status == 0);
    const auto parsed = parseFields(output);
    const auto& winter = p.activities[0];
    const std::string description = "Customer: " + p.customers[0].name +
                                    "\nContact: Dr. Jürgen Ölmann (Einkauf, Technik; Leitung)\nStep: Proposals" +
                                    "\nOutcome: " + winter.outcome;
    const std::vector<ParsedEvent> expected = {
        {"uid=activity-3@etappe.local", "summary=" + winter.action, "description=" + description,
         "dtstart=2026-11-23T14:30:00+01:00", "dtstart_is_date=false", "tzid=Europe/Berlin",
         "vtimezone_utc_offset=+01:00", "duration_minutes=90"},
        {"uid=activity-4@etappe.local", "summary=Zeile 1\nZeile 2", "description=",  // CRLF: one TEXT newline
         "dtstart=2026-07-01T09:00:00+02:00", "dtstart_is_date=false", "tzid=Europe/Berlin",
         "vtimezone_utc_offset=+02:00", "duration_minutes=60"},
        {"uid=activity-5@etappe.local", "summary=" + repeated("ä", 60), "description=", "dtstart=2026-12-31",
         "dtstart_is_date=true", "tzid=", "vtimezone_utc_offset=", "dtend=2027-01-01"}};
    REQUIRE(parsed.size() == expected.size());  // the done activity is not exported
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("event " << i);
        REQUIRE(parsed[i].size() == expected[i].size());  // no DTEND next to a DURATION or the other way round
        for (std::size_t k = 0; k < expected[i].size(); ++k) CHECK(parsed[i][k] == expected[i][k]);
    }
}
