// png_check FILE WIDTH HEIGHT MIN_COLOURS
// Checks a screenshot of the real program: exact size, enough distinct colours
// that something was drawn (text anti-aliasing alone gives hundreds), and not
// (nearly) one flat colour. Prints a one-line verdict; exit 0 when it passes.
#include <stb_image.h>  // the implementation is compiled into libstb

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>

namespace {

struct StbFree {
    void operator()(unsigned char* pixels) const { stbi_image_free(pixels); }
};

bool parsePositive(const char* text, long& value) {
    char* end = nullptr;
    value = std::strtol(text, &end, 10);
    return end != text && *end == '\0' && value > 0;
}

// A window that failed to draw is one colour, or nearly (a cursor, a border).
constexpr double kMaxShareOfOneColour = 0.99;

struct ColourStats {
    std::size_t distinct = 0;
    long most_common_count = 0;
};

ColourStats countColours(const unsigned char* rgb, long pixel_count) {
    std::unordered_map<unsigned, long> counts;
    for (long i = 0; i < pixel_count; ++i) {
        const unsigned char* p = rgb + i * 3;
        ++counts[static_cast<unsigned>(p[0]) << 16 | static_cast<unsigned>(p[1]) << 8 | p[2]];
    }
    ColourStats stats;
    stats.distinct = counts.size();
    for (const auto& entry : counts) stats.most_common_count = std::max(stats.most_common_count, entry.second);
    return stats;
}

int fail(const std::string& file, const std::string& why) {
    std::printf("png_check: FAIL %s: %s\n", file.c_str(), why.c_str());
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    long width = 0, height = 0, min_colours = 0;
    if (argc != 5 || !parsePositive(argv[2], width) || !parsePositive(argv[3], height) ||
        !parsePositive(argv[4], min_colours)) {
        std::fprintf(stderr, "usage: png_check FILE WIDTH HEIGHT MIN_COLOURS\n");
        return 2;
    }
    const std::string file = argv[1];
    int w = 0, h = 0, channels = 0;
    const std::unique_ptr<unsigned char, StbFree> pixels(stbi_load(file.c_str(), &w, &h, &channels, 3));
    if (!pixels) return fail(file, std::string("cannot read: ") + stbi_failure_reason());
    if (w != width || h != height) {
        return fail(file, "size " + std::to_string(w) + "x" + std::to_string(h) + ", expected " +
                              std::to_string(width) + "x" + std::to_string(height));
    }
    const ColourStats stats = countColours(pixels.get(), width * height);
    if (stats.distinct <= 1) return fail(file, "a single flat colour");
    const double share = static_cast<double>(stats.most_common_count) / static_cast<double>(width * height);
    if (share >= kMaxShareOfOneColour) {
        return fail(file, "nearly blank: one colour covers " + std::to_string(static_cast<int>(share * 100)) + " % of it");
    }
    if (stats.distinct < static_cast<std::size_t>(min_colours)) {
        return fail(file, std::to_string(stats.distinct) + " distinct colours, expected at least " +
                              std::to_string(min_colours));
    }
    std::printf("png_check: OK %s: %ldx%ld, %zu distinct colours, background %.0f %%\n", file.c_str(), width, height,
                stats.distinct, share * 100);
    return 0;
}
