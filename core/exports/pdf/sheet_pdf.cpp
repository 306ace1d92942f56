// The printable sheets on A4 with pango and cairo: the HTML sheets' design (sheets.cpp kStyle) in
// points, built from rows of text and frames (pdf_flow.h) so tick boxes, writing lines and table
// cells stay with their text across a page break.
#include "exports/pdf/sheet_pdf.h"

#include <algorithm>
#include <utility>

#include "exports/pdf/pdf_flow.h"
#include "exports/pdf/sheet_rows.h"
#include "exports/pdf/typesetter.h"
#include "exports/sheet_content.h"
#include "storage/export_target.h"

namespace etappe::exports {

namespace {

using pdf::Frame;
using pdf::Row;
using pdf::Typesetter;
using pdf::escaped;
using namespace sheet_rows;  // the sheets' building blocks

// Stacks a sheet on the page flow: its title and head lines, then rows alone or kept together.
class SheetWriter {
public:
    SheetWriter(pdf::PageFlow& flow, const Typesetter& type) : flow_(flow), type_(type), width_(flow.page().textWidth()) {}

    void title(const std::string& title, const std::vector<detail::WritingLine>& head) {
        pdf::Block block;
        block.rows.push_back(text(type_, escaped(title), kTitle, width_, true));
        block.rows.back().height += 1.5 * kMm;
        // The HTML's grid: 1fr 1fr 0.6fr, 4 mm apart; a wide line spans all three.
        const double gap = 4 * kMm;
        const double unit = (width_ - 2 * gap) / 2.6;
        const double widths[] = {unit, unit, 0.6 * unit};
        Row row;
        std::size_t column = 0;
        for (const detail::WritingLine& line : head) {
            if (line.wide) {
                if (column > 0) block.rows.push_back(std::exchange(row, Row{}));
                block.rows.push_back(writingLine(type_, line.label, width_));
                block.rows.back().space_before = 1 * kMm;
                column = 0;
                continue;
            }
            double x = 0;
            for (std::size_t i = 0; i < column; ++i) x += widths[i] + gap;
            pdf::place(row, writingLine(type_, line.label, widths[column]), x, 0);
            if (++column == 3) {
                block.rows.push_back(std::exchange(row, Row{}));
                column = 0;
            }
        }
        if (column > 0) block.rows.push_back(row);
        block.space_after = 1.5 * kMm;
        flow_.stack(block);
    }

    void intro(const std::string& words) { stack(text(type_, coloured(escaped(words), "#444444"), kSmall, width_), 1.5 * kMm); }

    // A row of its own; `keep_with_next` as PageFlow::stack.
    void stack(Row row, double space_after = 0, double keep_with_next = 0) {
        pdf::Block block;
        block.rows.push_back(std::move(row));
        block.space_after = space_after;
        flow_.stack(block, keep_with_next);
    }
    // Rows kept together (a heading and what it heads). A block drops its first row's space
    // before, so it goes in front here.
    void together(std::vector<Row> rows, double space_after = 0) {
        if (!rows.empty()) flow_.addSpace(rows.front().space_before);
        pdf::Block block;
        block.rows = std::move(rows);
        block.space_after = space_after;
        flow_.stack(block);
    }

