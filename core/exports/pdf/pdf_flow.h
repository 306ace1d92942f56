#pragma once
// Puts laid-out lines of text on A4 pages: full-width blocks one below the other, two columns
// side by side, or blocks balanced over two columns. Placing happens first, drawing after, so
// the page count is known before anything is drawn and a column may run onto a page that the
// column next to it never reaches. Internal to etappe_pdf (the brief, the sheets).
#include <pango/pangocairo.h>

#include <memory>
#include <vector>

namespace etappe::exports::pdf {

using LayoutPtr = std::shared_ptr<PangoLayout>;

// A4 in PostScript points, with the HTML brief's 14 mm margins.
struct PageGeometry {
    double width = 595.276;
    double height = 841.890;
    double margin = 39.685;
    double left() const { return margin; }
    double top() const { return margin; }
    double bottom() const { return height - margin; }
    double textWidth() const { return width - 2 * margin; }
};

struct RGB {
    double r = 0, g = 0, b = 0;
};

// One line of a pango layout: `x` from the column's left edge, `baseline` from the row's top.
struct TextLine {
    LayoutPtr layout;
    int index = 0;
    double x = 0;
    double baseline = 0;
};

// A rectangle drawn with a row, from the row's top left: a tick box, a table cell, a box to
// write in; one without height is a ruled line (a writing line). Filled first, then framed.
struct Frame {
    double x = 0, y = 0, width = 0, height = 0;
    double line_width = 0.7;  // 0.25 mm; 0 draws no frame
    RGB stroke{0.467, 0.467, 0.467};
    bool filled = false;
    RGB fill{1, 1, 1};
};

// What a column stacks: a line of text (with a bullet in front of it, say), a progress bar, frames
// or all of them. Space before a row is dropped at the top of a column.
struct Row {
    double space_before = 0;
    double height = 0;
    std::vector<TextLine> text;
    double bar_fraction = -1;  // >= 0: a progress bar over the row's width, filled this much
    bool rule = false;         // a thin line under the row (section headings)
    std::vector<Frame> frames;  // drawn under the text
};

// A bar down the left edge of a block: the meeting goal's green one, a knowledge gap's grey one.
struct Edge {
    bool shown = false;
    double width = 0;
    RGB colour;
};

// Rows kept in one column when they fit in one: a field, an attendee, a knowledge gap.
struct Block {
    std::vector<Row> rows;
    Edge edge;
    double space_after = 0;
    double height() const;
};

// The rows of a layout's lines, `x` from the column's left edge.
std::vector<Row> rowsOf(const LayoutPtr& layout, double x = 0);
// All of a layout's lines as one row, which a page break never splits (a table cell's text).
Row wholeRow(const LayoutPtr& layout);
// Puts `part`'s text and frames into `into`, moved right by `dx` and down by `dy`; `into` grows
// to hold it. Cells, tick boxes and labels compose into one row this way.
void place(Row& into, const Row& part, double dx, double dy);
// The width of a layout's widest line.
double naturalWidth(const LayoutPtr& layout);

class PageFlow {
public:
    explicit PageFlow(PageGeometry page = {});

    // A full-width block below what is there; it starts a new page when less than
    // `keep_with_next` points would be left under it (a heading and the first thing it heads).
    void stack(const Block& block, double keep_with_next = 0);
    // Two columns from the same top, the left one `left_share` of the width; what comes after
    // starts below the longer one.
    void sideBySide(const std::vector<Block>& left, const std::vector<Block>& right, double left_share, double gap);
    // Blocks over two equal columns, as even as the blocks allow (the first column the longer),
    // continued on a new page when they do not fit on this one.
    void balancedColumns(const std::vector<Block>& blocks, double gap);
    void addSpace(double points);

    int pages() const { return pages_; }
    // Where each row went, in the order placed (for tests).
    struct Placement {
        int page;
        double x, y, height;
    };
    std::vector<Placement> placements() const;
    const PageGeometry& page() const { return page_; }
    // Draws page after page onto a cairo context (a PDF surface): cairo_show_page after each.
    void draw(cairo_t* cr) const;

private:
    struct Cursor {
        int page = 0;
        double y = 0;
    };
    struct Position {  // the next row to place: block, then row in it
        std::size_t block = 0;
        std::size_t row = 0;
    };
    struct PlacedRow {
        int page;
        double x, y, width;
        const Row* row;
    };
    struct PlacedEdge {
        int page;
        double x, top, bottom;
        const Edge* edge;
    };

    // Fills one column from `start` down to `limit`; false placed nothing when `dry_run`.
    double fillColumn(const std::vector<Block>& blocks, Position& at, Cursor start, double x, double width,
                      double limit, bool dry_run);
    Cursor flowColumn(const std::vector<Block>& blocks, Cursor start, double x, double width);
    bool fitsInTwo(const std::vector<Block>& blocks, Position at, Cursor start, double height, double width);
    void newPageIfNeeded(Cursor cursor);

    PageGeometry page_;
    Cursor cursor_;
    int pages_ = 1;
    // Rows and edges point into blocks kept here, so callers may pass temporaries.
    std::vector<std::shared_ptr<const std::vector<Block>>> kept_;
    std::vector<PlacedRow> rows_;
    std::vector<PlacedEdge> edges_;
};

}  // namespace etappe::exports::pdf
