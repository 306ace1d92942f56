#include "interop/csv_encoding.h"

#include <iconv.h>
#include <uchardet.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <memory>

#include "storage/text_checks.h"

namespace etappe::interop {

namespace {

// Windows-1252 0x80..0x9F; 0 marks the five bytes it leaves undefined.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The text, or nothing when a byte is one Windows-1252 leaves undefined.
std::optional<std::string> fromWindows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) {
            out += ch;
        } else if (b < 0xA0) {
            if (kCp1252High[b - 0x80] == 0) return std::nullopt;
            appendUtf8(out, kCp1252High[b - 0x80]);
        } else {
            appendUtf8(out, b);
        }
    }
    return out;
}

// What uchardet makes of bytes that are not UTF-8: "WINDOWS-1252", "ISO-8859-3", …, or empty.
std::string detectCharset(std::string_view bytes) {
    const std::unique_ptr<uchardet, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    if (!detector) return {};
    // The first megabyte says enough and keeps detection fast on huge files.
    const std::size_t sample = std::min<std::size_t>(bytes.size(), 1024 * 1024);
    if (uchardet_handle_data(detector.get(), bytes.data(), sample) != 0) return {};
    uchardet_data_end(detector.get());
    const char* name = uchardet_get_charset(detector.get());
    return name ? std::string(name) : std::string();
}

bool isWesternEuropean(std::string charset) {
    std::transform(charset.begin(), charset.end(), charset.begin(), [](unsigned char c) { return std::toupper(c); });
    return charset == "WINDOWS-1252" || charset == "ISO-8859-1" || charset == "ISO-8859-15";
}

// The bytes converted by iconv from `charset`, or nothing when iconv does not
// know it or a byte sequence is not valid in it.
std::optional<std::string> fromCharset(std::string_view bytes, const std::string& charset) {
    if (charset.empty()) return std::nullopt;
    const iconv_t cd = iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    const std::unique_ptr<void, int (*)(iconv_t)> closer(cd, iconv_close);
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write the input
    std::size_t in_left = bytes.size();
    std::size_t done = 0;
    while (true) {
        char* dst = out.data() + done;
        std::size_t dst_left = out.size() - done;
        const bool flushing = in_left == 0;  // all read: end a stateful encoding's shift sequence
        const std::size_t r = flushing ? iconv(cd, nullptr, nullptr, &dst, &dst_left)
                                       : iconv(cd, &in, &in_left, &dst, &dst_left);
        done = out.size() - dst_left;
        if (r != static_cast<std::size_t>(-1)) {
            if (flushing) break;
            continue;
        }
        if (errno != E2BIG) return std::nullopt;  // EILSEQ or EINVAL: not this encoding
        out.resize(out.size() * 2);
    }
    out.resize(done);
    if (!storage::isValidUtf8(out)) return std::nullopt;
    return out;
}

// Enough non-ASCII bytes to trust a detector's answer other than Windows-1252
// (see csv_encoding.h): German text has a few umlauts among many ASCII letters.
bool clearlyNotWestern(std::string_view bytes) {
    std::size_t high = 0;
    std::size_t letters = 0;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        high += b >= 0x80;
        letters += std::isalpha(b) != 0 && b < 0x80;
    }
    return high >= 16 && 2 * high >= letters;
}

}  // namespace

std::optional<CsvText> decodeCsvBytes(std::string_view bytes, i18n::Message& refusal) {
    CsvText result;
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
        result.encoding = CsvEncoding::Utf8Bom;
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        refusal = i18n::message("csv.refused.encoding", {"UTF-16"});
        return std::nullopt;
    }
    if (storage::isValidUtf8(bytes)) {
        result.text = std::string(bytes);
        return result;
    }
    if (result.encoding == CsvEncoding::Utf8Bom) {  // a BOM promises UTF-8: broken bytes after it are not another encoding
        refusal = i18n::message("csv.refused.invalid_utf8");
        return std::nullopt;
    }
    const std::string charset = detectCharset(bytes);
    const bool other = !charset.empty() && !isWesternEuropean(charset);
    std::optional<std::string> detected;
    if (other && clearlyNotWestern(bytes)) detected = fromCharset(bytes, charset);
    if (!detected) {
        if (auto text = fromWindows1252(bytes)) {
            result.text = std::move(*text);
            result.encoding = CsvEncoding::Windows1252;
            return result;
        }
        // Not Windows-1252 at all: the detector's answer, however unsure, is all there is.
        if (other) detected = fromCharset(bytes, charset);
    }
    if (!detected) {
        refusal = i18n::message("csv.refused.encoding_unknown");
        return std::nullopt;
    }
    result.text = std::move(*detected);
    result.encoding = CsvEncoding::Detected;
    result.charset = charset;
    return result;
}

std::string csvEncodingName(CsvEncoding encoding, const std::string& charset) {
    switch (encoding) {
        case CsvEncoding::Utf8: return "UTF-8";
        case CsvEncoding::Utf8Bom: return "UTF-8 (BOM)";
        case CsvEncoding::Windows1252: return "Windows-1252";
        case CsvEncoding::Detected: return charset;
    }
    return "UTF-8";
}

}  // namespace etappe::interop
