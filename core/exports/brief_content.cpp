// Gathers what goes into a meeting brief, in the translator's language, once for both formats.
#include "exports/brief_content.h"

#include <algorithm>
#include <string_view>

#include "dates/date_format.h"
#include "i18n/format.h"
#include "method/customer_class.h"
#include "method/plan_fields.h"
#include "method/reduced_elements.h"

namespace etappe::exports::detail {

namespace {

using i18n::Translator;

std::string trimmed(std::string_view text) {
    constexpr std::string_view kBlank = " \t\r\n";
    const auto first = text.find_first_not_of(kBlank);
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(kBlank) - first + 1));
}

Span typed(std::string_view text) { return Span{trimmed(text), true}; }
Span fixed(std::string text) { return Span{std::move(text), false}; }

// Fills the %s / %d slots of a translated pattern with `args`, in order; "%%" is a percent sign.
Line fill(std::string_view pattern, const Line& args) {
    Line line;
    std::string run;
    std::size_t next_arg = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '%' || i + 1 == pattern.size()) {
            run += pattern[i];
            continue;
        }
        if (pattern[++i] == '%') {
            run += '%';
            continue;
        }
        line.push_back(fixed(std::move(run)));
        run.clear();
        if (next_arg < args.size()) line.push_back(args[next_arg++]);
    }
    line.push_back(fixed(std::move(run)));
    return line;
}

std::string joined(const Line& line) {
    std::string out;
    for (const Span& span : line) out += span.text;
    return out;
}

std::string stepKey(std::size_t index) { return std::string(method::conversationStepKey(method::conversationStepAt(index))); }

std::string stepTitle(const Translator& tr, std::size_t index) {
    return std::to_string(index + 1) + " " + tr.text("step." + stepKey(index) + ".name");
}

// "23.11.2026, 10:00 Uhr". A date that isn't ISO comes back unchanged from formatIsoDate and is
// then just what the user typed.
Line whenLine(const std::string& iso_date, const std::string& time, const Translator& tr) {
    const std::string date = dates::formatIsoDate(iso_date, tr.language());
    Line line;
    if (!trimmed(iso_date).empty()) line.push_back(Span{date, date == iso_date});
    if (trimmed(time).empty()) return line;
    if (!line.empty()) line.push_back(fixed(", "));
    for (Span& span : fill(tr.text("brief.time"), {typed(time)})) line.push_back(std::move(span));
    return line;
}

void addFact(std::vector<Fact>& facts, const char* label, Line value) {
    for (const Span& span : value) {
        if (!span.text.empty()) {
            facts.push_back(Fact{label, std::move(value)});
            return;
        }
    }
}

// The customer's facts after the meeting's own (when, where).
void addCustomerFacts(std::vector<Fact>& facts, const model::Customer& customer, const Translator& tr) {
    addFact(facts, tr.text("brief.class"), {fixed(std::string(method::customerClassKey(customer.customer_class)))});
    addFact(facts, tr.text("brief.city"), {typed(customer.city)});
    addFact(facts, tr.text("brief.industry"), {typed(customer.industry)});
    // No revenue entered reads better as no line than as "0,00 €". Currency codes are
    // checked on load (three capital letters), so the amount needs no escaping.
    if (customer.annual_revenue.cents != 0) {
        addFact(facts, tr.text("brief.revenue"), {fixed(i18n::formatMoney(customer.annual_revenue, tr.language()))});
    }
}

std::vector<Fact> gatherFacts(const model::Customer& customer, const model::ConversationPlan& plan,
                              const Translator& tr) {
    std::vector<Fact> facts;
    addFact(facts, tr.text("brief.when"), whenLine(plan.date, plan.time, tr));
    addFact(facts, tr.text("brief.place"), {typed(plan.place)});
    addCustomerFacts(facts, customer, tr);
    return facts;
}

std::vector<Attendee> gatherAttendees(const model::Customer& customer, const model::ConversationPlan& plan) {
    std::vector<Attendee> attendees;
    for (const model::Id id : plan.attendee_ids) {
        const model::Contact* contact = customer.findContact(id);
        if (contact == nullptr) continue;  // removed since the plan was made
        attendees.push_back(Attendee{trimmed(contact->name), trimmed(contact->role), trimmed(contact->phone),
                                     trimmed(contact->email)});
    }
    return attendees;
}

// The brief is taken into the meeting: the steps after it (follow-up, reward, support,
// retention) are done at the desk afterwards, so their checkpoints and fields stay in the planner.
constexpr std::size_t kMeetingSteps = static_cast<std::size_t>(method::ConversationStep::Ending) + 1;

bool inMeeting(method::ConversationStep step) {
    return static_cast<std::size_t>(step) < kMeetingSteps;
}

