#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "storage/portfolio_file.h"

namespace etappe::storage {

// Limits checked while scanning, before anything is allocated for them. A
// 64 MB file of "[{},{},…]" would otherwise make cereal resize a vector to
// millions of customers (gigabytes) before noticing that they are empty.
inline constexpr std::size_t kMaxCustomers = 1'000'000;
inline constexpr std::size_t kMaxContacts = 2'000'000;
// Above what any valid file under kMaxFileBytes can hold (each value needs a
// key or a separator, so at least ~6 bytes); keeps the DOM under ~200 MB.
inline constexpr std::size_t kMaxJsonValues = 12'000'000;

// What a first, streaming pass over the text found: syntax errors with their
// line and column, the top-level shape and the format_version.
struct JsonScan {
    LoadProblem problem = LoadProblem::None;
    i18n::Message detail;
    bool top_level_is_object = false;
    std::string top_level_kind;  // "an array", "a number", … for messages

    enum class Version { Missing, NotInteger, Present };
    Version version_state = Version::Missing;
    std::int64_t version = 0;  // when Present; clamped to INT64_MAX
    std::string version_text;  // how it looked, for messages

    // Numbers cereal will refuse with a bare flag name ("kIntFlag"), noted so
    // the rep is told which value in which line is wrong. Only the first of
    // each kind is kept; most files have none.
    struct Number {
        std::string place;  // "portfolio.priorities.thresholds.a_share_percent"
        std::string text;   // "3000000000"
        std::size_t line = 0;
        std::size_t offset = 0;  // document order, to pick the first culprit
    };
    std::optional<Number> beyond_int32;  // a whole number past ±2^31 in a field that is not an id or an amount
    std::optional<Number> not_int64;     // a fraction, an exponent or a number past ±2^63
};

// Never throws for any input (RapidJSON runs in iterative, validating mode).
JsonScan scanJson(std::string_view text);

}  // namespace etappe::storage
