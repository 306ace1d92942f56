#include "exports/pdf/pdf_flow.h"

#include <algorithm>

namespace etappe::exports::pdf {

namespace {

constexpr double kEpsilon = 0.01;
constexpr RGB kBarFrame{0.467, 0.467, 0.467};  // #777, as the HTML brief's rules and bar
constexpr RGB kBarFill{0.227, 0.490, 0.267};   // #3a7d44
constexpr double kLineWidth = 0.85;            // 0.3 mm

void setColour(cairo_t* cr, RGB colour) { cairo_set_source_rgb(cr, colour.r, colour.g, colour.b); }

void drawFrame(cairo_t* cr, double x, double y, const Frame& frame) {
    if (frame.filled && frame.height > 0) {
        setColour(cr, frame.fill);
        cairo_rectangle(cr, x + frame.x, y + frame.y, frame.width, frame.height);
        cairo_fill(cr);
    }
    if (frame.line_width <= 0) return;
    setColour(cr, frame.stroke);
    cairo_set_line_width(cr, frame.line_width);
    if (frame.height > 0) {
        cairo_rectangle(cr, x + frame.x, y + frame.y, frame.width, frame.height);
    } else {
        cairo_move_to(cr, x + frame.x, y + frame.y);
        cairo_rel_line_to(cr, frame.width, 0);
    }
    cairo_stroke(cr);
}

void drawRow(cairo_t* cr, double x, double y, double width, const Row& row) {
    for (const Frame& frame : row.frames) drawFrame(cr, x, y, frame);
    setColour(cr, RGB{0.067, 0.067, 0.067});  // #111; markup colours its own spans
    for (const TextLine& text : row.text) {
        PangoLayoutLine* line = pango_layout_get_line_readonly(text.layout.get(), text.index);
        if (line == nullptr) continue;
        cairo_move_to(cr, x + text.x, y + text.baseline);
        pango_cairo_show_layout_line(cr, line);
    }
    if (row.bar_fraction >= 0) {
        const double inset = kLineWidth / 2;
        const double height = row.height - 2 * inset;
        setColour(cr, kBarFill);
        cairo_rectangle(cr, x, y + inset, width * std::clamp(row.bar_fraction, 0.0, 1.0), height);
        cairo_fill(cr);
        setColour(cr, kBarFrame);
        cairo_set_line_width(cr, kLineWidth);
        cairo_rectangle(cr, x + inset, y + inset, width - 2 * inset, height);
        cairo_stroke(cr);
    }
    if (row.rule) {
        setColour(cr, kBarFrame);
        cairo_set_line_width(cr, kLineWidth);
        cairo_move_to(cr, x, y + row.height - kLineWidth / 2);
        cairo_rel_line_to(cr, width, 0);
        cairo_stroke(cr);
    }
}

}  // namespace

double Block::height() const {
    double total = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) total += (i == 0 ? 0 : rows[i].space_before) + rows[i].height;
    return total;
}