void gatherProgress(BriefContent& brief, const model::ConversationPlan& plan, const Translator& tr) {
    std::string open_steps;
    for (std::size_t s = 0; s < kMeetingSteps; ++s) {
        for (const bool checked : plan.steps[s].checkpoints) brief.checked += checked ? 1 : 0;
        brief.checkpoints += static_cast<int>(method::kCheckpointsPerStep);
        const auto& checkpoints = plan.steps[s].checkpoints;
        if (std::find(checkpoints.begin(), checkpoints.end(), false) != checkpoints.end())
            open_steps += (open_steps.empty() ? "" : ", ") + stepTitle(tr, s);
    }
    brief.progress_line = joined(fill(tr.text("brief.progress_line"),
                                      {fixed(std::to_string(brief.checked)), fixed(std::to_string(brief.checkpoints))}));
    if (!open_steps.empty()) brief.open_line = joined(fill(tr.text("brief.open_steps"), {fixed(open_steps)}));
}

void addText(std::vector<Field>& fields, const char* heading, const std::string& text) {
    const Span span = typed(text);
    if (!span.text.empty()) fields.push_back(Field{heading, {{span}}, true});
}

void addEntries(std::vector<Field>& fields, const char* heading, std::vector<Line> entries) {
    if (!entries.empty()) fields.push_back(Field{heading, std::move(entries), false});
}

std::vector<Line> listEntries(const std::vector<std::string>& items) {
    std::vector<Line> entries;
    for (const std::string& item : items) {
        if (!trimmed(item).empty()) entries.push_back({typed(item)});
    }
    return entries;
}

// Parts joined with arrows; a part not yet written shows as "…" so the rep sees the gap.
// Nothing at all when every part is empty.
std::vector<Line> chains(const std::vector<std::vector<std::string>>& rows) {
    std::vector<Line> entries;
    for (const auto& parts : rows) {
        Line line;
        bool any = false;
        for (const std::string& part : parts) {
            if (!line.empty()) line.push_back(fixed(" → "));
            const Span span = typed(part);
            any = any || !span.text.empty();
            line.push_back(span.text.empty() ? fixed("…") : span);
        }
        if (any) entries.push_back(std::move(line));
    }
    return entries;
}

std::vector<Line> stepNotes(const model::ConversationPlan& plan, const Translator& tr) {
    std::vector<Line> entries;
    for (std::size_t s = 0; s < kMeetingSteps; ++s) {
        const Span note = typed(plan.steps[s].notes);
        if (!note.text.empty()) entries.push_back({fixed(stepTitle(tr, s) + ": "), note});
    }
    return entries;
}

std::vector<Field> gatherPrepared(const model::ConversationPlan& plan, const Translator& tr) {
    std::vector<Field> fields;
    // Every described field of the steps up to the meeting's end, in the method's order, under
    // "brief.<key>": texts as paragraphs, lists as entries, records as chains of their parts.
    for (const method::PlanField& field : method::kPlanFields) {
        if (!inMeeting(field.step)) continue;
        const char* heading = tr.text("brief." + std::string(field.key));
        std::visit(
            [&](auto member) {
                const auto& value = plan.*member;
                using Value = std::remove_cvref_t<decltype(value)>;
                if constexpr (std::is_same_v<Value, std::string>) {
                    addText(fields, heading, value);
                } else if constexpr (std::is_same_v<Value, std::vector<std::string>>) {
                    addEntries(fields, heading, listEntries(value));
                } else {
                    std::vector<std::vector<std::string>> rows;
                    for (const auto& record : value) {
                        std::vector<std::string>& parts = rows.emplace_back();
                        for (const auto& part : method::partsOf(&record)) parts.push_back(record.*part.text);
                    }
                    addEntries(fields, heading, chains(rows));
                }
            },
            field.member);
    }
    addEntries(fields, tr.text("brief.step_notes"), stepNotes(plan, tr));
    return fields;
}

std::vector<Gap> gatherGaps(const model::Customer& customer, const Translator& tr) {
    std::vector<Gap> gaps;
    for (std::size_t a = 0; a < method::kKnowledgeAreaCount; ++a) {
        const model::KnowledgeNote& known = customer.knowledge[a];
        if (known.level == method::KnowledgeLevel::Known) continue;
        const std::string key = "knowledge." + std::string(method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(a)));
        gaps.push_back(Gap{tr.text(key + ".name"),
                           tr.text("knowledge_level." + std::string(method::knowledgeLevelKey(known.level))),
                           trimmed(known.note), tr.text(key + ".question")});
    }
    return gaps;
}

