#pragma once
// The one include point for cereal's JSON archives and RapidJSON.
//
// Debian's cereal uses the system RapidJSON 1.1.0 with unprefixed macros. The
// defaults there are unsafe for files a user may receive from someone else:
// an assertion aborts the program, deep nesting overflows the stack, invalid
// UTF-8 is accepted, and kParseFullPrecisionFlag misparses inputs like 0e100
// (RapidJSON issue 1249). Every file of Etappe includes JSON through here.

#if defined(RAPIDJSON_RAPIDJSON_H_) && !defined(ETAPPE_JSON_CONFIGURED)
#error "RapidJSON was included before core/storage/json.h; include this header instead"
#endif
#define ETAPPE_JSON_CONFIGURED 1

#include <stdexcept>

namespace etappe::storage {
// Thrown instead of aborting when RapidJSON finds an inconsistency.
struct JsonAssertion : std::runtime_error {
    using std::runtime_error::runtime_error;
};
}  // namespace etappe::storage

#define RAPIDJSON_ASSERT_THROWS
#define RAPIDJSON_ASSERT(x)                                                             \
    if (!(x)) {                                                                         \
        throw ::etappe::storage::JsonAssertion("JSON structure check failed: " #x);    \
    }
// Iterative parsing keeps 200,000 nested brackets off the call stack; encoding
// validation refuses invalid UTF-8. NaN/Infinity and full precision stay off.
#define RAPIDJSON_PARSE_DEFAULT_FLAGS (kParseIterativeFlag | kParseValidateEncodingFlag)
#define RAPIDJSON_WRITE_DEFAULT_FLAGS kWriteValidateEncodingFlag

#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
