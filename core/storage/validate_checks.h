#pragma once
// The shared pieces of portfolio validation (validate.cpp, validate_reviews.cpp):
// limits, where a value sits, the issue found, text and id checks.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "i18n/message.h"
#include "model/portfolio.h"
#include "storage/portfolio_file.h"
#include "storage/text_checks.h"

namespace etappe::storage::validate_checks {

inline constexpr std::size_t kMaxNotesBytes = 100'000;
inline constexpr std::size_t kMaxTextBytes = 1'000;
inline constexpr std::size_t kMaxListItems = 1'000;
inline constexpr std::size_t kMaxActivities = 1'000'000;

// Where a value sits, turned into text like "customers[4].contacts[1].email"
// only when something is wrong (most portfolios are fine).
struct Place {
    std::size_t customer = SIZE_MAX;
    std::size_t contact = SIZE_MAX;
    const char* field = "";
    std::size_t plan = SIZE_MAX;

    std::string text() const {
        std::string out;
        if (customer != SIZE_MAX) out = "customers[" + std::to_string(customer) + "]";
        if (contact != SIZE_MAX) out += ".contacts[" + std::to_string(contact) + "]";
        if (plan != SIZE_MAX) out += ".plans[" + std::to_string(plan) + "]";
        if (*field && !out.empty()) out += '.';
        out += field;
        return out;
    }
    Place with(const char* name) const { return Place{customer, contact, name, plan}; }
};

// The detail is a message whose first argument is always the place, so a
// caller can put the enclosing list in front (see within()).
struct Issue {
    LoadProblem problem = LoadProblem::None;
    i18n::Message detail;
    explicit operator bool() const { return problem != LoadProblem::None; }
};

inline Issue issueAt(LoadProblem problem, std::string where, const char* key, std::vector<std::string> values = {}) {
    values.insert(values.begin(), std::move(where));
    return Issue{problem, i18n::message(key, std::move(values))};
}

inline Issue issue(LoadProblem problem, const Place& place, const char* key, std::vector<std::string> values = {}) {
    return issueAt(problem, place.text(), key, std::move(values));
}

// "activities[3]" + "." + the issue's own place.
inline Issue within(const std::string& where, Issue bad) {
    if (!bad.detail.args.empty()) bad.detail.args.front().text = where + "." + bad.detail.args.front().text;
    return bad;
}

inline Issue checkText(std::string_view value, const Place& place, std::size_t max_bytes) {
    if (value.find('\0') != std::string_view::npos) return issue(LoadProblem::NulCharacter, place, "detail.contains_nul");
    if (const auto bad = findInvalidUtf8(value)) {
        return issue(LoadProblem::InvalidUtf8, place, "detail.invalid_utf8_at", {std::to_string(*bad)});
    }
    if (value.size() > max_bytes) {
        return issue(LoadProblem::InvalidValue, place, "detail.too_long",
                     {std::to_string(value.size()), std::to_string(max_bytes)});
    }
    return {};
}

// Ids are unique across customers and contacts, positive, and below next_id.
class IdCheck {
public:
    explicit IdCheck(const model::Portfolio& portfolio) : next_id_(portfolio.next_id) {}

    Issue add(model::Id id, const Place& place) {
        if (id <= 0) return issue(LoadProblem::InvalidValue, place, "detail.id_not_positive", {std::to_string(id)});
        if (id >= next_id_) {
            return issue(LoadProblem::InvalidValue, place, "detail.id_not_below_next",
                         {std::to_string(id), std::to_string(next_id_)});
        }
        const auto [it, inserted] = seen_.emplace(id, place);
        if (!inserted) {
            return issue(LoadProblem::DuplicateId, place, "detail.id_duplicate", {std::to_string(id), it->second.text()});
        }
        return {};
    }

private:
    model::Id next_id_;
    std::unordered_map<model::Id, Place> seen_;
};

// Reviews (their customer, plan and activity) and workshop exercises; validate_reviews.cpp.
Issue checkReviews(const model::Portfolio& portfolio, IdCheck& ids);
Issue checkExercises(const model::Portfolio& portfolio, IdCheck& ids);
Issue checkObservations(const model::Portfolio& portfolio, IdCheck& ids);

}  // namespace etappe::storage::validate_checks