// "10.12.2026, 19:00 · Andreas Strassberger: thank him for …"; without one, the reminder that a
// meeting ends with the next step agreed and dated (METHOD §8).
Line nextStepLine(const model::Customer& customer, const model::Activity* next, const Translator& tr) {
    if (next == nullptr) return {fixed(tr.text("brief.next_none"))};
    Line line = whenLine(next->date, next->time, tr);
    line.push_back(fixed(" · "));
    if (const model::Contact* contact = customer.findContact(next->contact_id);
        contact && !trimmed(contact->name).empty()) {
        line.push_back(typed(contact->name));
        line.push_back(fixed(": "));
    }
    line.push_back(typed(next->action));
    return line;
}

// What both briefs share: title, labels, attendees or contacts, the next step.
BriefContent commonParts(const model::Customer& customer, const model::Activity* next, const Translator& tr) {
    BriefContent brief;
    brief.language = i18n::languageCode(tr.language());
    brief.title = fill(tr.text("brief.title"), {typed(customer.name)});
    brief.phone_label = tr.text("brief.phone");
    brief.email_label = tr.text("brief.email");
    brief.next_heading = tr.text("brief.next");
    brief.next_step = nextStepLine(customer, next, tr);
    brief.progress_heading = tr.text("brief.progress");
    brief.prepared_heading = tr.text("brief.prepared");
    brief.gaps_heading = tr.text("brief.gaps");
    brief.note_label = tr.text("brief.gap_note");
    brief.question_label = tr.text("brief.gap_question");
    return brief;
}

// One entry per filled field of an element: "Factual solution: …".
Field reducedElement(const model::ReducedPlan& plan, std::size_t element, const Translator& tr) {
    const std::string key = std::string(method::kReducedElements[element]);
    Field field{std::to_string(element + 1) + " " + tr.text("reduced." + key + ".name"), {}, false};
    for (const method::ReducedField& described : method::kReducedFields) {
        if (described.element != element) continue;
        const Span text = typed(plan.*described.text);
        if (text.text.empty()) continue;
        field.entries.push_back(
            {fixed(tr.text("reduced.field." + std::string(described.key)) + std::string(": ")), text});
    }
    return field;
}

}  // namespace

bool hasReducedContent(const model::ReducedPlan& plan) {
    for (const method::ReducedField& field : method::kReducedFields) {
        if (!trimmed(plan.*field.text).empty()) return true;
    }
    return false;
}

BriefContent gatherBrief(const model::Customer& customer, const model::ConversationPlan& plan,
                         const model::Activity* next, const i18n::Translator& tr) {
    BriefContent brief = commonParts(customer, next, tr);
    brief.facts = gatherFacts(customer, plan, tr);
    brief.goal_heading = tr.text("brief.goal");
    brief.goal = trimmed(plan.goal);
    brief.attendees_heading = tr.text("brief.attendees");
    brief.attendees = gatherAttendees(customer, plan);
    gatherProgress(brief, plan, tr);
    brief.prepared = gatherPrepared(plan, tr);
    brief.gaps = gatherGaps(customer, tr);
    return brief;
}

// The reduced process has no attendee list and no checkpoints: every contact is listed, and the
// progress is the elements ticked as prepared.
BriefContent gatherReducedBrief(const model::Customer& customer, const model::Activity* next,
                                const i18n::Translator& tr) {
    const model::ReducedPlan& plan = customer.reduced_plan;
    BriefContent brief = commonParts(customer, next, tr);
    addFact(brief.facts, tr.text("brief.next_contact"), whenLine(plan.date, "", tr));
    addCustomerFacts(brief.facts, customer, tr);
    brief.attendees_heading = tr.text("brief.contacts");
    for (const model::Contact& contact : customer.contacts) {
        brief.attendees.push_back(
            Attendee{trimmed(contact.name), trimmed(contact.role), trimmed(contact.phone), trimmed(contact.email)});
    }
    std::string open_elements;
    for (std::size_t e = 0; e < method::kReducedElements.size(); ++e) {
        if (plan.done[e]) {
            ++brief.checked;
        } else {
            open_elements += (open_elements.empty() ? "" : ", ") +
                             std::string(tr.text("reduced." + std::string(method::kReducedElements[e]) + ".name"));
        }
        if (Field field = reducedElement(plan, e, tr); !field.entries.empty())
            brief.prepared.push_back(std::move(field));
    }
    brief.checkpoints = static_cast<int>(method::kReducedElements.size());
    brief.progress_line = joined(fill(
        tr.text("reduced.progress"), {fixed(std::to_string(brief.checked)), fixed(std::to_string(brief.checkpoints))}));
    if (!open_elements.empty()) brief.open_line = joined(fill(tr.text("brief.open_steps"), {fixed(open_elements)}));
    return brief;
}

}  // namespace etappe::exports::detail
