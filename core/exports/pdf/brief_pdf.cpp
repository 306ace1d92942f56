// Lays out a gathered brief on A4 with pango and draws it with cairo: the HTML brief's design
// (brief_html.cpp) in points, so the PDF and the printed HTML page look alike.
#include "exports/pdf/brief_pdf.h"

#include <algorithm>
#include <memory>

#include "exports/brief_content.h"
#include "exports/pdf/pdf_flow.h"
#include "exports/pdf/typesetter.h"
#include "storage/export_target.h"

namespace etappe::exports {

namespace {

using detail::BriefContent;
using pdf::Block;
using pdf::LayoutPtr;
using pdf::Row;
using pdf::Typesetter;
using pdf::bold;
using pdf::escaped;

constexpr double kMm = 72.0 / 25.4;
// The HTML brief's sizes (brief_html.cpp kStyle): DejaVu Sans runs large, so 9pt reads like 10pt.
constexpr double kBody = 9;
constexpr double kTitle = 12.5;
constexpr double kHeading = 9.5;
constexpr double kFieldHeading = 8;
constexpr double kSmall = 7.5;
constexpr double kNextStep = 8.5;
constexpr double kSectionSpace = 1.7 * kMm;
constexpr double kColumnGap = 5 * kMm;
constexpr const char* kGrey = "#444444";

std::string joined(const detail::Line& line) {
    std::string out;
    for (const detail::Span& span : line) out += span.text;
    return out;
}

std::string grey(const std::string& markup) { return std::string("<span foreground=\"") + kGrey + "\">" + markup + "</span>"; }

void append(Block& block, std::vector<Row> rows, double space_before = 0) {
    if (!rows.empty()) rows.front().space_before = space_before;
    for (Row& row : rows) block.rows.push_back(std::move(row));
}

// A section heading with its rule (h2), its rows put in front of the first block it heads so the
// heading never ends a column alone.
std::vector<Row> headingRows(const Typesetter& type, const std::string& text, double width) {
    std::vector<Row> rows = pdf::rowsOf(type.layout(escaped(text), kHeading, width, true));
    rows.back().height += 0.6 * kMm;
    rows.back().rule = true;
    return rows;
}

void headed(std::vector<Block>& blocks, std::vector<Row> heading) {
    if (blocks.empty()) return;
    Block& first = blocks.front();
    if (!first.rows.empty()) first.rows.front().space_before = 0.8 * kMm;
    first.rows.insert(first.rows.begin(), heading.begin(), heading.end());
}

// Title, facts and the meeting goal: the full width of the page.
void writeHeader(pdf::PageFlow& flow, const Typesetter& type, const BriefContent& brief) {
    const double width = flow.page().textWidth();
    Block title;
    title.rows = pdf::rowsOf(type.layout(escaped(joined(brief.title)), kTitle, width, true));
    title.space_after = 1.2 * kMm;
    flow.stack(title);
    if (!brief.facts.empty()) {
        // Label and value stay together; the facts wrap between one another, like the HTML's flex row.
        std::string markup;
        for (const detail::Fact& fact : brief.facts) {
            if (!markup.empty()) markup += "\u2003\u2002";
            markup += grey(bold(fact.label)) + "\u00A0" + escaped(joined(fact.value));
        }
        Block facts;
        facts.rows = pdf::rowsOf(type.layout(markup, kBody, width));
        facts.space_after = kSectionSpace;
        flow.stack(facts);
    }
    if (brief.goal.empty()) return;
    Block goal;
    goal.edge = pdf::Edge{true, 1.2 * kMm, pdf::RGB{0.227, 0.490, 0.267}};
    const double indent = 3.7 * kMm;
    goal.rows = pdf::rowsOf(type.layout(bold(brief.goal_heading + ":") + " " + escaped(brief.goal), kHeading,
                                        width - indent),
                            indent);
    const double padding = 0.3 * kMm;
    goal.rows.front().height += padding;
    for (pdf::TextLine& line : goal.rows.front().text) line.baseline += padding;
    goal.rows.back().height += padding;
    goal.space_after = kSectionSpace;
    flow.stack(goal);
}

Block attendee(const Typesetter& type, const BriefContent& brief, const detail::Attendee& person, double width) {
    std::string who = person.name.empty() ? "" : bold(person.name);
    if (!person.role.empty()) who += (who.empty() ? "" : ", ") + escaped(person.role);
    const std::string phone = person.phone.empty() ? "" : escaped(brief.phone_label + " " + person.phone);
    const std::string email = escaped(person.email);
    Block block;
    if (!who.empty()) append(block, pdf::rowsOf(type.layout(who, kBody, width)));
    if (!phone.empty() || !email.empty()) {
        // Phone and e-mail share a line where they fit; otherwise the address gets a line of its own
        // rather than being broken at its hyphen, where a rep would copy half of it.
        const std::string separator = phone.empty() || email.empty() ? "" : " · ";
        LayoutPtr contact = type.layout(grey(phone + separator + email), kSmall, width);
        if (pango_layout_get_line_count(contact.get()) > 1 && !separator.empty())
            contact = type.layout(grey(phone + "\n" + email), kSmall, width);
        append(block, pdf::rowsOf(contact));
    }
    block.space_after = 0.4 * kMm;
    return block;
}

// Attendees on the left; next step and progress on the right.
void writePeopleAndProgress(pdf::PageFlow& flow, const Typesetter& type, const BriefContent& brief) {
    const double left_share = 0.6;
    const double left_width = (flow.page().textWidth() - kColumnGap) * left_share;
    const double right_width = flow.page().textWidth() - kColumnGap - left_width;
    std::vector<Block> left;
    for (const detail::Attendee& person : brief.attendees) {
        if (Block block = attendee(type, brief, person, left_width); !block.rows.empty()) left.push_back(std::move(block));
    }
    headed(left, headingRows(type, brief.attendees_heading, left_width));

    std::vector<Block> right(2);
    right[0].rows = headingRows(type, brief.next_heading, right_width);
    append(right[0], pdf::rowsOf(type.layout(escaped(joined(brief.next_step)), kNextStep, right_width)), 0.8 * kMm);
    right[0].space_after = kSectionSpace;
    right[1].rows = headingRows(type, brief.progress_heading, right_width);
    append(right[1], pdf::rowsOf(type.layout(escaped(brief.progress_line), kBody, right_width)), 0.8 * kMm);
    Row bar;
    bar.space_before = 0.5 * kMm;
    bar.height = 2 * kMm;
    bar.bar_fraction = brief.checkpoints > 0 ? static_cast<double>(brief.checked) / brief.checkpoints : 0;
    right[1].rows.push_back(bar);
    if (!brief.open_line.empty())
        append(right[1], pdf::rowsOf(type.layout(grey(escaped(brief.open_line)), kSmall, right_width)), 1 * kMm);
    flow.sideBySide(left, right, left_share, kColumnGap);
    flow.addSpace(kSectionSpace);
}

Block field(const Typesetter& type, const detail::Field& prepared, double width) {
    Block block;
    block.space_after = 0.5 * kMm;
    if (prepared.paragraph) {
        // A run-in heading saves a line per free text, as in the HTML brief.
        block.rows = pdf::rowsOf(type.layout(bold(prepared.heading + ":") + " " + escaped(joined(prepared.entries.front())),
                                             kSmall, width));
        return block;
    }
    block.rows = pdf::rowsOf(type.layout(escaped(prepared.heading), kFieldHeading, width, true));
    const double indent = 3.5 * kMm;
    for (const detail::Line& entry : prepared.entries) {
        std::vector<Row> rows = pdf::rowsOf(type.layout(escaped(joined(entry)), kSmall, width - indent), indent);
        const LayoutPtr bullet = type.layout("•", kSmall, indent);
        pdf::TextLine mark = pdf::rowsOf(bullet, 1 * kMm).front().text.front();
        mark.baseline = rows.front().text.front().baseline;
        rows.front().text.push_back(mark);
        append(block, std::move(rows));
    }
    return block;
}

Block gap(const Typesetter& type, const BriefContent& brief, const detail::Gap& open, double width) {
    Block block;
    block.edge = pdf::Edge{true, 0.6 * kMm, pdf::RGB{0.733, 0.733, 0.733}};
    block.space_after = 0.5 * kMm;
    const double indent = 2.1 * kMm;
    // Appended piece by piece: g++ 12 reports a false -Wrestrict on "(" + std::string.
    std::string level = "(";
    level.append(escaped(open.level)).append(")");
    std::string markup = bold(open.area);
    markup.append(" ").append(grey(level)).append(" ").append(escaped(brief.question_label + ": " + open.question));
    if (!open.note.empty()) markup.append("\n").append(escaped(brief.note_label + ": " + open.note));
    block.rows = pdf::rowsOf(type.layout(markup, kSmall, width - indent), indent);
    return block;
}

// A full-width heading, then the blocks balanced over two columns.
void writeColumns(pdf::PageFlow& flow, const Typesetter& type, const std::string& heading, std::vector<Block> blocks) {
    if (blocks.empty()) return;
    Block title;
    title.rows = headingRows(type, heading, flow.page().textWidth());
    title.space_after = 0.8 * kMm;
    flow.stack(title, std::min(blocks.front().height(), 12 * kMm));
    flow.balancedColumns(blocks, kColumnGap);
    flow.addSpace(kSectionSpace);
}

PdfBrief writePdf(const BriefContent& brief) {
    return pdf::render(joined(brief.title), brief.language, pdf::PageGeometry{}.margin,
                       [&](pdf::PageFlow& flow, const Typesetter& type) {
                           writeHeader(flow, type, brief);
                           writePeopleAndProgress(flow, type, brief);
                           const double column = (flow.page().textWidth() - kColumnGap) / 2;
                           std::vector<Block> fields;
                           for (const detail::Field& prepared : brief.prepared)
                               fields.push_back(field(type, prepared, column));
                           writeColumns(flow, type, brief.prepared_heading, std::move(fields));
                           std::vector<Block> gaps;
                           for (const detail::Gap& open : brief.gaps) gaps.push_back(gap(type, brief, open, column));
                           writeColumns(flow, type, brief.gaps_heading, std::move(gaps));
                       });
}

}  // namespace

PdfBrief briefPdf(const BriefTarget& target, const i18n::Translator& tr) {
    return writePdf(detail::gatherTargetBrief(target, tr));
}

bool isBriefFileName(std::string_view path) {
    return briefFormatForPath(path).has_value() || storage::hasExtension(path, "pdf");
}

storage::SaveResult writeBriefFile(const std::string& path, const BriefTarget& target, const i18n::Translator& tr,
                                   bool replace_existing) {
    if (!storage::hasExtension(path, "pdf") || !target.briefable()) return writeBrief(path, target, tr, replace_existing);
    const PdfBrief pdf = briefPdf(target, tr);
    if (pdf.bytes.empty())
        return storage::SaveResult{storage::SaveStep::Validate, 0, i18n::message("detail.pdf_failed", {pdf.error})};
    return storage::writeExport(path, pdf.bytes, replace_existing);
}

}  // namespace etappe::exports
