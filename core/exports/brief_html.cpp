// Lays out a gathered brief as one standalone HTML page, styled to print on one A4 sheet.
#include <string_view>

#include "exports/escape.h"
#include "exports/brief_content.h"

namespace etappe::exports::detail {

namespace {

// Print first: one A4 sheet. DejaVu Sans runs large, so 9pt text and 7.5pt lists read like
// 10pt and 9pt in most fonts; that is what lets a fully prepared A-customer meeting fit.
// On screen the same sheet is drawn on grey with its bottom margin tinted red: whatever
// reaches into the red strip or below it would land on a second printed page.
constexpr std::string_view kStyle = R"css(
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font: 9pt/1.2 "DejaVu Sans", sans-serif; color: #111; margin: 0; }
h1 { font-size: 12.5pt; margin: 0 0 1.2mm; line-height: 1.15; }
h2 { font-size: 9.5pt; margin: 0 0 0.8mm; padding-bottom: 0.3mm; border-bottom: 0.3mm solid #777; }
h3 { font-size: 8pt; margin: 0; }
p { margin: 0 0 0.8mm; }
ul { margin: 0; padding-left: 3.5mm; }
section { margin: 0 0 1.7mm; page-break-inside: avoid; break-inside: avoid; }
section.flow { page-break-inside: auto; break-inside: auto; }
.facts { display: flex; flex-wrap: wrap; gap: 0.3mm 5mm; margin: 0 0 1.7mm; }
.facts div { display: flex; gap: 1.5mm; }
.facts dt { font-weight: bold; color: #444; }
.facts dd { margin: 0; }
.goal p { border-left: 1.2mm solid #3a7d44; padding: 0.3mm 0 0.3mm 2.5mm; font-size: 9.5pt; }
.cols { display: grid; grid-template-columns: 3fr 2fr; gap: 5mm; }
ul.people { list-style: none; padding-left: 0; }
ul.people li { margin: 0 0 0.4mm; }
.contact { color: #444; font-size: 7.5pt; }
.bar { height: 2mm; border: 0.3mm solid #777; margin: 0.5mm 0 1mm; }
.bar div { height: 100%; background: #3a7d44; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.open { color: #444; font-size: 7.5pt; }
.next p { font-size: 8.5pt; }
.columns { columns: 2; column-gap: 5mm; }
/* A field stays in one piece: a list continued at the top of the next column,
   without its heading, reads as if it belonged to the field above it. */
.field, .gap { page-break-inside: avoid; break-inside: avoid; margin: 0 0 0.5mm; }
.field p b { font-size: 8pt; }
.field p, .field li, .gap { font-size: 7.5pt; line-height: 1.15; }
.gap { border-left: 0.6mm solid #bbb; padding-left: 1.5mm; }
.level { color: #444; }
@media screen {
  html { background: #888; }
  body { width: 210mm; height: 297mm; margin: 8mm auto; padding: 14mm;
         background: linear-gradient(#fff 283mm, #f6caca 283mm); }
}
)css";

// In HTML the app's own words need escaping as much as typed text does.
std::string render(const Line& line, bool line_breaks = true) {
    std::string out;
    for (const Span& span : line) out += htmlEscaped(span.text, line_breaks);
    return out;
}

std::string element(std::string_view tag, const std::string& html_content) {
    // Appended piece by piece: g++ 12 reports a false -Wrestrict on "<" + std::string(tag).
    std::string out;
    out.append("<").append(tag).append(">").append(html_content).append("</").append(tag).append(">");
    return out;
}

void writeHeader(std::string& out, const BriefContent& brief) {
    out += "<header>\n" + element("h1", render(brief.title)) + "\n";
    if (!brief.facts.empty()) {
        out += "<dl class=\"facts\">\n";
        for (const Fact& fact : brief.facts) {
            out += element("div", element("dt", htmlEscaped(fact.label)) + element("dd", render(fact.value))) + "\n";
        }
        out += "</dl>\n";
    }
    out += "</header>\n";
    if (brief.goal.empty()) return;
    // The goal is the one sentence to keep in mind; a run-in label instead of a heading saves a line.
    out += "<section class=\"goal\">" + element("p", element("b", htmlEscaped(brief.goal_heading + ":")) + " " +
                                                      htmlEscaped(brief.goal)) + "</section>\n";
}

std::string attendee(const BriefContent& brief, const Attendee& person) {
    std::string out = person.name.empty() ? "" : element("b", htmlEscaped(person.name));
    if (!person.role.empty()) out += (out.empty() ? "" : ", ") + htmlEscaped(person.role);
    std::string contact;
    if (!person.phone.empty()) contact += htmlEscaped(brief.phone_label + " " + person.phone);
    // The @ already says what an address is; the label would cost a line per attendee.
    if (!person.email.empty()) contact += (contact.empty() ? "" : " · ") + htmlEscaped(person.email);
    if (!contact.empty()) out += "<br><span class=\"contact\">" + contact + "</span>";
    return "<li class=\"attendee\">" + out + "</li>\n";
}

void writeAttendees(std::string& out, const BriefContent& brief) {
    if (brief.attendees.empty()) return;
    out += "<section>" + element("h2", htmlEscaped(brief.attendees_heading)) + "\n<ul class=\"people\">\n";
    for (const Attendee& person : brief.attendees) out += attendee(brief, person);
    out += "</ul></section>\n";
}

void writeNextStep(std::string& out, const BriefContent& brief) {
    out += "<section class=\"next\">" + element("h2", htmlEscaped(brief.next_heading)) + "\n";
    out += element("p", render(brief.next_step)) + "</section>\n";
}

void writeProgress(std::string& out, const BriefContent& brief) {
    // Whole percent in integers: a floating-point format would follow a German locale to "10,4%".
    const int percent = brief.checkpoints > 0 ? 100 * brief.checked / brief.checkpoints : 0;
    out += "<section>" + element("h2", htmlEscaped(brief.progress_heading)) + "\n";
    out += element("p", htmlEscaped(brief.progress_line)) + "\n";
    out += "<div class=\"bar\"><div style=\"width:" + std::to_string(percent) + "%\"></div></div>\n";
    if (!brief.open_line.empty()) out += "<p class=\"open\">" + htmlEscaped(brief.open_line) + "</p>\n";
    out += "</section>\n";
}

void writePrepared(std::string& out, const BriefContent& brief) {
    if (brief.prepared.empty()) return;
    out += "<section class=\"flow\">" + element("h2", htmlEscaped(brief.prepared_heading)) + "\n<div class=\"columns\">\n";
    for (const Field& field : brief.prepared) {
        out += "<div class=\"field\">";
        if (field.paragraph) {
            // A run-in heading saves a line per free text, and there are up to five of them.
            out += element("p", element("b", htmlEscaped(field.heading + ":")) + " " + render(field.entries.front()));
        } else {
            std::string entries;
            for (const Line& entry : field.entries) entries += element("li", render(entry));
            out += element("h3", htmlEscaped(field.heading)) + element("ul", entries);
        }
        out += "</div>\n";
    }
    out += "</div></section>\n";
}

void writeGaps(std::string& out, const BriefContent& brief) {
    if (brief.gaps.empty()) return;
    out += "<section>" + element("h2", htmlEscaped(brief.gaps_heading)) + "\n<div class=\"columns\">\n";
    for (const Gap& gap : brief.gaps) {
        out += "<div class=\"gap\">" + element("b", htmlEscaped(gap.area)) + " <span class=\"level\">(" +
               htmlEscaped(gap.level) + ")</span> " + htmlEscaped(brief.question_label + ": " + gap.question);
        if (!gap.note.empty()) out += "<br>" + htmlEscaped(brief.note_label + ": " + gap.note);
        out += "</div>\n";
    }
    out += "</div></section>\n";
}

}  // namespace

std::string writeHtml(const BriefContent& brief) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + htmlEscaped(brief.language) + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\">\n" + element("title", render(brief.title, false)) + "\n";
    out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    writeHeader(out, brief);
    out += "<div class=\"cols\">\n";
    writeAttendees(out, brief);
    out += "<div>\n";
    writeNextStep(out, brief);
    writeProgress(out, brief);
    out += "</div>\n</div>\n";
    writePrepared(out, brief);
    writeGaps(out, brief);
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace etappe::exports::detail
