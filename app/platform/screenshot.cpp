#include "platform/screenshot.h"

#include <glad/gl.h>
#include <stb_image_write.h>  // the implementation is compiled into libstb

#include <cstring>
#include <string>

#include "i18n/translator.h"
#include "storage/export_target.h"

namespace etappe::platform {

RgbImage readFramebuffer(int width, int height) {
    RgbImage image;
    if (width <= 0 || height <= 0) return image;
    image.width = width;
    image.height = height;
    const std::size_t row = static_cast<std::size_t>(width) * 3;
    std::vector<unsigned char> bottom_up(row * static_cast<std::size_t>(height));
    // Alignment 1: RGB rows of odd widths are not padded to 4 bytes. RGB, not
    // RGBA: ImGui's blending leaves alpha < 1 in places, and a PNG with that
    // alpha would look washed out in image viewers.
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, bottom_up.data());
    // GL's origin is bottom-left; PNG rows go top to bottom.
    image.pixels.resize(bottom_up.size());
    for (int y = 0; y < height; ++y) {
        const auto* source = bottom_up.data() + row * static_cast<std::size_t>(height - 1 - y);
        std::memcpy(image.pixels.data() + row * static_cast<std::size_t>(y), source, row);
    }
    return image;
}

std::string writePng(const std::string& path, const RgbImage& image) {
    if (image.width <= 0 || image.height <= 0) return "the window has no pixels (minimised?)";
    std::string png;
    auto append = [](void* out, void* data, int size) {
        static_cast<std::string*>(out)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
    };
    if (stbi_write_png_to_func(append, &png, image.width, image.height, 3, image.pixels.data(), image.width * 3) == 0) {
        return "the PNG could not be encoded";
    }
    const storage::SaveResult written = storage::writeExport(path, png, true);
    if (written.ok()) return {};
    const i18n::Translator english(i18n::Language::English);
    std::string why = i18n::render(english, written.detail);
    if (written.error_number != 0) why = i18n::render(english, i18n::osError(written.error_number)) + (why.empty() ? "" : " (" + why + ")");
    return why.empty() ? "the PNG could not be written" : why;
}

}  // namespace etappe::platform
