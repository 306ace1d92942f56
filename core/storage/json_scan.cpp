#include "storage/json_scan.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <vector>

#include "storage/json.h"
#include "storage/text_checks.h"

namespace etappe::storage {

namespace {

using rapidjson::SizeType;

// Arrays whose elements become model objects, counted against their limits.
enum class ArrayKind { Other, Customers, Contacts };

class ScanHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ScanHandler> {
public:
    explicit ScanHandler(JsonScan& scan) : scan_(scan) {}

    bool Null() { return value("null", [] { return std::string("null"); }); }
    bool Bool(bool b) { return value("true/false", [b] { return std::string(b ? "true" : "false"); }); }
    bool Int(int i) { return integer(i); }
    bool Uint(unsigned u) { return integer(u); }
    bool Int64(std::int64_t i) { return integer(i); }
    bool Uint64(std::uint64_t u) {
        constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        return integer(static_cast<std::int64_t>(u > kMax ? kMax : u));
    }
    bool Double(double d) { return value("a number", [d] { return shortest(d); }); }
    bool String(const char* s, SizeType length, bool) {
        return value("a string", [s, length] { return quoted(std::string_view(s, length)); });
    }
    bool StartObject() { return open(false, "an object"); }
    bool EndObject(SizeType) { return close(); }
    bool StartArray() { return open(true, "an array"); }
    bool EndArray(SizeType) { return close(); }

    bool Key(const char* s, SizeType length, bool) {
        const std::string_view key(s, length);
        next_array_kind_ = key == "customers" ? ArrayKind::Customers
                           : key == "contacts" ? ArrayKind::Contacts
                                               : ArrayKind::Other;
        expecting_version_ = frames_.size() == 1 && key == "format_version" &&
                             scan_.version_state == JsonScan::Version::Missing;
        return true;
    }

private:
    struct Frame {
        bool is_array;
        ArrayKind kind;
    };

    // At most ~40 bytes of a string for a message, never cut inside a character.
    static std::string quoted(std::string_view text) {
        std::size_t end = std::min<std::size_t>(text.size(), 40);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        std::string out = "\"";
        out.append(text.substr(0, end));
        return out + "\"";
    }

    static std::string shortest(double d) {
        char text[32];
        std::snprintf(text, sizeof text, "%.17g", d);
        return text;
    }

    bool integer(std::int64_t number) {
        if (!countValue("a number")) return false;
        if (expecting_version_) {
            scan_.version_state = JsonScan::Version::Present;
            scan_.version = number;
            scan_.version_text = std::to_string(number);
            expecting_version_ = false;
        }
        return true;
    }

    // Any value but an integer; `describe` runs only for a format_version.
    template <typename Describe>
    bool value(const char* kind, Describe describe) {
        if (!countValue(kind)) return false;
        if (expecting_version_) {
            scan_.version_state = JsonScan::Version::NotInteger;
            scan_.version_text = describe();
            expecting_version_ = false;
        }
        return true;
    }

    bool open(bool is_array, const char* kind) {
        if (!value(kind, [kind] { return std::string(kind); })) return false;
        const bool in_object = !frames_.empty() && !frames_.back().is_array;
        frames_.push_back(Frame{is_array, is_array && in_object ? next_array_kind_ : ArrayKind::Other});
        return true;
    }

    bool close() {
        frames_.pop_back();
        return true;
    }

    // Called once for every value, before it is stored anywhere.
    bool countValue(const char* kind) {
        if (++values_ == 1) {
            scan_.top_level_kind = kind;
            scan_.top_level_is_object = std::string_view(kind) == "an object";
        }
        if (values_ > kMaxJsonValues) return refuse(LoadProblem::TooLarge, i18n::message("detail.too_many_values"));
        if (frames_.empty() || !frames_.back().is_array) return true;
        if (frames_.back().kind == ArrayKind::Customers && ++customers_ > kMaxCustomers) {
            return refuse(LoadProblem::InvalidValue, i18n::message("detail.too_many_customers"));
        }
        if (frames_.back().kind == ArrayKind::Contacts && ++contacts_ > kMaxContacts) {
            return refuse(LoadProblem::InvalidValue, i18n::message("detail.too_many_contacts"));
        }
        return true;
    }

    bool refuse(LoadProblem problem, i18n::Message detail) {
        scan_.problem = problem;
        scan_.detail = std::move(detail);
        return false;  // stops the reader with kParseErrorTermination
    }

    JsonScan& scan_;
    std::vector<Frame> frames_;
    ArrayKind next_array_kind_ = ArrayKind::Other;
    bool expecting_version_ = false;
    std::size_t values_ = 0, customers_ = 0, contacts_ = 0;
};

bool isEncodingError(rapidjson::ParseErrorCode code) {
    return code == rapidjson::kParseErrorStringInvalidEncoding ||
           code == rapidjson::kParseErrorStringUnicodeSurrogateInvalid;
}

// RapidJSON's own texts are English; each code has a key of its own.
i18n::Message::Arg parseErrorArg(rapidjson::ParseErrorCode code) {
    return i18n::Message::Arg{"json_error." + std::to_string(static_cast<int>(code)), true};
}

}  // namespace

JsonScan scanJson(std::string_view text) {
    JsonScan scan;
    ScanHandler handler(scan);
    rapidjson::MemoryStream stream(text.data(), text.size());
    rapidjson::Reader reader;
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, handler);
    if (result || scan.problem != LoadProblem::None) return scan;

    const TextPosition where = positionOf(text, result.Offset());
    scan.problem = isEncodingError(result.Code()) ? LoadProblem::InvalidUtf8 : LoadProblem::NotJson;
    scan.detail = i18n::Message{"detail.json_error",
                                {{std::to_string(where.line)}, {std::to_string(where.column)}, parseErrorArg(result.Code())}};
    return scan;
}

}  // namespace etappe::storage
