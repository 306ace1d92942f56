#include "rules/search_text.h"

#include <array>
#include <cstdint>

namespace etappe::rules {

namespace {

// Base letters of U+00C0–U+00FF; "" keeps the character (× ÷).
constexpr std::array<const char*, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // À–Ï
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // Ð–ß
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // à–ï
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",   // ð–ÿ
};

// Base letters of Latin Extended-A (U+0100–U+017F), by ranges.
struct Range {
    char32_t first, last;
    const char* base;
};
constexpr std::array<Range, 24> kExtendedA = {{
    {0x100, 0x105, "a"},  {0x106, 0x10D, "c"},  {0x10E, 0x111, "d"},  {0x112, 0x11B, "e"}, {0x11C, 0x123, "g"},
    {0x124, 0x127, "h"},  {0x128, 0x131, "i"},  {0x132, 0x133, "ij"}, {0x134, 0x135, "j"}, {0x136, 0x138, "k"},
    {0x139, 0x142, "l"},  {0x143, 0x14B, "n"},  {0x14C, 0x151, "o"},  {0x152, 0x153, "oe"}, {0x154, 0x159, "r"},
    {0x15A, 0x161, "s"},  {0x162, 0x167, "t"},  {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"},  {0x17F, 0x17F, "s"},  {0x1E9E, 0x1E9E, "ss"}, {0x2010, 0x2011, "-"},
}};

// The next UTF-8 character at `i` (advancing it); invalid bytes come back as themselves.
char32_t decode(std::string_view text, std::size_t& i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 1;
    if (length == 1 || i + static_cast<std::size_t>(length) > text.size()) {
        ++i;
        return byte;
    }
    char32_t code = byte & (0xFF >> (length + 1));
    for (int k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(length);
    return code;
}

const char* baseOf(char32_t code) {
    if (code >= 0xC0 && code <= 0xFF) return kLatin1[code - 0xC0];
    for (const Range& range : kExtendedA) {
        if (code >= range.first && code <= range.last) return range.base;
    }
    return "";
}

std::string fold(std::string_view text, bool umlaut_e) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t code = decode(text, i);
        if (code < 0x80) {
            out += static_cast<char>(code >= 'A' && code <= 'Z' ? code + 32 : code);
            continue;
        }
        const bool umlaut = code == 0xC4 || code == 0xD6 || code == 0xDC || code == 0xE4 || code == 0xF6 || code == 0xFC;
        const char* base = baseOf(code);
        if (*base == '\0') {
            out.append(text.substr(start, i - start));
        } else {
            out += base;
            if (umlaut && umlaut_e) out += 'e';
        }
    }
    return out;
}

}  // namespace

std::string searchFold(std::string_view text) { return fold(text, false); }

std::string searchHaystack(std::string_view text) {
    std::string plain = fold(text, false);
    std::string with_e = fold(text, true);
    return with_e == plain ? plain : plain + '\n' + with_e;
}

bool searchMatches(std::string_view haystack, std::string_view needle) {
    const std::string folded = searchFold(needle);
    return folded.empty() || haystack.find(folded) != std::string_view::npos;
}

}  // namespace etappe::rules
