#pragma once
// Membership in a fixed list of folded words, for the coach's sentence
// reading (rules/coach_text, rules/activity_coach).
#include <algorithm>
#include <initializer_list>
#include <span>
#include <string_view>

namespace etappe::rules {

inline bool contains(std::initializer_list<std::string_view> words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

inline bool contains(std::span<const std::string_view> words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace etappe::rules
