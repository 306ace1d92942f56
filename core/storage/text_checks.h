#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "dates/iso_date.h"

namespace etappe::storage {

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
// Returns the offset of the first bad byte, or nullopt when the text is valid.
std::optional<std::size_t> findInvalidUtf8(std::string_view text);
inline bool isValidUtf8(std::string_view text) { return !findInvalidUtf8(text); }

// Offset of a raw NUL byte or of a JSON "\u0000" escape. Escapes are followed
// properly: in "\\u0000" the backslash is escaped and no NUL is meant.
std::optional<std::size_t> findNulInJson(std::string_view json);

// Calendar checks live with the dates; storage uses them under these names.
using dates::isClockTime;
using dates::isIsoDate;

// An ISO 4217-shaped code: exactly three ASCII capital letters.
bool isCurrencyCode(std::string_view text);

// 1-based line and column (in characters, not bytes) of a byte offset.
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};
TextPosition positionOf(std::string_view text, std::size_t offset);

}  // namespace etappe::storage
