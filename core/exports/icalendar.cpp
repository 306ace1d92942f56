// Planned activities and meetings as an iCalendar file (RFC 5545).
#include "exports/icalendar.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "dates/clock.h"
#include "dates/iso_date.h"
#include "rules/meetings.h"

namespace etappe::exports {

namespace {

constexpr std::size_t kMaxLineOctets = 75;  // RFC 5545 §3.1, excluding the CRLF
constexpr int kDefaultDurationMinutes = 60;
constexpr std::string_view kDefaultUidDomain = "etappe.local";
constexpr std::string_view kMissingText = "[missing text]";  // what Translator::text returns for an unknown key

// Zones that follow the EU's CET/CEST rules, so the one VTIMEZONE below describes
// them. Any other zone gets floating local times: no TZID we cannot define.
constexpr std::array<std::string_view, 12> kCentralEuropeanZones = {
    "Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/Amsterdam",  "Europe/Brussels", "Europe/Luxembourg",
    "Europe/Paris",  "Europe/Rome",   "Europe/Madrid", "Europe/Copenhagen", "Europe/Prague",   "Europe/Warsaw"};

bool isKnownZone(std::string_view zone) {
    return std::find(kCentralEuropeanZones.begin(), kCentralEuropeanZones.end(), zone) != kCentralEuropeanZones.end();
}

// ---- Text values and content lines ----

bool isDroppedControl(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7F;  // content lines allow no control characters but HTAB
}

// TEXT escaping (RFC 5545 §3.3.11): \ ; , and line breaks (LF, CRLF or a lone CR).
std::string escapeText(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
        } else if (!isDroppedControl(c)) {
            out += c;
        }
    }
    return out;
}

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// End of a chunk of at most `room` octets from `begin` that does not split a UTF-8 sequence.
std::size_t chunkEnd(std::string_view line, std::size_t begin, std::size_t room) {
    const std::size_t limit = begin + room;
    if (limit >= line.size()) return line.size();
    std::size_t cut = limit;
    while (cut > begin && isContinuationByte(line[cut])) --cut;
    return cut == begin ? limit : cut;  // only malformed UTF-8 has no boundary: cut at the limit
}

// Folding (RFC 5545 §3.1): physical lines of at most 75 octets, continued by CRLF + space.
void appendFolded(std::string& out, std::string_view line) {
    std::size_t begin = 0;
    std::size_t room = kMaxLineOctets;
    for (;;) {
        const std::size_t end = chunkEnd(line, begin, room);
        out.append(line.substr(begin, end - begin));
        out += "\r\n";
        if (end >= line.size()) return;
        out += ' ';
        begin = end;
        room = kMaxLineOctets - 1;  // the leading space counts
    }
}

