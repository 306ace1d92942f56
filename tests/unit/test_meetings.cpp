// Meetings reach the calendar (issue 10, item 2): dated conversation plans and
// reduced plans are listed, sorted into the agenda beside the activities, and
// exported to .ics with a UID per plan that stays the same from export to export.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "exports/icalendar.h"
#include "rules/agenda.h"
#include "rules/meetings.h"
#include "rules/next_activity.h"

using namespace etappe;
using rules::AgendaBucket;

namespace {

// Wednesday 2026-11-25; its week runs Monday 23 to Sunday 29 November.
constexpr const char* kToday = "2026-11-25";

model::Customer customerWithClass(model::Id id, const char* name, method::CustomerClass chosen) {
    model::Customer c;
    c.id = id;
    c.name = name;
    c.customer_class = chosen;
    c.class_decision.overridden = true;  // the rep's class is in effect, whatever the revenue says
    c.class_decision.reason = "test";
    return c;
}

model::ConversationPlan plan(model::Id id, const char* date, const char* time) {
    model::ConversationPlan p;
    p.id = id;
    p.date = date;
    p.time = time;
    return p;
}

// Customer 1 (A): plans 10 (past), 11 (today 10:00), 12 (undated), 13 (next week);
// customer 2 (B): reduced plan on Friday; customer 3 (A): an old reduced plan date.
model::Portfolio meetingPortfolio() {
    model::Portfolio p;
    model::Customer a = customerWithClass(1, "Strassberger Fördersysteme", method::CustomerClass::A);
    a.contacts = {model::Contact{5, "Markus Wendt", "Einkaufsleiter", "", ""}};
    a.plans = {plan(10, "2026-11-20", "09:00"), plan(11, kToday, "10:00"), plan(12, "", ""),
               plan(13, "2026-12-02", "")};
    a.plans[1].place = "Vor Ort in Regensburg";
    a.plans[1].goal = "Rahmenvertrag verlängern";
    a.plans[1].attendee_ids = {5};
    model::Customer b = customerWithClass(2, "Brauerei Zwickelhof", method::CustomerClass::B);
    b.reduced_plan.date = "2026-11-27";
    b.reduced_plan.factual_solution = "Wartungsvertrag für die Abfüllanlage";
    model::Customer stale = customerWithClass(3, "Lindenfels", method::CustomerClass::A);
    stale.reduced_plan.date = "2026-11-26";  // from when it was a B customer: the planner no longer shows it
    p.customers = {a, b, stale};
    model::Activity call;
    call.id = 20;
    call.date = kToday;
    call.time = "10:00";
    call.action = "Herrn Wendt das Konzept vorstellen";
    p.activities = {call};
    p.next_id = 30;
    return p;
}

// Long lines are folded (CRLF and a space); the checks read them unfolded.
std::string unfolded(std::string ics) {
    for (std::size_t at; (at = ics.find("\r\n ")) != std::string::npos;) ics.erase(at, 3);
    return ics;
}

}  // namespace

TEST_CASE("meetings: every dated plan and the reduced plans of B and C customers") {
    const model::Portfolio p = meetingPortfolio();
    const rules::Classification classes = rules::classify(p);
    const std::vector<rules::Meeting> expected = {
        {1, 10, "2026-11-20", "09:00"}, {1, 11, kToday, "10:00"}, {1, 13, "2026-12-02", ""}, {2, 0, "2026-11-27", ""}};
    CHECK(rules::meetingsOf(p, &classes) == expected);
    CHECK(rules::meetingsOf(p, nullptr).size() == 5);  // without a classification the stale one counts too
}

