// Lays out a gathered brief as Markdown: headings, bullet lists, quotes.
#include <string_view>

#include "exports/brief_content.h"

namespace etappe::exports::detail {

namespace {

bool isAsciiAlnum(char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}
bool isAsciiPunct(char ch) {
    return ch > ' ' && ch < 0x7f && !isAsciiAlnum(ch);
}

// The character at `i`, or a line end past the text.
char charAt(std::string_view text, std::size_t i) {
    return i < text.size() ? text[i] : '\n';
}
bool isLineEnd(char ch) {
    return ch == '\n' || ch == '\r';
}

// "&amp;" or "&#38;": an & that a renderer would read as the start of an entity.
bool startsEntity(std::string_view text, std::size_t i) {
    std::size_t j = i + 1;
    if (charAt(text, j) == '#') ++j;
    const std::size_t first = j;
    while (isAsciiAlnum(charAt(text, j))) ++j;
    return j > first && charAt(text, j) == ';';
}

// How many characters at `i`, the first of a line, open a block: one for # > - + = _, the
// digits and the dot of "12. " or "12) ", none otherwise.
std::size_t blockMarkerLength(std::string_view text, std::size_t i) {
    if (std::string_view("#>-+=_").find(text[i]) != std::string_view::npos) return 1;
    std::size_t digits = 0;
    while (charAt(text, i + digits) >= '0' && charAt(text, i + digits) <= '9') ++digits;
    const char mark = charAt(text, i + digits);
    const char next = charAt(text, i + digits + 1);
    const bool list_number =
        digits > 0 && digits <= 9 && (mark == '.' || mark == ')') && (next == ' ' || next == '\t' || isLineEnd(next));
    return list_number ? digits + 1 : 0;
}

// Whether the character at `i` would be read as markup where it stands (not at a line start).
bool needsEscape(std::string_view text, std::size_t i) {
    const char ch = text[i];
    switch (ch) {
        case '*':
        case '`':
        case '[':
        case '~':
        case '|':
            return true;
        case '\\':
            return isAsciiPunct(charAt(text, i + 1)) || isLineEnd(charAt(text, i + 1));
        // Inside a word an underscore can neither open nor close emphasis ("max_mustermann").
        case '_':
            return !(i > 0 && isAsciiAlnum(text[i - 1]) && isAsciiAlnum(charAt(text, i + 1)));
        case '#':
            return isLineEnd(charAt(text, i + 1));
        default:
            return false;
    }
}

// Typed text is escaped where CommonMark (with GitHub's tables and strikethrough) reads markup,
// and nowhere else: a rep who opens the .md file in an editor reads "Kempten (Allgäu)", not
// "Kempten \(Allgäu\)". From the CommonMark spec 0.30:
// - anywhere: * ` [ open emphasis, code spans, links and images (with [ escaped, ! and ] are
//   harmless); ~ and | open GitHub strikethrough and tables; _ opens emphasis except inside a
//   word; a backslash escapes only before punctuation or a line end; < opens HTML or an
//   autolink only before a letter, / ! or ?; & opens an entity only as &name; or &#38;; a #
//   ending a line would close a heading.
// - where a line starts (`line_start`, and after every line break), blocks begin: # > - + = _
//   and "12." or "12)" before a blank open headings, quotes, lists, setext underlines and
//   thematic breaks.
// < and & become entities rather than backslash escapes, which older renderers don't know.
// A line break becomes a hard break whose next line starts with `continuation`, which keeps
// multi-line text inside its list item or quote; leading blanks are dropped there because four
// of them would start a code block.
std::string escaped(std::string_view text, std::string_view continuation, bool line_start = true) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == '\r') continue;
        if (ch == '\n') {
            out.append("  \n").append(continuation);
            line_start = true;
            continue;
        }
        if (line_start && (ch == ' ' || ch == '\t')) continue;
        if (line_start) {
            line_start = false;
            if (const std::size_t marker = blockMarkerLength(text, i)) {
                out.append(text.substr(i, marker - 1)).append("\\").push_back(text[i + marker - 1]);
                i += marker - 1;
                continue;
            }
        }
        const char next = charAt(text, i + 1);
        if (ch == '<' && (isAsciiAlnum(next) || next == '/' || next == '!' || next == '?')) {
            out += "&lt;";
        } else if (ch == '&' && startsEntity(text, i)) {
            out += "&amp;";
        } else {
            if (needsEscape(text, i)) out += '\\';
            out += ch;
        }
    }
    return out;
}

// `line_start`: the line begins where a block could start (after "- " or "> ").
std::string render(const Line& line, std::string_view continuation, bool line_start = true) {
    std::string out;
    for (const Span& span : line) {
        out += span.typed ? escaped(span.text, continuation, line_start) : span.text;
        line_start = line_start && span.text.empty();
    }
    return out;
}

void heading(std::string& out, int level, std::string_view text) {
    out.append(static_cast<std::size_t>(level), '#').append(" ").append(text).append("\n\n");
}

void writeHeader(std::string& out, const BriefContent& brief) {
    heading(out, 1, render(brief.title, "", false));
    for (const Fact& fact : brief.facts) out += "- **" + fact.label + ":** " + render(fact.value, "  ", false) + "\n";
    if (!brief.facts.empty()) out += "\n";
    if (brief.goal.empty()) return;
    heading(out, 2, brief.goal_heading);
    out += "> " + escaped(brief.goal, "> ") + "\n\n";
}

std::string attendeeLine(const BriefContent& brief, const Attendee& person) {
    std::string out = person.name.empty() ? "" : "**" + escaped(person.name, "  ", false) + "**";
    const auto add = [&out](std::string_view label, const std::string& value) {
        if (value.empty()) return;
        const bool line_start = out.empty() && label.empty();  // right after the list bullet
        out.append(out.empty() ? "" : ", ").append(label).append(escaped(value, "  ", line_start));
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

void writeNextStep(std::string& out, const BriefContent& brief) {
    heading(out, 2, brief.next_heading);
    out += render(brief.next_step, "") + "\n\n";
}

void writeProgress(std::string& out, const BriefContent& brief) {
    heading(out, 2, brief.progress_heading);
    out += brief.progress_line + "\n\n";
    if (!brief.open_line.empty()) out += brief.open_line + "\n\n";
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
        if (!gap.note.empty()) out += "  - " + brief.note_label + ": " + escaped(gap.note, "    ", false) + "\n";
    }
    out += "\n";
}

}  // namespace

std::string writeMarkdown(const BriefContent& brief) {
    std::string out;
    writeHeader(out, brief);
    writeAttendees(out, brief);
    writeNextStep(out, brief);
    writeProgress(out, brief);
    writePrepared(out, brief);
    writeGaps(out, brief);
    while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
    return out;
}

}  // namespace etappe::exports::detail
