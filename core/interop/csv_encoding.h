#pragma once
// Which character encoding a CSV file is in, and its text as UTF-8.
//
// UTF-8 (with or without BOM) is taken as it is. Anything else is read as
// Windows-1252, as Excel writes CSV in Germany, unless the detector
// (libuchardet) is clearly sure of another encoding that iconv can convert.
// uchardet 0.0.7 reports no confidence, so "clearly sure" is judged from the
// bytes: at least 16 non-ASCII bytes, and at least one for every two ASCII
// letters — true of Cyrillic, Greek or Asian text, never of German prose,
// whose few umlauts uchardet often takes for ISO-8859-2/-3, IBM852 or
// MAC-CENTRALEUROPE. A file is refused only when it cannot be Windows-1252
// (it holds bytes that encoding leaves undefined) and the detector names
// nothing iconv converts.
#include <optional>
#include <string>
#include <string_view>

#include "i18n/message.h"

namespace etappe::interop {

enum class CsvEncoding { Utf8, Utf8Bom, Windows1252, Detected };

struct CsvText {
    std::string text;  // UTF-8
    CsvEncoding encoding = CsvEncoding::Utf8;
    std::string charset;  // the detector's name of a Detected encoding ("WINDOWS-1251")
};

// The bytes of a file as UTF-8 text, or nothing and the refusal.
std::optional<CsvText> decodeCsvBytes(std::string_view bytes, i18n::Message& refusal);

// "UTF-8", "UTF-8 (BOM)", "Windows-1252" or the detected charset's name.
std::string csvEncodingName(CsvEncoding encoding, const std::string& charset = {});

}  // namespace etappe::interop