TEST_CASE("meetings: the agenda places them beside the activities, a meeting first in its slot") {
    const model::Portfolio p = meetingPortfolio();
    const rules::Classification classes = rules::classify(p);
    const rules::Agenda agenda = rules::buildAgenda(p, kToday, &classes);
    REQUIRE(agenda.entries.size() == 5);  // one activity, four meetings
    const auto meetingAt = [&](std::size_t row) -> const rules::Meeting* {
        const int index = agenda.entries[row].meeting_index;
        return index < 0 ? nullptr : &agenda.meetings[static_cast<std::size_t>(index)];
    };
    // Today: the meeting at 10:00 before the activity at 10:00.
    CHECK(agenda.entries[0].bucket == AgendaBucket::Today);
    REQUIRE(meetingAt(0) != nullptr);
    CHECK(meetingAt(0)->plan_id == 11);
    CHECK(agenda.entries[1].bucket == AgendaBucket::Today);
    CHECK(agenda.entries[1].activity_index == 0);
    CHECK(agenda.entries[1].meeting_index == -1);
    // This week: the B customer's contact on Friday; later: next week's plan; the past one has taken place.
    CHECK(agenda.entries[2].bucket == AgendaBucket::ThisWeek);
    CHECK(meetingAt(2)->reduced());
    CHECK(agenda.entries[3].bucket == AgendaBucket::Later);
    CHECK(meetingAt(3)->plan_id == 13);
    CHECK(agenda.entries[4].bucket == AgendaBucket::Closed);
    CHECK(meetingAt(4)->plan_id == 10);
    CHECK(agenda.counts[static_cast<std::size_t>(AgendaBucket::Today)] == 2);
    CHECK(agenda.counts[static_cast<std::size_t>(AgendaBucket::Closed)] == 1);
}

TEST_CASE("meetings: exported to .ics with a stable UID, place, attendees and goal") {
    exports::IcsOptions options;
    options.dtstamp_utc = "20261123T090000Z";
    const model::Portfolio p = meetingPortfolio();
    const std::string ics = unfolded(exports::activitiesToIcs(p, i18n::Translator(i18n::Language::German), options));
    CHECK(ics.find("UID:plan-11@etappe.local\r\n") != std::string::npos);
    CHECK(ics.find("UID:plan-10@etappe.local\r\n") != std::string::npos);
    CHECK(ics.find("UID:plan-13@etappe.local\r\n") != std::string::npos);
    CHECK(ics.find("UID:reduced-2@etappe.local\r\n") != std::string::npos);
    CHECK(ics.find("UID:reduced-3@") == std::string::npos);  // the customer is treated as A now
    CHECK(ics.find("plan-12@") == std::string::npos);        // no date, no event
    CHECK(ics.find("DTSTART;TZID=Europe/Berlin:20261125T100000\r\n") != std::string::npos);
    CHECK(ics.find("SUMMARY:Gespräch mit Strassberger Fördersysteme – Rahmenvertrag verlängern\r\n") !=
          std::string::npos);
    CHECK(ics.find("LOCATION:Vor Ort in Regensburg\r\n") != std::string::npos);
    CHECK(ics.find("Teilnehmer: Markus Wendt (Einkaufsleiter)") != std::string::npos);
    CHECK(ics.find("SUMMARY:Kontakt mit Brauerei Zwickelhof (B/C)\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART;VALUE=DATE:20261127\r\n") != std::string::npos);

    // Editing the plan keeps its UID, so a calendar updates the event instead of adding a second one.
    model::Portfolio moved = p;
    moved.customers[0].plans[1].date = "2026-11-26";
    const std::string again = exports::activitiesToIcs(moved, i18n::Translator(i18n::Language::German), options);
    CHECK(again.find("UID:plan-11@etappe.local\r\n") != std::string::npos);
    CHECK(again.find("DTSTART;TZID=Europe/Berlin:20261126T100000\r\n") != std::string::npos);
}

TEST_CASE("an activity planned from a plan takes its customer, first attendee and current step") {
    model::Portfolio p = meetingPortfolio();
    const model::Customer& customer = p.customers[0];
    model::ConversationPlan open = customer.plans[1];  // attendee 5, no ticks yet: step 1 is where it stands
    open.attendee_ids = {99, 5};                       // 99 is no contact of this customer
    const model::Activity next = rules::activityFromPlan(customer, &open, 40, kToday);
    CHECK(next.id == 40);
    CHECK(next.customer_id == 1);
    CHECK(next.contact_id == 5);
    CHECK(next.step_key == "reflection");
    CHECK(next.date == "2026-11-26");
    CHECK(next.status == model::ActivityStatus::Planned);
    // Without a plan (a B customer): customer and day only.
    const model::Activity reduced = rules::activityFromPlan(p.customers[1], nullptr, 41, kToday);
    CHECK(reduced.customer_id == 2);
    CHECK(reduced.contact_id == model::kNoId);
    CHECK(reduced.step_key.empty());
}