    double width() const { return width_; }
    const Typesetter& type() const { return type_; }
    pdf::PageFlow& flow() { return flow_; }

private:
    pdf::PageFlow& flow_;
    const Typesetter& type_;
    double width_;
};

void writePlan(SheetWriter& out, const detail::PlanSheet& sheet) {
    const Typesetter& type = out.type();
    out.intro(sheet.intro);
    const auto widths = millimetres({6, 34, 76}, out.width());
    out.stack(tableRow(widths, {Cell{{}, 0, false, true}, headCell(type, sheet.step_heading, widths[1]),
                                headCell(type, sheet.checkpoints_heading, widths[2]),
                                headCell(type, sheet.notes_heading, widths[3])},
                       0),
              0, 14.6 * kMm);
    for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
        const auto& step = sheet.steps[i];
        Row name = text(type, pdf::bold(step.name.name), kLabel, widths[1] - 2 * kPadX);
        if (!step.name.term.empty())
            pdf::place(name, text(type, coloured(escaped(step.name.term), "#555555"), kTiny, widths[1] - 2 * kPadX), 0,
                       name.height);
        std::vector<Piece> checkpoints;
        for (const std::string& checkpoint : step.checkpoints)
            checkpoints.push_back(checkItem(type, checkpoint, kTiny, widths[2] - 2 * kPadX));
        out.stack(tableRow(widths,
                           {numberCell(type, i + 1, widths[0], false), Cell{name}, Cell{stacked(checkpoints, 0.5 * kMm)}, Cell{}},
                           14.6 * kMm));
    }
}

void writeReduced(SheetWriter& out, const detail::ReducedSheet& sheet) {
    const Typesetter& type = out.type();
    out.intro(sheet.intro);
    const Piece prepared = checkItem(type, sheet.prepared, kSmall);
    for (std::size_t i = 0; i < sheet.elements.size(); ++i) {
        const auto& element = sheet.elements[i];
        std::string markup = escaped(std::to_string(i + 1) + " · " + element.name.name);
        if (!element.name.term.empty())
            markup.append(" ").append(coloured("<span weight=\"normal\">(" + escaped(element.name.term) + ")</span>", "#555555"));
        Row coach = text(type, coloured(escaped(element.coaching), "#555555"), kTiny, out.width());
        coach.space_before = 0.5 * kMm;
        coach.height += 1 * kMm;
        // Taller boxes than the HTML's 27 mm: the PDF page has the room, and the hand needs it.
        out.together({heading(type, markup, out.width(), &prepared), coach,
                      fieldBoxes(type, element.fields, out.width(), 31 * kMm, 2 * kMm)});
    }
}

// The 2 × 2 grid of positions or of the balance of interests, the goal shaded.
Row grid(const Typesetter& type, const detail::Grid& g, double width) {
    const std::vector<double> widths(3, width / 3);
    const double inner = width / 3 - 2 * kPadX;
    auto centred = [&](const std::string& markup, double size, bool shaded, bool framed = true) {
        return Cell{text(type, markup, size, inner, false, PANGO_ALIGN_CENTER), 0, true, shaded, framed};
    };
    Row out = tableRow(widths, {centred(escaped(g.corner), kTiny, false, false), centred(pdf::bold(g.columns[0]), kSmall, true),
                                centred(pdf::bold(g.columns[1]), kSmall, true)},
                       0);
    for (std::size_t r = 0; r < 2; ++r) {
        Row row = tableRow(widths, {centred(pdf::bold(g.rows[r]), kSmall, true), centred(escaped(g.cells[r][0]), kSmall, false),
                                    r == 0 ? centred(pdf::bold(g.cells[r][1]), kSmall, true)
                                           : centred(escaped(g.cells[r][1]), kSmall, false)},
                           13 * kMm);
        pdf::place(out, row, 0, out.height);
    }
    return out;
}

void writeDebrief(SheetWriter& out, const detail::DebriefSheet& sheet) {
    const Typesetter& type = out.type();
    const double width = out.width();
    std::vector<Piece> ticks;
    for (const std::string& outcome : sheet.outcomes) ticks.push_back(checkItem(type, outcome, kBody));
    ticks.push_back(boldLabel(type, sheet.goal_reached, kLabel));
    for (const std::string& reached : sheet.reached) ticks.push_back(checkItem(type, reached, kBody));
    Row tick_line = flowing(ticks, width, 5 * kMm, 1 * kMm);
    tick_line.height += 1 * kMm;
    out.together({heading(type, escaped(sheet.outcome_heading), width), tick_line, writingLine(type, sheet.agreed, width)});

    const auto widths = millimetres({6, 44, 15, 15, 15, 15}, width);
    std::vector<Cell> head{Cell{{}, 0, false, true}, headCell(type, sheet.step_heading, widths[1])};
    for (std::size_t r = 0; r < sheet.ratings.size(); ++r)
        head.push_back(headCell(type, sheet.ratings[r], widths[2 + r], PANGO_ALIGN_CENTER));
    head.push_back(headCell(type, sheet.note_heading, widths.back()));
    out.together({heading(type, escaped(sheet.replay_heading), width), tableRow(widths, head, 0)});
    const Piece box = checkItem(type, "", kBody);
    for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
        std::vector<Cell> cells{
            numberCell(type, i + 1, widths[0], true),
            Cell{text(type, escaped(sheet.steps[i]), kBody, widths[1] - 2 * kPadX), 0, true}};
        for (std::size_t r = 0; r < sheet.ratings.size(); ++r) cells.push_back(Cell{box.row, kBox, true});
        cells.push_back(Cell{});
        out.stack(tableRow(widths, cells, 6.6 * kMm, 0.3 * kMm));
    }

