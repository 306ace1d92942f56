#include <doctest/doctest.h>

#include <string>

#include "ui/fit_layout.h"

using namespace etappe::ui;

namespace {
// One unit per character (UTF-8 sequences count once), so widths read as character counts.
float characters(std::string_view text) {
    float n = 0.0f;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0.0f : 1.0f;
    return n;
}
}  // namespace

TEST_CASE("a toolbar item stays on the line only when it ends before the right edge") {
    CHECK(fitsOnLine(100.0f, 10.0f, 50.0f, 200.0f));
    CHECK(fitsOnLine(100.0f, 10.0f, 90.0f, 200.0f));   // ends exactly at the edge
    CHECK_FALSE(fitsOnLine(100.0f, 10.0f, 91.0f, 200.0f));
    CHECK_FALSE(fitsOnLine(190.0f, 10.0f, 1.0f, 200.0f));
}

TEST_CASE("panes sit side by side while both get their minimum, else they stack") {
    // 1280 px window: room for both; the share is kept.
    PaneSplit split = splitPanes(1000.0f, 10.0f, 500.0f, 300.0f, 0.6f);
    CHECK_FALSE(split.stacked);
    CHECK(split.first_width == doctest::Approx(600.0f));
    // The share would squeeze the second pane: the first gives way.
    split = splitPanes(820.0f, 10.0f, 500.0f, 300.0f, 0.7f);
    CHECK_FALSE(split.stacked);
    CHECK(split.first_width == doctest::Approx(510.0f));
    // The share would squeeze the first pane (the customer names): it keeps its minimum.
    split = splitPanes(900.0f, 10.0f, 500.0f, 300.0f, 0.4f);
    CHECK(split.first_width == doctest::Approx(500.0f));
    // Below both minimums: stacked, the first pane gets the whole width.
    split = splitPanes(809.0f, 10.0f, 500.0f, 300.0f, 0.6f);
    CHECK(split.stacked);
    CHECK(split.first_width == doctest::Approx(809.0f));
}

TEST_CASE("stacked panes share the height, each keeping its minimum where possible") {
    CHECK(stackedFirstHeight(500.0f, 0.4f, 100.0f, 200.0f) == doctest::Approx(200.0f));
    CHECK(stackedFirstHeight(500.0f, 0.1f, 100.0f, 200.0f) == doctest::Approx(100.0f));
    CHECK(stackedFirstHeight(500.0f, 0.9f, 100.0f, 200.0f) == doctest::Approx(300.0f));
    // Too low for both minimums: the first keeps its own.
    CHECK(stackedFirstHeight(250.0f, 0.5f, 100.0f, 200.0f) == doctest::Approx(100.0f));
}

TEST_CASE("text that fits stays whole; longer text is cut with an ellipsis") {
    CHECK(fitText("Kempten", 7.0f, characters) == "Kempten");
    CHECK(fitText("Kempten", 20.0f, characters) == "Kempten");
    CHECK(fitText("Kempten", 5.0f, characters) == "Kemp…");
    CHECK(characters(fitText("Kempten", 5.0f, characters)) <= 5.0f);
    CHECK(fitText("Kempten", 1.0f, characters) == "…");
    CHECK(fitText("Kempten", 0.5f, characters).empty());
    CHECK(fitText("", 0.0f, characters).empty());
}

TEST_CASE("names are cut after a whole word when that keeps enough of them") {
    // "Allgäuer Käserei Rappenalm eG" in 20 characters: after "Käserei", not "Rappe…".
    CHECK(fitText("Allgäuer Käserei Rappenalm eG", 20.0f, characters) == "Allgäuer Käserei…");
    // A single long word is cut inside it rather than shown as nothing.
    CHECK(fitText("Donaudampfschifffahrtsgesellschaft", 10.0f, characters) == "Donaudamp…");
    // A short first word and a long second: cutting at the space would lose too much.
    CHECK(fitText("AB Strassberger Fördersysteme", 12.0f, characters) == "AB Strassbe…");
    // Punctuation before the cut is not left dangling.
    CHECK(fitText("Müller, Schulz und Partner", 12.0f, characters) == "Müller…");
    CHECK(fitText("Angebot vorstellen  · Lindenfels GmbH", 22.0f, characters) == "Angebot vorstellen…");
}

TEST_CASE("a cut never splits a UTF-8 character") {
    const std::string cut = fitText("Ölmühle Öhringen", 4.0f, characters);
    CHECK(cut == "Ölm…");
    const std::string cut2 = fitText("ÄÖÜÄÖÜ", 3.0f, characters);
    CHECK(cut2 == "ÄÖ…");
}

TEST_CASE("text wraps at spaces into the lines it may take, the rest cut with an ellipsis") {
    using Lines = std::vector<std::string>;
    CHECK(wrapText("", 10.0f, 3, characters).empty());
    CHECK(wrapText("09:00 Strassberger", 30.0f, 3, characters) == Lines{"09:00 Strassberger"});
    CHECK(wrapText("09:00 Strassberger Fördersysteme GmbH", 14.0f, 3, characters) ==
          Lines{"09:00", "Strassberger", "Fördersysteme…"});
    CHECK(wrapText("Herrn Kienzle die Musterrechnung erklären", 16.0f, 2, characters) ==
          Lines{"Herrn Kienzle", "die Musterrechn…"});
    // A word wider than the line is cut on its line; the next word starts the next one.
    CHECK(wrapText("Donaudampfschifffahrt AG", 10.0f, 3, characters) == Lines{"Donaudamp…", "AG"});
    // One line: the same as fitText.
    CHECK(wrapText("Allgäuer Käserei Rappenalm eG", 20.0f, 1, characters) == Lines{"Allgäuer Käserei…"});
    for (const std::string& line : wrapText("Eigene Reise mit dem Außendienst planen", 7.0f, 6, characters))
        CHECK(characters(line) <= 7.0f);
}

TEST_CASE("table columns share the width, each keeping its header's width where all fit") {
    // Shares alone would give the narrow "Guideline" column 70 of 580: less than its header.
    const auto widths = columnWidths({1.0f, 0.7f, 1.6f, 0.7f, 0.8f}, {80.0f, 100.0f, 80.0f, 100.0f, 70.0f}, 580.0f);
    REQUIRE(widths.size() == 5);
    float sum = 0.0f;
    for (std::size_t i = 0; i < widths.size(); ++i) sum += widths[i];
    CHECK(sum == doctest::Approx(580.0f));
    CHECK(widths[1] == doctest::Approx(100.0f));
    CHECK(widths[3] == doctest::Approx(100.0f));
    CHECK(widths[2] > widths[0]);  // the rest still goes by the shares
    CHECK(widths[0] >= 80.0f);
    CHECK(widths[4] >= 70.0f);
    // Room enough: the shares alone.
    const auto wide = columnWidths({1.0f, 3.0f}, {10.0f, 10.0f}, 400.0f);
    CHECK(wide[0] == doctest::Approx(100.0f));
    CHECK(wide[1] == doctest::Approx(300.0f));
    // Too little room for the minimums: they shrink alike.
    const auto narrow = columnWidths({1.0f, 1.0f}, {100.0f, 300.0f}, 200.0f);
    CHECK(narrow[0] == doctest::Approx(50.0f));
    CHECK(narrow[1] == doctest::Approx(150.0f));
}
