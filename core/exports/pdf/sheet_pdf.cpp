// The printable sheets on A4 with pango and cairo: the HTML sheets' design (sheets.cpp kStyle) in
// points, built from rows of text and frames (pdf_flow.h) so tick boxes, writing lines and table
// cells stay with their text across a page break.
#include "exports/pdf/sheet_pdf.h"

#include <algorithm>
#include <utility>

#include "exports/pdf/pdf_flow.h"
#include "exports/pdf/typesetter.h"
#include "exports/sheet_content.h"
#include "storage/export_target.h"

namespace etappe::exports {

namespace {

using pdf::Frame;
using pdf::Row;
using pdf::Typesetter;
using pdf::escaped;

constexpr double kMm = 72.0 / 25.4;
constexpr double kMargin = 10 * kMm;  // as the HTML sheets' @page
// The HTML sheets' sizes in points.
constexpr double kTitle = 13;
constexpr double kHeading = 9.5;
constexpr double kBody = 8.5;
constexpr double kLabel = 8;
constexpr double kSmall = 7.5;
constexpr double kTiny = 7;
constexpr double kBox = 3 * kMm;            // a tick box's side
constexpr double kBoxRoom = kBox + 1.2 * kMm;  // the box and the space before its label
constexpr double kPadX = 1 * kMm;           // a table cell's padding
constexpr double kPadY = 0.6 * kMm;
constexpr pdf::RGB kGreen{0.227, 0.490, 0.267};  // #3a7d44
constexpr pdf::RGB kShade{0.910, 0.937, 0.914};  // #e8efe9
constexpr pdf::RGB kInk{0.133, 0.133, 0.133};    // #222

std::string coloured(const std::string& markup, const char* colour) {
    return std::string("<span foreground=\"") + colour + "\">" + markup + "</span>";
}

Row text(const Typesetter& type, const std::string& markup, double size, double width, bool is_bold = false,
         PangoAlignment align = PANGO_ALIGN_LEFT) {
    const pdf::LayoutPtr layout = type.layout(markup, size, width, is_bold);
    pango_layout_set_alignment(layout.get(), align);
    return pdf::wholeRow(layout);
}

// A piece of a row of tick items, with the width it takes unwrapped.
struct Piece {
    Row row;
    double width = 0;
};

// A tick box before a label; the label wraps beside the box within `width`.
Piece checkItem(const Typesetter& type, const std::string& label, double size, double width = 1e4) {
    const pdf::LayoutPtr layout = type.layout(escaped(label), size, width - kBoxRoom);
    Piece out;
    pdf::place(out.row, pdf::wholeRow(layout), kBoxRoom, 0);
    const double baseline = out.row.text.empty() ? kBox : out.row.text.front().baseline;
    const double top = std::max(0.0, baseline + 0.4 * kMm - kBox);  // the box sits on the line, as in the HTML
    out.row.frames.push_back(Frame{0, top, kBox, kBox, 0.85, kInk, true, {1, 1, 1}});
    out.row.height = std::max(out.row.height, top + kBox);
    out.width = kBoxRoom + pdf::naturalWidth(layout);
    return out;
}

Piece boldLabel(const Typesetter& type, const std::string& label, double size) {
    const pdf::LayoutPtr layout = type.layout(escaped(label), size, 1e4, true);
    return Piece{pdf::wholeRow(layout), pdf::naturalWidth(layout)};
}

// Pieces left to right, wrapping onto a new line where the next one would not fit.
Row flowing(const std::vector<Piece>& pieces, double width, double gap, double line_gap) {
    Row out;
    double x = 0;
    double y = 0;
    double line_height = 0;
    for (const Piece& piece : pieces) {
        if (x > 0 && x + piece.width > width) {
            y += line_height + line_gap;
            x = 0;
            line_height = 0;
        }
        pdf::place(out, piece.row, x, y);
        x += piece.width + gap;
        line_height = std::max(line_height, piece.row.height);
    }
    return out;
}

// Pieces one below the other (a cell's tick boxes).
Row stacked(const std::vector<Piece>& pieces, double gap) {
    Row out;
    for (const Piece& piece : pieces) pdf::place(out, piece.row, 0, out.height > 0 ? out.height + gap : 0);
    return out;
}

// "Customer ________": a bold label and a line to write on up to `width`.
Row writingLine(const Typesetter& type, const std::string& label, double width) {
    const double height = 6.5 * kMm;
    const Piece name = boldLabel(type, label, kLabel);
    Row out;
    pdf::place(out, name.row, 0, height - name.row.height - 0.3 * kMm);
    out.frames.push_back(Frame{name.width + 1.5 * kMm, height, width - name.width - 1.5 * kMm, 0, 0.7, {0.333, 0.333, 0.333}});
    out.height = height;
    return out;
}

// An empty box to write in, headed by its label (and a grey remark after it).
Row fieldBox(const Typesetter& type, const std::string& label, double width, double height,
             const std::string& remark = "") {
    std::string markup = coloured(pdf::bold(label), "#333333");
    if (!remark.empty()) markup.append(" ").append(coloured(escaped(remark), "#555555"));  // not +: g++ 12's false -Wrestrict
    Row out;
    pdf::place(out, text(type, markup, kSmall, width - 2.4 * kMm), 1.2 * kMm, 0.6 * kMm);
    out.frames.push_back(Frame{0, 0, width, height});
    out.height = height;
    return out;
}

// Boxes side by side over `width`, `gap` apart.
Row fieldBoxes(const Typesetter& type, const std::vector<std::string>& labels, double width, double height,
               double gap) {
    Row out;
    const double each = (width - gap * static_cast<double>(labels.size() - 1)) / static_cast<double>(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        pdf::place(out, fieldBox(type, labels[i], each, height), static_cast<double>(i) * (each + gap), 0);
    return out;
}

// A section heading (h2) with its green rule; `right` is put at its right end.
Row heading(const Typesetter& type, const std::string& markup, double width, const Piece* right = nullptr) {
    Row out = text(type, markup, kHeading, width - (right ? right->width + 2 * kMm : 0), true);
    if (right) pdf::place(out, right->row, width - right->width, std::max(0.0, out.height - right->row.height));
    out.height += 0.3 * kMm;
    out.frames.push_back(Frame{0, out.height + 0.4 * kMm, width, 0, 0.85, kGreen});
    out.height += 1.8 * kMm;  // the rule and the space below it
    out.space_before = 2.2 * kMm;
    return out;
}

// A table row: each cell's content inside its padding, all cells as tall as the tallest.
struct Cell {
    Row content;
    double centred_width = 0;  // > 0: centred across the cell, being this wide
    bool middle = false;       // centred from top to bottom
    bool shaded = false;
    bool framed = true;
};

Row tableRow(const std::vector<double>& widths, const std::vector<Cell>& cells, double min_height,
             double pad_y = kPadY) {
    double height = min_height;
    for (const Cell& cell : cells) height = std::max(height, cell.content.height + 2 * pad_y);
    Row out;
    double x = 0;
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
        const Cell& cell = cells[i];
        out.frames.push_back(Frame{x, 0, widths[i], height, cell.framed ? 0.7 : 0, {0.467, 0.467, 0.467},
                                   cell.shaded, kShade});
        const double dx = cell.centred_width > 0 ? (widths[i] - cell.centred_width) / 2 : kPadX;
        const double dy = cell.middle ? (height - cell.content.height) / 2 : pad_y;
        pdf::place(out, cell.content, x + dx, dy);
        x += widths[i];
    }
    out.height = height;
    return out;
}

std::vector<double> millimetres(std::initializer_list<double> widths, double total) {
    std::vector<double> out;
    for (const double width : widths) out.push_back(width * kMm);
    double used = 0;
    for (const double width : out) used += width;
    out.push_back(total - used);  // the last column takes the rest
    return out;
}

// A step's number, right-aligned in a narrow column: less padding, so "16" stays on one line.
Cell numberCell(const Typesetter& type, std::size_t number, double width, bool middle) {
    const double inner = width - 1.2 * kMm;
    return Cell{text(type, pdf::bold(std::to_string(number)), kBody, inner, false, PANGO_ALIGN_RIGHT), inner, middle};
}

Cell headCell(const Typesetter& type, const std::string& label, double width, PangoAlignment align = PANGO_ALIGN_LEFT) {
    return Cell{text(type, pdf::bold(label), kSmall, width - 2 * kPadX, false, align), 0, false, true, true};
}

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
