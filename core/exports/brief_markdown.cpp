// Lays out a gathered brief as Markdown: headings, bullet lists, task-list checkboxes.
#include <string_view>

#include "exports/brief_content.h"

namespace etappe::exports::detail {

namespace {

// Everything that can start or end markup somewhere. Escaping all of it everywhere is
// noisier than escaping by position, but it cannot miss a position.
constexpr std::string_view kMarkdownSpecial = "\\`*_{}[]()#+-.!|~=";

// Typed text for Markdown. < > & become entities too, so a renderer that passes HTML
// through can't be handed a tag. A line break becomes a hard break whose next line starts
// with `continuation`, which keeps multi-line text inside its list item or quote; leading
// blanks are dropped there because four of them would start a code block.
std::string escaped(std::string_view text, std::string_view continuation) {
    std::string out;
    bool line_start = true;
    for (const char ch : text) {
        if (ch == '\r') continue;
        if (ch == '\n') {
            out.append("  \n").append(continuation);
            line_start = true;
            continue;
        }
        if (line_start && (ch == ' ' || ch == '\t')) continue;
        line_start = false;
        if (ch == '&') {
            out += "&amp;";
        } else if (ch == '<') {
            out += "&lt;";
        } else if (ch == '>') {
            out += "&gt;";
        } else {
            if (kMarkdownSpecial.find(ch) != std::string_view::npos) out += '\\';
            out += ch;
        }
    }
    return out;
}

std::string render(const Line& line, std::string_view continuation) {
    std::string out;
    for (const Span& span : line) out += span.typed ? escaped(span.text, continuation) : span.text;
    return out;
}

void heading(std::string& out, int level, std::string_view text) {
    out.append(static_cast<std::size_t>(level), '#').append(" ").append(text).append("\n\n");
}

void writeHeader(std::string& out, const BriefContent& brief) {
    heading(out, 1, render(brief.title, ""));
    for (const Fact& fact : brief.facts) out += "- **" + fact.label + ":** " + render(fact.value, "  ") + "\n";
    if (!brief.facts.empty()) out += "\n";
    if (brief.goal.empty()) return;
    heading(out, 2, brief.goal_heading);
    out += "> " + escaped(brief.goal, "> ") + "\n\n";
}

std::string attendeeLine(const BriefContent& brief, const Attendee& person) {
    std::string out = person.name.empty() ? "" : "**" + escaped(person.name, "  ") + "**";
    const auto add = [&out](std::string_view label, const std::string& value) {
        if (value.empty()) return;
        out.append(out.empty() ? "" : ", ").append(label).append(escaped(value, "  "));
    };
    add("", person.role);
    add(brief.phone_label + " ", person.phone);
    add(brief.email_label + " ", person.email);
    return out;
}

void writeAttendees(std::string& out, const BriefContent& brief) {
    if (brief.attendees.empty()) return;
    heading(out, 2, brief.attendees_heading);
    for (const Attendee& person : brief.attendees) out += "- " + attendeeLine(brief, person) + "\n";
    out += "\n";
}

void writeProgress(std::string& out, const BriefContent& brief) {
    heading(out, 2, brief.progress_heading);
    out += brief.progress_line + "\n\n";
    if (!brief.done_line.empty()) out += brief.done_line + "\n\n";
    if (brief.open_steps.empty()) return;
    heading(out, 3, brief.open_heading);
    for (const OpenStep& step : brief.open_steps) {
        out += "- " + step.title + "\n";
        for (const std::string& checkpoint : step.checkpoints) out += "  - [ ] " + checkpoint + "\n";
    }
    out += "\n";
}

void writePrepared(std::string& out, const BriefContent& brief) {
    if (brief.prepared.empty()) return;
    heading(out, 2, brief.prepared_heading);
    for (const Field& field : brief.prepared) {
        heading(out, 3, field.heading);
        for (const Line& entry : field.entries) {
            out += field.paragraph ? "> " + render(entry, "> ") : "- " + render(entry, "  ");
            out += "\n";
        }
        out += "\n";
    }
}

void writeGaps(std::string& out, const BriefContent& brief) {
    if (brief.gaps.empty()) return;
    heading(out, 2, brief.gaps_heading);
    for (const Gap& gap : brief.gaps) {
        out += "- **" + gap.area + "** (" + gap.level + ")\n";
        out += "  - " + brief.question_label + ": " + gap.question + "\n";
        if (!gap.note.empty()) out += "  - " + brief.note_label + ": " + escaped(gap.note, "    ") + "\n";
    }
    out += "\n";
}

}  // namespace

std::string writeMarkdown(const BriefContent& brief) {
    std::string out;
    writeHeader(out, brief);
    writeAttendees(out, brief);
    writeProgress(out, brief);
    writePrepared(out, brief);
    writeGaps(out, brief);
    while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
    return out;
}

}  // namespace etappe::exports::detail