class IcsWriter {
public:
    void line(std::string_view content) { appendFolded(out_, content); }
    void property(std::string_view name, std::string_view value) { line(std::string(name) + ":" + std::string(value)); }
    void text(std::string_view name, std::string_view value) { property(name, escapeText(value)); }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

// ---- Dates and times ----

// "2026-11-23" → "20261123"; the date is already checked by dates::isIsoDate.
std::string basicDate(std::string_view iso) {
    std::string basic(iso);
    std::erase(basic, '-');
    return basic;
}

// The day after an ISO date, as YYYYMMDD; empty when it would leave the four-digit years.
std::string nextBasicDate(std::string_view iso) { return basicDate(dates::addDays(iso, 1)); }

bool isUtcStamp(std::string_view text) {
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z') return false;
    for (std::size_t i = 0; i < 15; ++i) {
        if (i != 8 && (text[i] < '0' || text[i] > '9')) return false;
    }
    return true;
}

// ---- Calendar parts ----

struct ExportContext {
    const model::Portfolio& portfolio;
    const i18n::Translator& tr;
    std::string zone;  // empty = floating local times
    std::string dtstamp;
    std::string uid_domain;
};

bool isExported(const model::Activity& activity) {
    return activity.status == model::ActivityStatus::Planned && dates::isIsoDate(activity.date);
}

bool isTimed(const model::Activity& activity) {
    return dates::isClockTime(activity.time);
}

void writeCalendarHeader(IcsWriter& out) {
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//Etappe//Etappe Activity Planner//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
}

void writeObservance(IcsWriter& out, std::string_view kind, std::string_view name, std::string_view from,
                     std::string_view to, std::string_view start, std::string_view month) {
    out.property("BEGIN", kind);
    out.property("TZOFFSETFROM", from);
    out.property("TZOFFSETTO", to);
    out.property("TZNAME", name);
    out.property("DTSTART", start);
    out.line("RRULE:FREQ=YEARLY;BYMONTH=" + std::string(month) + ";BYDAY=-1SU");
    out.property("END", kind);
}

// Central European time since 1996: CEST from the last Sunday of March 02:00,
// CET from the last Sunday of October 03:00 (local time). DTSTARTs match the RRULEs.
void writeCentralEuropeanZone(IcsWriter& out, std::string_view zone) {
    out.line("BEGIN:VTIMEZONE");
    out.property("TZID", zone);
    writeObservance(out, "DAYLIGHT", "CEST", "+0100", "+0200", "19700329T020000", "3");
    writeObservance(out, "STANDARD", "CET", "+0200", "+0100", "19701025T030000", "10");
    out.line("END:VTIMEZONE");
}

std::string stepName(const i18n::Translator& tr, const std::string& step_key) {
    const bool reduced = step_key.starts_with("reduced.");
    const std::string name = tr.text(reduced ? step_key + ".name" : "step." + step_key + ".name");
    return name == kMissingText ? step_key : name;  // an unknown key still says which step was meant
}

std::string labelled(const i18n::Translator& tr, const char* label_key, std::string_view value) {
    return std::string(tr.text(label_key)) + ": " + std::string(value);
}

std::string contactText(const model::Contact& contact) {
    return contact.role.empty() ? contact.name : contact.name + " (" + contact.role + ")";
}

// Customer, contact, step and outcome as far as known, one per line.
std::string eventDescription(const ExportContext& ctx, const model::Activity& activity) {
    std::vector<std::string> lines;
    if (const model::Customer* customer = ctx.portfolio.findCustomer(activity.customer_id)) {
        lines.push_back(labelled(ctx.tr, "ics.customer", customer->name));
        if (const model::Contact* contact = customer->findContact(activity.contact_id))
            lines.push_back(labelled(ctx.tr, "ics.contact", contactText(*contact)));
    }
    if (!activity.step_key.empty()) lines.push_back(labelled(ctx.tr, "ics.step", stepName(ctx.tr, activity.step_key)));
    if (!activity.outcome.empty()) lines.push_back(labelled(ctx.tr, "ics.outcome", activity.outcome));
    std::string joined;
    for (const std::string& line : lines) {
        if (!joined.empty()) joined += '\n';  // escaped to the TEXT newline "\n"
        joined += line;
    }
    return joined;
}

std::string eventSummary(const ExportContext& ctx, const model::Activity& activity) {
    const bool blank = std::all_of(activity.action.begin(), activity.action.end(),
                                   [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
    return blank ? std::string(ctx.tr.text("ics.no_action")) : activity.action;
}

// When an event takes place: a date-time with a duration, or the whole day.
struct When {
    const std::string& date;
    const std::string& time;  // HH:MM, or anything else for an all-day event
    int duration_minutes = 0;
};

void writeWhen(IcsWriter& out, const ExportContext& ctx, const When& when) {
    if (dates::isClockTime(when.time)) {
        const std::string start = basicDate(when.date) + "T" + when.time.substr(0, 2) + when.time.substr(3, 2) + "00";
        out.property(ctx.zone.empty() ? "DTSTART" : "DTSTART;TZID=" + ctx.zone, start);
        const int minutes = when.duration_minutes > 0 ? when.duration_minutes : kDefaultDurationMinutes;
        out.property("DURATION", "PT" + std::to_string(minutes) + "M");
        return;
    }
    out.property("DTSTART;VALUE=DATE", basicDate(when.date));
    const std::string end = nextBasicDate(when.date);
    if (end.empty()) {
        out.property("DURATION", "P1D");  // 9999-12-31: the day after has no DATE form
    } else {
        out.property("DTEND;VALUE=DATE", end);
    }
}

void writeEvent(IcsWriter& out, const ExportContext& ctx, const model::Activity& activity) {
    out.line("BEGIN:VEVENT");
    out.text("UID", "activity-" + std::to_string(activity.id) + "@" + ctx.uid_domain);
    out.property("DTSTAMP", ctx.dtstamp);
    writeWhen(out, ctx, When{activity.date, activity.time, activity.duration_minutes});
    out.text("SUMMARY", eventSummary(ctx, activity));
    const std::string description = eventDescription(ctx, activity);
    if (!description.empty()) out.text("DESCRIPTION", description);
    out.line("END:VEVENT");
}

// ---- Meetings ----

std::string joinLines(const std::vector<std::string>& lines) {
    std::string joined;
    for (const std::string& line : lines) joined += (joined.empty() ? "" : "\n") + line;
    return joined;
}

// A text with one "%s" filled in, of any length (a customer's name has no bound).
std::string fillIn(std::string_view format, std::string_view value) {
    std::string text(format);
    if (const std::size_t at = text.find("%s"); at != std::string::npos) text.replace(at, 2, value);
    return text;
}

// "Meeting with Strassberger – Extend the framework contract".
std::string meetingSummary(const ExportContext& ctx, const model::Customer& customer, const rules::Meeting& meeting,
                           const model::ConversationPlan* plan) {
    std::string summary =
        fillIn(ctx.tr.text(meeting.reduced() ? "ics.contact_summary" : "ics.meeting_summary"), customer.name);
    if (plan && !plan->goal.empty()) summary += " \u2013 " + plan->goal;
    return summary;
}

std::string meetingDescription(const ExportContext& ctx, const model::Customer& customer,
                               const model::ConversationPlan* plan) {
    std::vector<std::string> lines = {labelled(ctx.tr, "ics.customer", customer.name)};
    if (plan) {
        std::string attendees;
        for (const model::Id id : plan->attendee_ids)
            if (const model::Contact* contact = customer.findContact(id))
                attendees += (attendees.empty() ? "" : ", ") + contactText(*contact);
        if (!attendees.empty()) lines.push_back(labelled(ctx.tr, "ics.attendees", attendees));
        if (!plan->goal.empty()) lines.push_back(labelled(ctx.tr, "ics.goal", plan->goal));
    } else {
        const model::ReducedPlan& reduced = customer.reduced_plan;
        const std::string& goal =
            reduced.factual_solution.empty() ? reduced.relationship_goal : reduced.factual_solution;
        if (!goal.empty()) lines.push_back(labelled(ctx.tr, "ics.goal", goal));
    }
    return joinLines(lines);
}

void writeMeeting(IcsWriter& out, const ExportContext& ctx, const rules::Meeting& meeting) {
    const model::Customer* customer = ctx.portfolio.findCustomer(meeting.customer_id);
    if (!customer) return;
    const model::ConversationPlan* plan = meeting.reduced() ? nullptr : customer->findPlan(meeting.plan_id);
    const std::string uid =
        meeting.reduced() ? "reduced-" + std::to_string(customer->id) : "plan-" + std::to_string(meeting.plan_id);
    out.line("BEGIN:VEVENT");
    out.text("UID", uid + "@" + ctx.uid_domain);
    out.property("DTSTAMP", ctx.dtstamp);
    writeWhen(out, ctx, When{meeting.date, meeting.time});
    out.text("SUMMARY", meetingSummary(ctx, *customer, meeting, plan));
    if (plan && !plan->place.empty()) out.text("LOCATION", plan->place);
    out.text("DESCRIPTION", meetingDescription(ctx, *customer, plan));
    out.line("END:VEVENT");
}

}  // namespace

std::string activitiesToIcs(const model::Portfolio& portfolio, const i18n::Translator& tr, const IcsOptions& options) {
    std::string dtstamp = isUtcStamp(options.dtstamp_utc) ? options.dtstamp_utc : dates::basicUtc(dates::nowUnixMs());
    const ExportContext ctx{portfolio, tr, isKnownZone(options.timezone) ? options.timezone : std::string(),
                            std::move(dtstamp),
                            options.uid_domain.empty() ? std::string(kDefaultUidDomain) : options.uid_domain};
    IcsWriter out;
    writeCalendarHeader(out);
    // The classification decides which reduced plans are still the customer's process.
    const rules::Classification classes = rules::classify(portfolio);
    const std::vector<rules::Meeting> meetings = rules::meetingsOf(portfolio, &classes);
    const bool any_timed =
        std::any_of(portfolio.activities.begin(), portfolio.activities.end(),
                    [](const model::Activity& a) { return isExported(a) && isTimed(a); }) ||
        std::any_of(meetings.begin(), meetings.end(), [](const rules::Meeting& m) { return !m.time.empty(); });
    if (any_timed && !ctx.zone.empty()) writeCentralEuropeanZone(out, ctx.zone);
    for (const model::Activity& activity : portfolio.activities) {
        if (isExported(activity)) writeEvent(out, ctx, activity);
    }
    for (const rules::Meeting& meeting : meetings) writeMeeting(out, ctx, meeting);
    out.line("END:VCALENDAR");
    return out.take();
}

}  // namespace etappe::exports
