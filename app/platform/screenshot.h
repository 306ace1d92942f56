#pragma once
#include <string>
#include <vector>

// Reading the rendered frame back and saving it as PNG (--screenshot).
namespace etappe::platform {

struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> pixels;  // rows top to bottom, 3 bytes per pixel
};

// Reads the current GL read buffer (the back buffer after rendering, before
// the swap) at framebuffer size.
RgbImage readFramebuffer(int width, int height);

// Writes atomically through storage::writeExport; never creates folders and
// never writes into a portfolio, a symlink or a device. An existing plain file
// is replaced: the command line checked it (--force) before the window opened.
// Returns an empty string on success, otherwise why it failed (English).
std::string writePng(const std::string& path, const RgbImage& image);

}  // namespace etappe::platform
