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

// cereal reads and writes through rapidjson's stream wrappers one character
// at a time; the generic wrappers go through istream::get/ostream::put (a
// sentry per character), which made cereal 5x slower than parsing itself.
// These versions talk to the stream buffer directly (inline fast path).
#include <rapidjson/istreamwrapper.h>
#include <rapidjson/ostreamwrapper.h>

#include <cstdio>
#include <istream>
#include <ostream>

namespace rapidjson {

template <>
class BasicIStreamWrapper<std::istream> {
public:
    typedef char Ch;
    explicit BasicIStreamWrapper(std::istream& stream) : buffer_(stream.rdbuf()) { RAPIDJSON_ASSERT(buffer_); }
    BasicIStreamWrapper(const BasicIStreamWrapper&) = delete;
    BasicIStreamWrapper& operator=(const BasicIStreamWrapper&) = delete;

    Ch Peek() const {
        const int c = buffer_->sgetc();
        return c == EOF ? '\0' : static_cast<Ch>(c);
    }
    Ch Take() {
        const int c = buffer_->sbumpc();
        if (c == EOF) return '\0';
        ++count_;
        return static_cast<Ch>(c);
    }
    size_t Tell() const { return count_; }

    Ch* PutBegin() { RAPIDJSON_ASSERT(false); return nullptr; }
    void Put(Ch) { RAPIDJSON_ASSERT(false); }
    void Flush() { RAPIDJSON_ASSERT(false); }
    size_t PutEnd(Ch*) { RAPIDJSON_ASSERT(false); return 0; }

private:
    std::streambuf* buffer_;
    size_t count_ = 0;
};

template <>
class BasicOStreamWrapper<std::ostream> {
public:
    typedef char Ch;
    explicit BasicOStreamWrapper(std::ostream& stream) : buffer_(stream.rdbuf()) { RAPIDJSON_ASSERT(buffer_); }
    BasicOStreamWrapper(const BasicOStreamWrapper&) = delete;
    BasicOStreamWrapper& operator=(const BasicOStreamWrapper&) = delete;

    void Put(Ch c) { buffer_->sputc(c); }
    void Flush() { buffer_->pubsync(); }

    Ch Peek() const { RAPIDJSON_ASSERT(false); return 0; }
    Ch Take() { RAPIDJSON_ASSERT(false); return 0; }
    size_t Tell() const { RAPIDJSON_ASSERT(false); return 0; }
    Ch* PutBegin() { RAPIDJSON_ASSERT(false); return nullptr; }
    size_t PutEnd(Ch*) { RAPIDJSON_ASSERT(false); return 0; }

private:
    std::streambuf* buffer_;
};

}  // namespace rapidjson

// UserDataAdapter (LoadContext reaches the serialize functions) is behind
// cereal's "experimental" switch; it has been stable since cereal 1.0.
#define CEREAL_FUTURE_EXPERIMENTAL 1
#include <cereal/archives/adapters.hpp>
#include <cereal/archives/json.hpp>
#include <cereal/types/array.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
