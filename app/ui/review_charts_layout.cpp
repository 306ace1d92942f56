#include "ui/review_charts_layout.h"

#include <algorithm>
#include <cmath>

namespace etappe::ui::review_layout {

int labelStride(float slot_width, float label_width, float gap) {
    if (slot_width <= 0.0f) return 1;
    const float needed = label_width + gap;
    return std::max(1, static_cast<int>(std::ceil(needed / slot_width)));
}

std::pair<float, float> cellSpan(float from, float to, int index, int count) {
    if (count <= 0) return {from, from};
    const float width = (to - from) / static_cast<float>(count);
    return {from + width * static_cast<float>(index), from + width * static_cast<float>(index + 1)};
}

float axisPosition(float from, float to, int value, int max_value) {
    const int clamped = std::clamp(value, 0, max_value);
    return from + (to - from) * static_cast<float>(clamped) / static_cast<float>(max_value);
}

int halfOf(float from, float to, float at) {
    if (at < std::min(from, to) || at > std::max(from, to)) return -1;
    const float middle = (from + to) * 0.5f;
    return (from < to) == (at < middle) ? 0 : 1;
}

}  // namespace etappe::ui::review_layout
