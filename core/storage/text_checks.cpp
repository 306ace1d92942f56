#include "storage/text_checks.h"

#include <algorithm>

namespace etappe::storage {

namespace {

bool isContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the UTF-8 sequence starting at `i`, or 0 if it is invalid. The
// allowed ranges of the second byte exclude overlong forms (E0 80..9F,
// F0 80..8F), surrogates (ED A0..BF) and code points above U+10FFFF (F4 90..).
std::size_t sequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return 0;  // continuation byte as lead, C0/C1 (always overlong), F5..FF
    }
    if (text.size() - i < length) return 0;
    if (byte(1) < low || byte(1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (!isContinuation(byte(k))) return 0;
    }
    return length;
}

}  // namespace

std::optional<std::size_t> findInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = sequenceLength(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

std::optional<std::size_t> findNulInJson(std::string_view json) {
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] == '\0') return i;
        if (json[i] != '\\') continue;
        if (json.substr(i + 1, 5) == "u0000") return i;
        ++i;  // skip the escaped character, so "\\" never starts a second escape
    }
    return std::nullopt;
}


bool isCurrencyCode(std::string_view text) {
    return text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

TextPosition positionOf(std::string_view text, std::size_t offset) {
    TextPosition position;
    const std::size_t end = std::min(offset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuation(static_cast<unsigned char>(text[i]))) {
            ++position.column;
        }
    }
    return position;
}

}  // namespace etappe::storage
