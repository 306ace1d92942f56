#pragma once
// Data derived from the portfolio (ABC classes, the agenda, coach verdicts) is
// computed once per document revision and calendar day, never per frame: the
// day matters because "overdue" or "this week" change at midnight while the
// app stays open.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace etappe::rules {

// When derived data was computed: the document's revision and today's ISO date.
struct DerivedKey {
    std::uint64_t revision = 0;
    std::string today;
    bool operator==(const DerivedKey&) const = default;
};

// One derived value. A value that also depends on a view's own state (a
// search query) takes a key that holds both.
template <class Value, class Key = DerivedKey>
class Derived {
public:
    template <class Compute>
    const Value& get(const Key& key, Compute&& compute) {
        if (!valid_ || key != key_) {
            value_ = compute();
            key_ = key;
            valid_ = true;
            ++recomputations_;
        }
        return value_;
    }
    int recomputations() const { return recomputations_; }

private:
    Value value_{};
    Key key_{};
    bool valid_ = false;
    int recomputations_ = 0;
};

// One derived value per entity id (a verdict per activity), computed when first asked for.
template <class Id, class Value>
class DerivedById {
public:
    template <class Compute>
    const Value& get(const DerivedKey& key, Id id, Compute&& compute) {
        if (key != key_) {
            values_.clear();
            key_ = key;
        }
        auto it = values_.find(id);
        if (it == values_.end()) it = values_.emplace(id, compute()).first;
        return it->second;
    }

private:
    std::unordered_map<Id, Value> values_;
    DerivedKey key_;
};

}  // namespace etappe::rules
