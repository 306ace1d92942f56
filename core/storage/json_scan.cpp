#include "storage/json_scan.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <limits>
#include <memory>
#include <unordered_set>
#include <vector>

#include "storage/json.h"
#include "storage/text_checks.h"

namespace etappe::storage {

namespace {

using rapidjson::SizeType;

// Arrays whose elements become model objects, counted against their limits.
enum class ArrayKind { Other, Customers, Contacts };

// Fields that hold 64-bit numbers in the model (ids and money amounts); any
// other integer field is an `int`. Keep in step with core/model.
bool isWideIntegerKey(std::string_view key) {
    return key == "id" || key == "next_id" || key == "cents" || key.ends_with("_id") || key.ends_with("_ids");
}

class ScanHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ScanHandler> {
public:
    ScanHandler(JsonScan& scan, std::string_view text, const rapidjson::MemoryStream& stream)
        : scan_(scan), text_(text), stream_(stream) {}

    bool Null() { return value("null", [] { return std::string("null"); }); }
    bool Bool(bool b) { return value("true/false", [b] { return std::string(b ? "true" : "false"); }); }
    bool Int(int i) { return integer(i, false); }
    bool Uint(unsigned u) { return integer(u, u > static_cast<unsigned>(std::numeric_limits<int>::max())); }
    bool Int64(std::int64_t i) { return integer(i, true); }  // only called outside the int range
    bool Uint64(std::uint64_t u) {
        constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        if (u <= kMax) return integer(static_cast<std::int64_t>(u), true);
        if (!integer(static_cast<std::int64_t>(kMax), false)) return false;  // a version this big is "newer"
        noteNumber(scan_.not_int64, std::to_string(u));
        return true;
    }
    bool Double(double d) {
        if (!value("a number", [d] { return shortest(d); })) return false;
        noteNumber(scan_.not_int64, shortest(d));
        return true;
    }
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
        // RapidJSON keeps the first of two equal keys and cereal reads it
        // silently; a hand-edited file with both would lose one without a word.
        if (isKeyOfCurrentObject(key)) {
            const std::string line = std::to_string(positionOf(text_, stream_.Tell()).line);
            if (frames_.size() == 1) {
                return refuse(LoadProblem::WrongStructure,
                              i18n::message("detail.duplicate_key_top", {std::string(key), line}));
            }
            return refuse(LoadProblem::WrongStructure,
                          i18n::message("detail.duplicate_key", {std::string(key), placeOf(frames_.size()), line}));
        }
        addKey(key);
        return true;
    }

private:
    // An object's keys are keys_[first_key, end) while it is the innermost
    // container; a child's keys are dropped when it closes.
    struct Frame {
        bool is_array;
        ArrayKind kind;
        std::size_t first_key = 0;
        std::size_t key_in_parent = SIZE_MAX;  // index into keys_ when the parent is an object
        std::size_t elements = 0;              // for arrays: values seen so far
        std::unique_ptr<std::unordered_set<std::string_view>> many_keys;  // only for large objects
    };
    static constexpr std::size_t kLinearKeySearch = 32;

    bool isKeyOfCurrentObject(std::string_view key) const {
        const Frame& frame = frames_.back();
        if (frame.many_keys) return frame.many_keys->contains(key);
        for (std::size_t i = frame.first_key; i < keys_.size(); ++i) {
            if (keys_[i] == key) return true;
        }
        return false;
    }

    // A deque keeps every stored key in place, so the set may point into it.
    void addKey(std::string_view key) {
        keys_.emplace_back(key);
        Frame& frame = frames_.back();
        if (frame.many_keys) {
            frame.many_keys->insert(keys_.back());
        } else if (keys_.size() - frame.first_key > kLinearKeySearch) {
            frame.many_keys = std::make_unique<std::unordered_set<std::string_view>>();
            for (std::size_t i = frame.first_key; i < keys_.size(); ++i) frame.many_keys->insert(keys_[i]);
        }
    }

    // Appended piece by piece: g++ 12 warns falsely (-Wrestrict) about "[" + std::to_string(…).
    static void appendIndex(std::string& out, std::size_t index) {
        out += '[';
        out += std::to_string(index);
        out += ']';
    }

    // "portfolio.customers[3]": where the container at `depth` (1 = top level) sits.
    std::string placeOf(std::size_t depth) const {
        std::string out;
        for (std::size_t i = 1; i < depth; ++i) {
            const Frame& parent = frames_[i - 1];
            if (parent.is_array) {
                appendIndex(out, parent.elements - 1);
            } else {
                if (!out.empty()) out += '.';
                out += keys_[frames_[i].key_in_parent];
            }
        }
        return out;
    }

    // Where the value being read sits, and the name of the field it belongs to.
    std::string placeOfValue() const {
        std::string out = placeOf(frames_.size());
        if (frames_.back().is_array) {
            appendIndex(out, frames_.back().elements - 1);
            return out;
        }
        if (!out.empty()) out += '.';
        return out + keys_.back();
    }
    std::string_view fieldOfValue() const {
        const Frame& frame = frames_.back();
        if (!frame.is_array) return keys_.back();
        return frame.key_in_parent == SIZE_MAX ? std::string_view() : std::string_view(keys_[frame.key_in_parent]);
    }

    void noteNumber(std::optional<JsonScan::Number>& note, std::string text) {
        if (note || frames_.empty()) return;
        const std::size_t offset = stream_.Tell();
        note = JsonScan::Number{placeOfValue(), std::move(text), positionOf(text_, offset).line, offset};
    }

    // At most ~40 bytes of a string for a message, never cut inside a character.
    static std::string quoted(std::string_view text) {
        std::size_t end = std::min<std::size_t>(text.size(), 40);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        std::string out = "\"";
        out.append(text.substr(0, end));
        return out + "\"";
    }

    // "4.0" stays "4.0": the rep sees why a version or count is not a whole number.
    static std::string shortest(double d) {
        char text[32];
        if (std::trunc(d) == d && std::fabs(d) < 1e15) {
            std::snprintf(text, sizeof text, "%.1f", d);
        } else {
            std::snprintf(text, sizeof text, "%.17g", d);
        }
        return text;
    }

    bool integer(std::int64_t number, bool beyond_int32) {
        if (!countValue("a number")) return false;
        if (beyond_int32 && !frames_.empty() && !isWideIntegerKey(fieldOfValue())) {
            noteNumber(scan_.beyond_int32, std::to_string(number));
        }
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
        Frame frame{is_array, is_array && in_object ? next_array_kind_ : ArrayKind::Other, keys_.size(), SIZE_MAX, 0, nullptr};
        if (in_object) frame.key_in_parent = keys_.size() - 1;
        frames_.push_back(std::move(frame));
        return true;
    }

    bool close() {
        keys_.resize(frames_.back().first_key);
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
        ++frames_.back().elements;
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
    std::string_view text_;
    const rapidjson::MemoryStream& stream_;
    std::vector<Frame> frames_;
    std::deque<std::string> keys_;
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
    rapidjson::MemoryStream stream(text.data(), text.size());
    ScanHandler handler(scan, text, stream);
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
