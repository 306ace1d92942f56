// The page flow of the PDF brief with rows of known heights: blocks stay whole where they fit,
// balanced columns end close together, and what is longer than a page goes on over pages.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "exports/pdf/pdf_flow.h"

using namespace etappe::exports::pdf;

namespace {

Block blockOf(int rows, double height = 10, double space_after = 2) {
    Block block;
    for (int i = 0; i < rows; ++i) block.rows.push_back(Row{i == 0 ? 0.0 : 1.0, height, {}, -1, false, {}});
    block.space_after = space_after;
    return block;
}

}  // namespace

TEST_CASE("balanced columns keep each block in one column and end close together") {
    PageFlow flow;
    std::vector<Block> blocks;
    for (int i = 0; i < 9; ++i) blocks.push_back(blockOf(1 + i % 4));
    flow.balancedColumns(blocks, 14);
    const auto placed = flow.placements();
    REQUIRE(placed.size() == 21);  // every row once
    CHECK(flow.pages() == 1);
    // Rows of one block share a column.
    std::size_t row = 0;
    for (const Block& block : blocks) {
        for (std::size_t i = 1; i < block.rows.size(); ++i) CHECK(placed[row + i].x == placed[row].x);
        row += block.rows.size();
    }
    std::map<double, double> bottom;  // column x → lowest row end
    for (const auto& p : placed) bottom[p.x] = std::max(bottom[p.x], p.y + p.height);
    REQUIRE(bottom.size() == 2);
    CHECK(std::abs(bottom.begin()->second - bottom.rbegin()->second) <= 45);  // within one block of four rows
}

TEST_CASE("blocks that do not fit go on in the next column, then on the next page") {
    PageFlow flow;
    std::vector<Block> blocks(30, blockOf(5));  // 30 × ~56 pt: about two columns of a page and a bit
    flow.balancedColumns(blocks, 14);
    CHECK(flow.pages() == 2);
    const auto placed = flow.placements();
    CHECK(placed.size() == 150);
    const PageGeometry page;
    for (const auto& p : placed) {
        CHECK(p.y >= page.top() - 0.01);
        CHECK(p.y + p.height <= page.bottom() + 0.01);
    }
}

TEST_CASE("a block longer than a page is split over pages and every row is placed once") {
    PageFlow flow;
    flow.stack(blockOf(200));
    CHECK(flow.pages() == 3);
    const auto placed = flow.placements();
    CHECK(placed.size() == 200);
    const PageGeometry page;
    for (const auto& p : placed) CHECK(p.y + p.height <= page.bottom() + 0.01);
}

TEST_CASE("side by side columns start at the same height, and what follows goes below the longer") {
    PageFlow flow;
    flow.sideBySide({blockOf(3)}, {blockOf(6)}, 0.6, 14);
    flow.stack(blockOf(1));
    const auto placed = flow.placements();
    REQUIRE(placed.size() == 10);
    CHECK(placed[0].y == placed[3].y);
    CHECK(placed[0].x < placed[3].x);
    CHECK(placed[9].y >= placed[8].y + placed[8].height);
}

TEST_CASE("placing a row in another moves its text and frames and grows the row to hold it") {
    Row cell;
    cell.height = 8;
    cell.frames.push_back(Frame{1, 2, 3, 3});
    cell.text.push_back(TextLine{nullptr, 0, 4, 6});
    Row row;
    row.height = 5;
    place(row, cell, 10, 20);
    REQUIRE(row.frames.size() == 1);
    CHECK(row.frames[0].x == doctest::Approx(11));
    CHECK(row.frames[0].y == doctest::Approx(22));
    REQUIRE(row.text.size() == 1);
    CHECK(row.text[0].x == doctest::Approx(14));
    CHECK(row.text[0].baseline == doctest::Approx(26));
    CHECK(row.height == doctest::Approx(28));
    place(row, cell, 0, 0);  // within what the row holds already: no taller
    CHECK(row.height == doctest::Approx(28));
}
