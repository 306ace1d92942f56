#include "exports/pdf/sheet_rows.h"

#include <algorithm>

namespace etappe::exports::sheet_rows {

using pdf::Frame;
using pdf::escaped;

std::string coloured(const std::string& markup, const char* colour) {
    return std::string("<span foreground=\"") + colour + "\">" + markup + "</span>";
}

Row text(const Typesetter& type, const std::string& markup, double size, double width, bool is_bold,
         PangoAlignment align) {
    const pdf::LayoutPtr layout = type.layout(markup, size, width, is_bold);
    pango_layout_set_alignment(layout.get(), align);
    return pdf::wholeRow(layout);
}

Piece checkItem(const Typesetter& type, const std::string& label, double size, double width) {
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

Row stacked(const std::vector<Piece>& pieces, double gap) {
    Row out;
    for (const Piece& piece : pieces) pdf::place(out, piece.row, 0, out.height > 0 ? out.height + gap : 0);
    return out;
}

Row writingLine(const Typesetter& type, const std::string& label, double width) {
    const double height = 6.5 * kMm;
    const Piece name = boldLabel(type, label, kLabel);
    Row out;
    pdf::place(out, name.row, 0, height - name.row.height - 0.3 * kMm);
    out.frames.push_back(Frame{name.width + 1.5 * kMm, height, width - name.width - 1.5 * kMm, 0, 0.7, {0.333, 0.333, 0.333}});
    out.height = height;
    return out;
}

Row fieldBox(const Typesetter& type, const std::string& label, double width, double height,
             const std::string& remark) {
    std::string markup = coloured(pdf::bold(label), "#333333");
    if (!remark.empty()) markup.append(" ").append(coloured(escaped(remark), "#555555"));  // not +: g++ 12's false -Wrestrict
    Row out;
    pdf::place(out, text(type, markup, kSmall, width - 2.4 * kMm), 1.2 * kMm, 0.6 * kMm);
    out.frames.push_back(Frame{0, 0, width, height});
    out.height = height;
    return out;
}

Row fieldBoxes(const Typesetter& type, const std::vector<std::string>& labels, double width, double height,
               double gap) {
    Row out;
    const double each = (width - gap * static_cast<double>(labels.size() - 1)) / static_cast<double>(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        pdf::place(out, fieldBox(type, labels[i], each, height), static_cast<double>(i) * (each + gap), 0);
    return out;
}

Row heading(const Typesetter& type, const std::string& markup, double width, const Piece* right) {
    Row out = text(type, markup, kHeading, width - (right ? right->width + 2 * kMm : 0), true);
    if (right) pdf::place(out, right->row, width - right->width, std::max(0.0, out.height - right->row.height));
    out.height += 0.3 * kMm;
    out.frames.push_back(Frame{0, out.height + 0.4 * kMm, width, 0, 0.85, kGreen});
    out.height += 1.8 * kMm;  // the rule and the space below it
    out.space_before = 2.2 * kMm;
    return out;
}

Row tableRow(const std::vector<double>& widths, const std::vector<Cell>& cells, double min_height,
             double pad_y) {
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

Cell numberCell(const Typesetter& type, std::size_t number, double width, bool middle) {
    const double inner = width - 1.2 * kMm;
    return Cell{text(type, pdf::bold(std::to_string(number)), kBody, inner, false, PANGO_ALIGN_RIGHT), inner, middle};
}

Cell headCell(const Typesetter& type, const std::string& label, double width, PangoAlignment align) {
    return Cell{text(type, pdf::bold(label), kSmall, width - 2 * kPadX, false, align), 0, false, true, true};
}

}  // namespace etappe::exports::sheet_rows
