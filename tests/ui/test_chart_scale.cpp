#include <doctest/doctest.h>

// The chart geometry is app code without ImGui; this target links only the
// core, so the small source is compiled in here.
#include "ui/chart_scale.h"

using namespace etappe::ui::chart;

TEST_CASE("shares map onto the plot's height, clamped") {
    const PlotArea area{10.0f, 20.0f, 210.0f, 120.0f};
    CHECK(yForShare(area, 0.0) == doctest::Approx(120.0f));
    CHECK(yForShare(area, 1.0) == doctest::Approx(20.0f));
    CHECK(yForShare(area, 0.25) == doctest::Approx(95.0f));
    CHECK(yForShare(area, 1.7) == doctest::Approx(20.0f));
    CHECK(yForShare(area, -0.5) == doctest::Approx(120.0f));
    CHECK(kPercentTicks.front() == 0.0);
    CHECK(kPercentTicks.back() == 1.0);
}

TEST_CASE("many items are merged into at most 200 bars, as many as the width allows") {
    CHECK(bucketCount(0, 800.0f, 4.0f) == 0);
    CHECK(bucketCount(12, 800.0f, 4.0f) == 12);
    CHECK(bucketCount(10'000, 800.0f, 4.0f) == 200);
    CHECK(bucketCount(10'000, 400.0f, 4.0f) == 100);
    CHECK(bucketCount(10'000, 0.0f, 4.0f) == 1);

    const std::vector<Bucket> buckets = makeBuckets(10'000, 2000.0f, 3.0f);
    REQUIRE(buckets.size() == 200);
    int next = 0;
    for (const Bucket& b : buckets) {
        CHECK(b.first == next);
        CHECK(b.count == 50);
        next += b.count;
    }
    CHECK(next == 10'000);

    // Uneven splits still cover every item exactly once.
    const std::vector<Bucket> uneven = makeBuckets(7, 10.0f, 3.0f);
    REQUIRE(uneven.size() == 3);
    CHECK(uneven[0].first == 0);
    CHECK(uneven[2].first + uneven[2].count == 7);
}

TEST_CASE("bars sit in equal slots with a gap, and buckets sum their items") {
    const PlotArea area{0.0f, 0.0f, 100.0f, 50.0f};
    const auto [l0, r0] = barSpan(area, 0, 4, 0.2f);
    CHECK(l0 == doctest::Approx(2.5f));
    CHECK(r0 == doctest::Approx(22.5f));
    const auto [l3, r3] = barSpan(area, 3, 4, 0.0f);
    CHECK(l3 == doctest::Approx(75.0f));
    CHECK(r3 == doctest::Approx(100.0f));

    const std::vector<double> values = {5.0, 3.0, 2.0, -1.0, 1.0};
    const std::vector<double> sums = bucketSums(values, {{0, 2}, {2, 3}});
    REQUIRE(sums.size() == 2);
    CHECK(sums[0] == doctest::Approx(8.0));
    CHECK(sums[1] == doctest::Approx(3.0));  // negative values count as 0
}

TEST_CASE("a dashed line is split into dashes that end at the line's end") {
    const auto segments = dashes(0.0f, 10.0f, 3.0f, 1.0f);
    REQUIRE(segments.size() == 3);
    CHECK(segments[1].first == doctest::Approx(4.0f));
    CHECK(segments[2].second == doctest::Approx(10.0f));
    CHECK(dashes(5.0f, 5.0f, 3.0f, 1.0f).empty());
}
