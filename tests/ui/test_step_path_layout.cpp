// The path of 16 stations fits the width it gets (issue 10, items 17 and 18).
#include <doctest/doctest.h>

#include "ui/step_path_layout.h"

using namespace etappe::ui;

namespace {
// The path as the planner draws it at 17 px text: radius 0.85 em, gap 2.8 em, ring margin.
constexpr float kEm = 17.0f;
StepPathLayout planner(float width, float em = kEm) {
    return layoutStepPath(16, width, 0.85f * em, 2.8f * em, 1.1f * em, 0.45f * em);
}
}  // namespace

TEST_CASE("every station, with its ring, lies inside the width: none clipped at the right edge") {
    for (const float width : {300.0f, 477.0f, 810.0f, 1066.0f, 1500.0f, 1706.0f}) {
        CAPTURE(width);
        for (const float em : {kEm, 2.0f * kEm}) {  // 100 % and a projector's 200 %
            CAPTURE(em);
            const StepPathLayout layout = planner(width, em);
            REQUIRE(layout.centres.size() == 16);
            for (const PathPoint& c : layout.centres) {
                CHECK(c.x - layout.radius - 0.45f * em >= -0.01f);
                CHECK(c.x + layout.radius + 0.45f * em <= width + 0.01f);
            }
        }
    }
}

TEST_CASE("stations fill the rows evenly and stay apart") {
    // A 1024 px window's content: two rows of eight, the eighth at the right edge.
    const StepPathLayout two_rows = planner(810.0f);
    CHECK(two_rows.rows == 2);
    CHECK(two_rows.centres[7].y == two_rows.centres[0].y);
    CHECK(two_rows.centres[8].y > two_rows.centres[7].y);
    CHECK(two_rows.centres[7].x + two_rows.radius == doctest::Approx(810.0f - 0.45f * kEm));
    CHECK(two_rows.centres[0].x - two_rows.radius == doctest::Approx(0.45f * kEm));
    // A wide window: one row.
    const StepPathLayout one_row = planner(1706.0f);
    CHECK(one_row.rows == 1);
    CHECK(one_row.slot >= 2.0f * one_row.radius + 2.8f * kEm);
    for (std::size_t i = 1; i < one_row.centres.size(); ++i)
        CHECK(one_row.centres[i].x - one_row.centres[i - 1].x == doctest::Approx(one_row.slot));
    // At 200 % the same width needs more rows, and they still fit.
    CHECK(planner(810.0f, 2.0f * kEm).rows > two_rows.rows);
    // Height grows with the rows; the area under the last row keeps room for a label.
    CHECK(planner(810.0f, 2.0f * kEm).height > two_rows.height);
}

TEST_CASE("a label gap asks for wider slots and so for more rows") {
    const StepPathLayout narrow = layoutStepPath(16, 1706.0f, 14.0f, 150.0f, 40.0f, 8.0f);
    CHECK(narrow.rows == 2);
    CHECK(narrow.slot >= 150.0f + 28.0f);
}

TEST_CASE("a click finds the station under it") {
    const StepPathLayout layout = planner(810.0f);
    CHECK(stationAt(layout, layout.centres[7]) == 7);
    CHECK(stationAt(layout, PathPoint{layout.centres[12].x + layout.radius * 0.9f, layout.centres[12].y}) == 12);
    CHECK(stationAt(layout, PathPoint{(layout.centres[0].x + layout.centres[1].x) * 0.5f, layout.centres[0].y}) == -1);
    CHECK(layoutStepPath(0, 500.0f, 10.0f, 10.0f, 10.0f).centres.empty());
    CHECK(layoutStepPath(16, 0.0f, 10.0f, 10.0f, 10.0f).centres.empty());
}

TEST_CASE("names alternate below and above, each using the room over its neighbours") {
    // One row of 16 in a wide window: 100 px apart, so a 180 px name fits when its neighbours sit on the other side.
    const StepPathLayout row = layoutStepPath(16, 1600.0f, 14.0f, 40.0f, 40.0f, 8.0f);
    REQUIRE(row.rows == 1);
    std::vector<float> names(16, 180.0f);
    names.front() = names.back() = 80.0f;  // at the ends a name is pushed inwards: short ones there ("Reflexion")
    const LabelPlacement placed = placeLabels(row, names, 1600.0f, 8.0f);
    CHECK(placed.fits);
    CHECK_FALSE(placed.above[0]);
    CHECK(placed.above[1]);
    CHECK_FALSE(placed.above[2]);
    // Names at the ends stay inside the width.
    CHECK(placed.left.front() >= 0.0f);
    CHECK(placed.left.back() + 80.0f <= 1600.0f);
    // A long name at the start, pushed inwards, would run into the third station's name.
    names.front() = 180.0f;
    CHECK_FALSE(placeLabels(row, names, 1600.0f, 8.0f).fits);
    // Twice the slot is too much: same-side neighbours would touch.
    CHECK_FALSE(placeLabels(row, std::vector<float>(16, 2.0f * row.slot), 1600.0f, 8.0f).fits);
}

TEST_CASE("each row starts below again, and rows capped to fewer stations give names more room") {
    const StepPathLayout two = layoutStepPath(16, 810.0f, 14.45f, 47.6f, 44.0f, 7.65f, 8);
    REQUIRE(two.rows == 2);
    const StepPathLayout three = layoutStepPath(16, 810.0f, 14.45f, 47.6f, 44.0f, 7.65f, 6);
    CHECK(three.rows == 3);
    CHECK(three.slot > two.slot);
    const LabelPlacement placed = placeLabels(two, std::vector<float>(16, 150.0f), 810.0f, 8.0f);
    CHECK_FALSE(placed.above[8]);  // station 9 opens the second row, below like station 1
    CHECK(placed.above[9]);
    CHECK(placed.fits);
}