std::vector<Row> rowsOf(const LayoutPtr& layout, double x) {
    std::vector<Row> rows;
    PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
    int index = 0;
    do {
        int top = 0;
        int bottom = 0;
        pango_layout_iter_get_line_yrange(iter, &top, &bottom);
        PangoRectangle in_layout;
        pango_layout_iter_get_line_extents(iter, nullptr, &in_layout);
        PangoRectangle own;
        pango_layout_line_get_extents(pango_layout_iter_get_line_readonly(iter), nullptr, &own);
        Row row;
        row.height = static_cast<double>(bottom - top) / PANGO_SCALE;
        row.text.push_back(TextLine{layout, index++, x + static_cast<double>(in_layout.x - own.x) / PANGO_SCALE,
                                    static_cast<double>(pango_layout_iter_get_baseline(iter) - top) / PANGO_SCALE});
        rows.push_back(std::move(row));
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    return rows;
}

Row wholeRow(const LayoutPtr& layout) {
    Row whole;
    for (const Row& line : rowsOf(layout)) place(whole, line, 0, whole.height);
    return whole;
}

void place(Row& into, const Row& part, double dx, double dy) {
    for (TextLine text : part.text) {
        text.x += dx;
        text.baseline += dy;
        into.text.push_back(std::move(text));
    }
    for (Frame frame : part.frames) {
        frame.x += dx;
        frame.y += dy;
        into.frames.push_back(frame);
    }
    into.height = std::max(into.height, dy + part.height);
}

double naturalWidth(const LayoutPtr& layout) {
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
}

PageFlow::PageFlow(PageGeometry page) : page_(page), cursor_{0, page.top()} {}

double PageFlow::fillColumn(const std::vector<Block>& blocks, Position& at, Cursor start, double x, double width,
                            double limit, bool dry_run) {
    // On an empty page a column always takes a row, so a block taller than a page still goes on.
    const bool fresh_page = start.y <= page_.top() + kEpsilon && limit >= page_.bottom() - kEpsilon;
    const double page_height = page_.bottom() - page_.top();
    double y = start.y;
    bool placed_any = false;
    double pending_space = 0;
    while (at.block < blocks.size()) {
        const Block& block = blocks[at.block];
        if (at.row == 0) {
            const double space = placed_any ? pending_space : 0;
            // A block that fits in a column moves to the next one whole; a longer one is split.
            const bool must_start = fresh_page && !placed_any;
            if (y + space + block.height() > limit + kEpsilon && block.height() <= page_height && !must_start) break;
            y += space;
        }
        const double edge_top = y;
        bool stopped = false;
        while (at.row < block.rows.size()) {
            const Row& row = block.rows[at.row];
            const double space = placed_any && at.row > 0 ? row.space_before : 0;
            if (y + space + row.height > limit + kEpsilon && (placed_any || !fresh_page)) {
                stopped = true;
                break;
            }
            y += space;
            if (!dry_run) rows_.push_back(PlacedRow{start.page, x, y, width, &row});
            y += row.height;
            ++at.row;
            placed_any = true;
        }
        if (!dry_run && block.edge.shown && y > edge_top)
            edges_.push_back(PlacedEdge{start.page, x, edge_top, y, &block.edge});
        if (stopped) break;
        pending_space = block.space_after;
        ++at.block;
        at.row = 0;
    }
    return y;
}

PageFlow::Cursor PageFlow::flowColumn(const std::vector<Block>& blocks, Cursor start, double x, double width) {
    Position at;
    Cursor cursor = start;
    for (;;) {
        const double y = fillColumn(blocks, at, cursor, x, width, page_.bottom(), false);
        if (at.block >= blocks.size()) return Cursor{cursor.page, y};
        cursor = Cursor{cursor.page + 1, page_.top()};
        pages_ = std::max(pages_, cursor.page + 1);
    }
}

bool PageFlow::fitsInTwo(const std::vector<Block>& blocks, Position at, Cursor start, double height, double width) {
    fillColumn(blocks, at, start, 0, width, start.y + height, true);
    fillColumn(blocks, at, start, 0, width, start.y + height, true);
    return at.block >= blocks.size();
}

void PageFlow::newPageIfNeeded(Cursor cursor) {
    cursor_ = cursor;
    pages_ = std::max(pages_, cursor_.page + 1);
}

void PageFlow::stack(const Block& block, double keep_with_next) {
    const auto& kept = *kept_.emplace_back(std::make_shared<const std::vector<Block>>(1, block));
    if (cursor_.y > page_.top() + kEpsilon && cursor_.y + block.height() + keep_with_next > page_.bottom())
        newPageIfNeeded(Cursor{cursor_.page + 1, page_.top()});
    newPageIfNeeded(flowColumn(kept, cursor_, page_.left(), page_.textWidth()));
    cursor_.y += block.space_after;
}

void PageFlow::sideBySide(const std::vector<Block>& left, const std::vector<Block>& right, double left_share,
                          double gap) {
    const auto& kept_left = *kept_.emplace_back(std::make_shared<const std::vector<Block>>(left));
    const auto& kept_right = *kept_.emplace_back(std::make_shared<const std::vector<Block>>(right));
    const double left_width = (page_.textWidth() - gap) * left_share;
    const Cursor end_left = flowColumn(kept_left, cursor_, page_.left(), left_width);
    const Cursor end_right =
        flowColumn(kept_right, cursor_, page_.left() + left_width + gap, page_.textWidth() - gap - left_width);
    const bool left_longer =
        end_left.page > end_right.page || (end_left.page == end_right.page && end_left.y >= end_right.y);
    newPageIfNeeded(left_longer ? end_left : end_right);
}

void PageFlow::balancedColumns(const std::vector<Block>& blocks, double gap) {
    const auto& kept = *kept_.emplace_back(std::make_shared<const std::vector<Block>>(blocks));
    const double width = (page_.textWidth() - gap) / 2;
    const double second_x = page_.left() + width + gap;
    Position at;
    while (at.block < kept.size()) {
        const double room = page_.bottom() - cursor_.y;
        if (room > 0 && fitsInTwo(kept, at, cursor_, room, width)) {
            // The shortest column height that still takes everything.
            double low = 0;
            double high = room;
            for (int i = 0; i < 24 && high - low > 0.5; ++i) {
                const double middle = (low + high) / 2;
                (fitsInTwo(kept, at, cursor_, middle, width) ? high : low) = middle;
            }
            const double first = fillColumn(kept, at, cursor_, page_.left(), width, cursor_.y + high, false);
            const double second = fillColumn(kept, at, cursor_, second_x, width, cursor_.y + high, false);
            cursor_.y = std::max(first, second);
            return;
        }
        fillColumn(kept, at, cursor_, page_.left(), width, page_.bottom(), false);
        fillColumn(kept, at, cursor_, second_x, width, page_.bottom(), false);
        newPageIfNeeded(Cursor{cursor_.page + 1, page_.top()});
    }
}

void PageFlow::addSpace(double points) { cursor_.y += points; }

std::vector<PageFlow::Placement> PageFlow::placements() const {
    std::vector<Placement> out;
    for (const PlacedRow& placed : rows_) out.push_back(Placement{placed.page, placed.x, placed.y, placed.row->height});
    return out;
}

void PageFlow::draw(cairo_t* cr) const {
    for (int page = 0; page < pages_; ++page) {
        for (const PlacedEdge& edge : edges_) {
            if (edge.page != page) continue;
            setColour(cr, edge.edge->colour);
            cairo_rectangle(cr, edge.x, edge.top, edge.edge->width, edge.bottom - edge.top);
            cairo_fill(cr);
        }
        for (const PlacedRow& placed : rows_) {
            if (placed.page == page) drawRow(cr, placed.x, placed.y, placed.width, *placed.row);
        }
        cairo_show_page(cr);
    }
}

}  // namespace etappe::exports::pdf
