// Times of day in an activity sentence, for the activity coach: "um 14 Uhr",
// "9.30 Uhr", "at 2:30 pm", "10am", "14:30". Dates: coach_dates.cpp.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "dates/date_input.h"
#include "rules/coach_text.h"
#include "rules/word_lists.h"

namespace etappe::rules::coach {

namespace {

bool allDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// ---- Times ----------------------------------------------------------------

// "14:30", "9.30", "14" → minutes of the day, or -1. Dots only where a time is certain (before "Uhr", after "um").
int minutesOf(std::string_view text, bool dot_allowed) {
    if (allDigits(text) && text.size() <= 2) {
        const int hour = std::atoi(std::string(text).c_str());
        return hour <= 24 ? hour % 24 * 60 : -1;
    }
    if (text.find('.') != std::string_view::npos && !dot_allowed) return -1;
    if (text.find_first_not_of("0123456789:.") != std::string_view::npos) return -1;
    const auto time = dates::parseTime(text);
    if (!time) return -1;
    return std::atoi(time->substr(0, 2).c_str()) * 60 + std::atoi(time->substr(3, 2).c_str());
}

std::string clockText(int minutes) {
    char text[16];
    std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60 % 24, minutes % 60);
    return text;
}

// a.m./p.m. after an hour: 2 pm → 14:00, 12 am → 00:00.
int withMeridiem(int minutes, std::string_view meridiem) {
    if (minutes < 0 || minutes >= 13 * 60) return -1;
    const int hour = minutes / 60 % 12;
    return (meridiem == "pm" ? hour + 12 : hour) * 60 + minutes % 60;
}

struct TimeHit {
    int minutes = -1;
    std::size_t last = 0;
};

std::optional<TimeHit> timeAt(const std::vector<Token>& tokens, std::size_t i) {
    const Token& token = tokens[i];
    if (token.use != Use::Free) return std::nullopt;
    const bool has_next = i + 1 < tokens.size() && tokens[i + 1].use == Use::Free;
    const std::string_view next = has_next ? std::string_view(tokens[i + 1].word) : std::string_view();
    const bool after_um = i > 0 && contains({"um", "gegen", "ab"}, tokens[i - 1].word);
    // "10am", "2:30pm" in one word.
    for (const std::string_view meridiem : {"am", "pm"}) {
        if (token.word.size() > 2 && token.word.ends_with(meridiem)) {
            const int minutes = minutesOf(std::string_view(token.word).substr(0, token.word.size() - 2), false);
            if (minutes >= 0) return TimeHit{withMeridiem(minutes, meridiem), i};
        }
    }
    if (next == "uhr" || next == "h" || next == "o'clock") {
        const int minutes = minutesOf(token.word, true);
        if (minutes >= 0) return TimeHit{minutes, i + 1};
    }
    // "at 2 pm": but "am" followed by a date is German "on the" ("9:00 am 4.12." is marked already).
    if (next == "pm" || (next == "am" && (i + 2 >= tokens.size() || tokens[i + 2].use != Use::Date))) {
        const int minutes = withMeridiem(minutesOf(token.word, false), next);
        if (minutes >= 0) return TimeHit{minutes, i + 1};
    }
    if (token.word.find(':') != std::string::npos || (after_um && token.word.find('.') != std::string::npos)) {
        const int minutes = minutesOf(token.word, after_um);
        if (minutes >= 0) return TimeHit{minutes, i};
    }
    return std::nullopt;
}

// An hour in words as a time of the working day: one to six is the afternoon ("viertel nach drei" 15:15),
// seven to twelve as said ("halb zehn" 9:30).
int workingHour(std::string_view word) {
    const int hour = hourWordValue(word);
    if (hour == 0) return -1;
    return hour <= 6 ? hour + 12 : hour;
}

// "halb zehn", "viertel nach drei", "viertel vor vier", "dreiviertel neun", "zehn Uhr", "half past nine",
// "(a) quarter past three", "quarter to four", "noon", "midday".
std::optional<TimeHit> timeInWords(const std::vector<Token>& tokens, std::size_t i) {
    const auto free = [&](std::size_t j) { return j < tokens.size() && tokens[j].use == Use::Free; };
    const auto word = [&](std::size_t j) { return free(j) ? std::string_view(tokens[j].word) : std::string_view(); };
    const auto at = [&](int hour, int minutes, std::size_t last) {
        return hour < 0 ? std::optional<TimeHit>() : TimeHit{(hour * 60 + minutes + 24 * 60) % (24 * 60), last};
    };
    if (!free(i)) return std::nullopt;
    if (contains({"noon", "midday"}, word(i))) return TimeHit{12 * 60, i};
    if (word(i) == "halb") {
        const int hour = workingHour(word(i + 1));
        return hour < 0 ? std::nullopt : at(hour - 1, 30, i + 1);
    }
    if (word(i) == "dreiviertel") {
        const int hour = workingHour(word(i + 1));
        return hour < 0 ? std::nullopt : at(hour - 1, 45, i + 1);
    }
    if (word(i + 1) == "uhr" && workingHour(word(i)) >= 0) return at(workingHour(word(i)), 0, i + 1);
    std::size_t j = i;
    if (word(j) == "a" && word(j + 1) == "quarter") ++j;
    const bool quarter = contains({"viertel", "quarter"}, word(j));
    if (!quarter && word(j) != "half") return std::nullopt;
    const std::string_view relation = word(j + 1);
    const int hour = workingHour(word(j + 2));
    if (hour < 0) return std::nullopt;
    if (contains({"nach", "past", "after"}, relation)) return at(hour, quarter ? 15 : 30, j + 2);
    if (quarter && contains({"vor", "to", "before"}, relation)) return at(hour - 1, 45, j + 2);
    return std::nullopt;
}

}  // namespace

std::optional<std::string> takeTime(std::vector<Token>& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        auto hit = timeAt(tokens, i);
        if (!hit || hit->minutes < 0) hit = timeInWords(tokens, i);
        if (!hit || hit->minutes < 0) continue;
        std::size_t first = i;
        if (i > 0 && contains({"um", "gegen", "ab", "at", "from"}, tokens[i - 1].word)) first = i - 1;
        for (std::size_t j = first; j <= hit->last; ++j) tokens[j].use = Use::Time;
        return clockText(hit->minutes);
    }
    return std::nullopt;
}

}  // namespace etappe::rules::coach