    // Attitude and balance of interests side by side.
    const double gap = 5 * kMm;
    const double half = (width - gap) / 2;
    auto side = [&](const std::string& title, const std::string& hint, const detail::Grid& g) {
        pdf::Block block;
        Row intro = text(type, coloured(escaped(hint), "#444444"), kSmall, half);
        intro.height += 1.5 * kMm;
        block.rows = {heading(type, escaped(title), half), intro, grid(type, g, half)};
        return std::vector<pdf::Block>{block};
    };
    out.flow().addSpace(2.2 * kMm);
    out.flow().sideBySide(side(sheet.attitude_heading, sheet.positions_hint, sheet.positions),
                          side(sheet.balance_heading, sheet.balance_hint, sheet.balance), 0.5, gap);
    out.together({heading(type, escaped(sheet.lessons_heading), width), fieldBoxes(type, sheet.lessons, width, 27 * kMm, 3 * kMm)});
    out.together({heading(type, escaped(sheet.follow_up_heading), width),
                  fieldBox(type, sheet.next_activity, width, 14 * kMm, sheet.next_activity_required)});
}

void writeBuyingCenter(SheetWriter& out, const detail::BuyingCenterSheet& sheet) {
    const Typesetter& type = out.type();
    const double width = out.width();
    out.intro(sheet.intro);
    std::vector<Piece> ticks{boldLabel(type, sheet.purchase_label, kLabel)};
    for (const std::string& purchase : sheet.purchases) ticks.push_back(checkItem(type, purchase, kBody));
    Row tick_line = flowing(ticks, width, 5 * kMm, 1 * kMm);
    out.stack(tick_line, 0);
    out.stack(writingLine(type, sheet.phase, width), 0);

    const auto widths = millimetres({38, 44, 24, 20}, width);
    std::vector<Cell> head;
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) head.push_back(headCell(type, sheet.columns[c], widths[c]));
    out.together({heading(type, escaped(sheet.roles_heading), width), tableRow(widths, head, 0)});
    auto scale = [&](const std::vector<std::string>& labels, double cell_width) {
        std::vector<Piece> pieces;
        for (const std::string& label : labels) pieces.push_back(checkItem(type, label, kSmall, cell_width - 2 * kPadX));
        return stacked(pieces, 1 * kMm);
    };
    for (const detail::Named& role : sheet.roles) {
        Row name = text(type, pdf::bold(role.name), kBody, widths[0] - 2 * kPadX);
        pdf::place(name, text(type, coloured(escaped(role.term), "#555555"), kTiny, widths[0] - 2 * kPadX), 0, name.height);
        out.stack(tableRow(widths, {Cell{name}, Cell{}, Cell{scale(sheet.attitudes, widths[2])},
                                    Cell{scale(sheet.influences, widths[3])}, Cell{}},
                           30 * kMm));
    }
    out.flow().addSpace(2.5 * kMm);
    out.stack(fieldBoxes(type, {sheet.uncertainty, sheet.next}, width, 24 * kMm, 5 * kMm));
}

}  // namespace

PdfDocument sheetPdf(SheetKind kind, const i18n::Translator& tr) {
    const std::string title = tr.text(sheetTitleKey(kind));
    return pdf::render(title, std::string(i18n::languageCode(tr.language())), kMargin,
                       [&](pdf::PageFlow& flow, const Typesetter& type) {
                           SheetWriter out(flow, type);
                           out.title(title, detail::sheetHead(kind, tr));
                           switch (kind) {
                               case SheetKind::Plan: writePlan(out, detail::planSheet(tr)); break;
                               case SheetKind::Reduced: writeReduced(out, detail::reducedSheet(tr)); break;
                               case SheetKind::Debrief: writeDebrief(out, detail::debriefSheet(tr)); break;
                               case SheetKind::BuyingCenter: writeBuyingCenter(out, detail::buyingCenterSheet(tr)); break;
                           }
                       });
}

bool isSheetFileName(std::string_view path) {
    return storage::hasExtension(path, "pdf") || storage::hasExtension(path, "html") ||
           storage::hasExtension(path, "htm");
}

storage::SaveResult writeSheetFile(const std::string& path, SheetKind kind, const i18n::Translator& tr,
                                   bool replace_existing) {
    if (!storage::hasExtension(path, "pdf")) return writeSheet(path, kind, tr, replace_existing);
    const PdfDocument pdf = sheetPdf(kind, tr);
    if (pdf.bytes.empty())
        return storage::SaveResult{storage::SaveStep::Validate, 0, i18n::message("detail.pdf_failed", {pdf.error})};
    return storage::writeExport(path, pdf.bytes, replace_existing);
}

}  // namespace etappe::exports
