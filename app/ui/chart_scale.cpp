#include "ui/chart_scale.h"

#include <algorithm>
#include <cmath>

namespace etappe::ui::chart {

float yForShare(const PlotArea& area, double share) {
    const double clamped = std::clamp(std::isfinite(share) ? share : 0.0, 0.0, 1.0);
    return area.bottom - static_cast<float>(clamped) * area.height();
}

int bucketCount(int items, float width, float min_bar_pixels, int max_buckets) {
    if (items <= 0) return 0;
    const float per_bar = std::max(min_bar_pixels, 1.0f);
    const int fitting = width > 0.0f ? static_cast<int>(std::floor(width / per_bar)) : 1;
    return std::clamp(std::min(items, fitting), 1, std::max(max_buckets, 1));
}

std::vector<Bucket> makeBuckets(int items, float width, float min_bar_pixels, int max_buckets) {
    const int count = bucketCount(items, width, min_bar_pixels, max_buckets);
    std::vector<Bucket> buckets;
    buckets.reserve(static_cast<std::size_t>(count));
    for (int b = 0; b < count; ++b) {
        // 64-bit products: items × buckets stays exact for any portfolio size.
        const int first = static_cast<int>(static_cast<long long>(b) * items / count);
        const int end = static_cast<int>(static_cast<long long>(b + 1) * items / count);
        buckets.push_back(Bucket{first, end - first});
    }
    return buckets;
}

std::pair<float, float> barSpan(const PlotArea& area, int index, int count, float gap_fraction) {
    if (count <= 0) return {area.left, area.left};
    const float slot = area.width() / static_cast<float>(count);
    const float left = area.left + slot * static_cast<float>(index);
    const float gap = slot >= 2.0f ? slot * std::clamp(gap_fraction, 0.0f, 0.9f) : 0.0f;
    return {left + gap * 0.5f, left + slot - gap * 0.5f};
}

std::vector<double> bucketSums(const std::vector<double>& values, const std::vector<Bucket>& buckets) {
    std::vector<double> sums;
    sums.reserve(buckets.size());
    const int size = static_cast<int>(values.size());
    for (const Bucket& bucket : buckets) {
        double sum = 0.0;
        const int end = std::min(bucket.first + bucket.count, size);
        for (int i = std::max(bucket.first, 0); i < end; ++i) sum += std::max(values[static_cast<std::size_t>(i)], 0.0);
        sums.push_back(sum);
    }
    return sums;
}

std::vector<std::pair<float, float>> dashes(float from, float to, float dash, float gap) {
    std::vector<std::pair<float, float>> segments;
    if (to <= from || dash <= 0.0f) return segments;
    const float step = dash + std::max(gap, 0.0f);
    for (float x = from; x < to; x += step) segments.emplace_back(x, std::min(x + dash, to));
    return segments;
}

}  // namespace etappe::ui::chart
