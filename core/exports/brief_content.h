#pragma once
// Internal to core/exports: the brief's content, gathered and translated once, then
// laid out by the Markdown writer (brief_markdown.cpp) and the HTML writer (brief_html.cpp).
#include <string>
#include <vector>

#include "i18n/translator.h"
#include "model/activity.h"
#include "model/customer.h"

namespace etappe::exports {
struct BriefTarget;
}

namespace etappe::exports::detail {

// A piece of text. `typed` marks what the user typed: each writer escapes it for its
// format. The app's own words (translations, formatted dates and numbers) are trusted
// in Markdown, so a printed "23.11.2026" doesn't turn into "23\.11\.2026".
struct Span {
    std::string text;
    bool typed = false;
};
using Line = std::vector<Span>;

struct Fact {
    std::string label;
    Line value;
};

struct Attendee {  // all typed
    std::string name;
    std::string role;
    std::string phone;
    std::string email;
};

// One prepared field: a free text shown as a paragraph, or a list of entries.
struct Field {
    std::string heading;
    std::vector<Line> entries;
    bool paragraph = false;
};

struct Gap {
    std::string area;
    std::string level;
    std::string note;  // typed, may be empty
    std::string question;
};

struct BriefContent {
    std::string language;  // "en", "de"
    Line title;
    std::vector<Fact> facts;
    std::string goal_heading;
    std::string goal;  // typed
    std::string attendees_heading;
    std::vector<Attendee> attendees;
    std::string phone_label;
    std::string email_label;
    std::string next_heading;
    Line next_step;  // the next dated activity after the meeting, or a hint to agree one
    std::string progress_heading;
    std::string progress_line;  // "11 of 36 checkpoints up to the end of the meeting"
    int checked = 0;
    int checkpoints = 0;
    std::string open_line;  // "Not prepared yet: 4 Opening, …", empty when all is prepared
    std::string prepared_heading;
    std::vector<Field> prepared;
    std::string gaps_heading;
    std::string note_label;
    std::string question_label;
    std::vector<Gap> gaps;
};

// A brief for one meeting with an A customer, and one for the next contact with a B or C customer
// (the reduced plan's five elements and all contacts). `next` is the customer's next dated
// activity after the meeting, or null.
BriefContent gatherBrief(const model::Customer& customer, const model::ConversationPlan& plan,
                         const model::Activity* next, const i18n::Translator& tr);
BriefContent gatherReducedBrief(const model::Customer& customer, const model::Activity* next,
                                const i18n::Translator& tr);

// The content of a briefable target (brief_export.h): the meeting's brief or the reduced plan's,
// with the class in effect. Every brief file, whatever its format, is laid out from this.
BriefContent gatherTargetBrief(const BriefTarget& target, const i18n::Translator& tr);

// Whether a reduced plan holds anything typed to brief from.
bool hasReducedContent(const model::ReducedPlan& plan);

std::string writeMarkdown(const BriefContent& brief);
std::string writeHtml(const BriefContent& brief);

}  // namespace etappe::exports::detail
