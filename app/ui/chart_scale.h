#pragma once
// Pure chart geometry (no ImGui): value → pixel mapping, bar buckets, ticks and
// dashes, so the chart module's arithmetic is unit-tested on its own.
#include <array>
#include <utility>
#include <vector>

namespace etappe::ui::chart {

// The plot area in pixels; y grows downwards as on screen.
struct PlotArea {
    float left = 0.0f;
    float top = 0.0f;
    float right = 0.0f;
    float bottom = 0.0f;
    float width() const { return right - left; }
    float height() const { return bottom - top; }
};

// Percentage ticks on the y axis (shares 0–1).
inline constexpr std::array<double, 5> kPercentTicks = {0.0, 0.25, 0.5, 0.75, 1.0};

// Share 0–1 → y pixel (0 at the bottom, 1 at the top); clamped to the area.
float yForShare(const PlotArea& area, double share);

// A run of consecutive items drawn as one bar.
struct Bucket {
    int first = 0;
    int count = 0;
};

// Most bars for a plot `width` pixels wide when each bar needs at least
// `min_bar_pixels`, never more than `max_buckets`.
int bucketCount(int items, float width, float min_bar_pixels, int max_buckets = 200);

// Splits `items` into `bucketCount(...)` buckets of (almost) equal size, in order.
std::vector<Bucket> makeBuckets(int items, float width, float min_bar_pixels, int max_buckets = 200);

// Left and right pixel of bar `index` of `count`, leaving a gap of `gap_fraction`
// of the slot (the gap is dropped when the slot is narrower than two pixels).
std::pair<float, float> barSpan(const PlotArea& area, int index, int count, float gap_fraction = 0.2f);

// Sums of the (non-negative) values per bucket.
std::vector<double> bucketSums(const std::vector<double>& values, const std::vector<Bucket>& buckets);

// Segments [x0, x1] of a dashed line from `from` to `to`.
std::vector<std::pair<float, float>> dashes(float from, float to, float dash, float gap);

}  // namespace etappe::ui::chart
