// The review charts' geometry: month labels never overlap, cells tile the
// plot, 0–10 maps onto the axis, and a click lands in the right half.
#include <doctest/doctest.h>

#include "ui/review_charts_layout.h"

using namespace etappe::ui::review_layout;

TEST_CASE("label stride: every label when it fits its slot, else every n-th so none overlaps") {
    CHECK(labelStride(60.0f, 40.0f, 8.0f) == 1);
    CHECK(labelStride(30.0f, 40.0f, 8.0f) == 2);   // 48 px needed, 30 per slot
    CHECK(labelStride(10.0f, 40.0f, 8.0f) == 5);
    CHECK(labelStride(0.0f, 40.0f, 8.0f) == 1);
    // With the stride, the distance between drawn labels is at least label + gap.
    for (const float slot : {7.0f, 13.0f, 29.0f, 47.0f}) CHECK(slot * static_cast<float>(labelStride(slot, 40.0f, 8.0f)) >= 48.0f);
}

TEST_CASE("cells tile the range without gaps; axis and halves") {
    CHECK(cellSpan(100.0f, 200.0f, 0, 4).first == doctest::Approx(100.0f));
    CHECK(cellSpan(100.0f, 200.0f, 3, 4).second == doctest::Approx(200.0f));
    CHECK(cellSpan(100.0f, 200.0f, 1, 4).second == doctest::Approx(cellSpan(100.0f, 200.0f, 2, 4).first));
    CHECK(axisPosition(0.0f, 100.0f, 5) == doctest::Approx(50.0f));
    CHECK(axisPosition(0.0f, 100.0f, 12) == doctest::Approx(100.0f));  // clamped
    CHECK(axisPosition(300.0f, 100.0f, 10) == doctest::Approx(100.0f)); // y grows downwards: 10 at the top
    CHECK(halfOf(0.0f, 100.0f, 10.0f) == 0);
    CHECK(halfOf(0.0f, 100.0f, 60.0f) == 1);
    CHECK(halfOf(0.0f, 100.0f, 120.0f) == -1);
}
