#pragma once
// The building blocks of the printable sheets in PDF (sheet_pdf.cpp): the HTML
// sheets' sizes in points, and rows of text, tick boxes, writing lines, boxes
// to write in and table cells, made with pango and laid out by pdf_flow.h.
#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

#include "exports/pdf/pdf_flow.h"
#include "exports/pdf/typesetter.h"

namespace etappe::exports::sheet_rows {

using pdf::Row;
using pdf::Typesetter;

inline constexpr double kMm = 72.0 / 25.4;
inline constexpr double kMargin = 10 * kMm;  // as the HTML sheets' @page
// The HTML sheets' sizes in points.
inline constexpr double kTitle = 13;
inline constexpr double kHeading = 9.5;
inline constexpr double kBody = 8.5;
inline constexpr double kLabel = 8;
inline constexpr double kSmall = 7.5;
inline constexpr double kTiny = 7;
inline constexpr double kBox = 3 * kMm;            // a tick box's side
inline constexpr double kBoxRoom = kBox + 1.2 * kMm;  // the box and the space before its label
inline constexpr double kPadX = 1 * kMm;           // a table cell's padding
inline constexpr double kPadY = 0.6 * kMm;
inline constexpr pdf::RGB kGreen{0.227, 0.490, 0.267};  // #3a7d44
inline constexpr pdf::RGB kShade{0.910, 0.937, 0.914};  // #e8efe9
inline constexpr pdf::RGB kInk{0.133, 0.133, 0.133};    // #222

// Pango markup in a colour ("#444444").
std::string coloured(const std::string& markup, const char* colour);

// Text laid out within `width`, kept whole on one page.
Row text(const Typesetter& type, const std::string& markup, double size, double width, bool is_bold = false,
         PangoAlignment align = PANGO_ALIGN_LEFT);

// A piece of a row of tick items, with the width it takes unwrapped.
struct Piece {
    Row row;
    double width = 0;
};

// A tick box before a label; the label wraps beside the box within `width`.
Piece checkItem(const Typesetter& type, const std::string& label, double size, double width = 1e4);

// A bold label on one line, with its width.
Piece boldLabel(const Typesetter& type, const std::string& label, double size);

// Pieces left to right, wrapping onto a new line where the next one would not fit.
Row flowing(const std::vector<Piece>& pieces, double width, double gap, double line_gap);

// Pieces one below the other (a cell's tick boxes).
Row stacked(const std::vector<Piece>& pieces, double gap);

// "Customer ________": a bold label and a line to write on up to `width`.
Row writingLine(const Typesetter& type, const std::string& label, double width);

// An empty box to write in, headed by its label (and a grey remark after it).
Row fieldBox(const Typesetter& type, const std::string& label, double width, double height,
             const std::string& remark = "");

// Boxes side by side over `width`, `gap` apart.
Row fieldBoxes(const Typesetter& type, const std::vector<std::string>& labels, double width, double height,
               double gap);

// A section heading (h2) with its green rule; `right` is put at its right end.
Row heading(const Typesetter& type, const std::string& markup, double width, const Piece* right = nullptr);

// A table row: each cell's content inside its padding, all cells as tall as the tallest.
struct Cell {
    Row content;
    double centred_width = 0;  // > 0: centred across the cell, being this wide
    bool middle = false;       // centred from top to bottom
    bool shaded = false;
    bool framed = true;
};

Row tableRow(const std::vector<double>& widths, const std::vector<Cell>& cells, double min_height,
             double pad_y = kPadY);

// Column widths given in millimetres; a last column takes what is left of `total`.
std::vector<double> millimetres(std::initializer_list<double> widths, double total);

// A step's number, right-aligned in a narrow column: less padding, so "16" stays on one line.
Cell numberCell(const Typesetter& type, std::size_t number, double width, bool middle);

// A shaded, bold header cell.
Cell headCell(const Typesetter& type, const std::string& label, double width, PangoAlignment align = PANGO_ALIGN_LEFT);

}  // namespace etappe::exports::sheet_rows
