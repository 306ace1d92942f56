// Dates in an activity sentence, for the activity coach: written days ("am
// 18.06.", "3. Dez.", "on the 9th") and days counted from today ("morgen",
// "kommenden Mittwoch", "next Thursday", "in drei Tagen"). Times: coach_times.cpp.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

#include "dates/date_input.h"
#include "dates/iso_date.h"
#include "rules/coach_text.h"
#include "rules/customer_query.h"
#include "rules/word_lists.h"

namespace etappe::rules::coach {

namespace {

// ---- Written dates --------------------------------------------------------

struct MonthName {
    std::string_view word;
    int month;
};
constexpr MonthName kMonths[] = {
    {"januar", 1},    {"jänner", 1},   {"january", 1}, {"jan", 1},  {"februar", 2},   {"february", 2}, {"feb", 2},
    {"märz", 3},      {"maerz", 3},    {"march", 3},   {"mär", 3},  {"mrz", 3},       {"mar", 3},      {"april", 4},
    {"apr", 4},       {"mai", 5},      {"may", 5},     {"juni", 6}, {"june", 6},      {"jun", 6},      {"juli", 7},
    {"july", 7},      {"jul", 7},      {"august", 8},  {"aug", 8},  {"september", 9}, {"sept", 9},     {"sep", 9},
    {"oktober", 10},  {"october", 10}, {"okt", 10},    {"oct", 10}, {"november", 11}, {"nov", 11},     {"dezember", 12},
    {"december", 12}, {"dez", 12},     {"dec", 12},
};

bool allDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The value of a word of (at most a few) digits.
int numberOf(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

// "3", "3.", "14th", "1st", "vierten", "ninth" → the day of the month, or 0.
int dayOf(std::string_view word) {
    if (const int ordinal = ordinalWordValue(word)) return ordinal;
    for (const std::string_view suffix : {"st", "nd", "rd", "th"})
        if (word.size() > 2 && word.ends_with(suffix)) word.remove_suffix(2);
    if (!allDigits(word) || word.size() > 2) return 0;
    const int day = numberOf(word);
    return day >= 1 && day <= 31 ? day : 0;
}

int yearOf(std::string_view word) {
    return allDigits(word) && word.size() == 4 ? numberOf(word) : 0;
}

// A day and month typed without a year ("18.06.") as the nearest fitting date, see kYearlessPastDays.
std::optional<std::string> upcoming(std::string_view day_month, std::string_view today) {
    const auto today_number = dates::dayNumber(today);
    if (!today_number) return dates::parseDate(day_month, today);
    for (int ahead = 0; ahead <= 8; ++ahead) {  // eight years always reach a 29 February
        const auto iso = dates::parseDate(day_month, dates::addMonths(today, 12 * ahead));
        if (iso && (ahead > 0 || *dates::dayNumber(*iso) >= *today_number - kYearlessPastDays)) return iso;
    }
    return std::nullopt;
}

std::optional<std::string> dateOf(int day, int month, int year, std::string_view today) {
    if (year != 0) return dates::isoFromParts(year, month, day);
    char text[24];
    std::snprintf(text, sizeof text, "%d.%d.", day, month);
    return upcoming(text, today);
}

// "18.06.", "18.6.2026", "2026-06-18", "23/11/2026"; a bare "12.5" only after "am", "on", "bis" …
std::optional<std::string> numericDate(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    const std::string_view raw = tokens[i].raw;
    if (raw.find_first_not_of("0123456789./-") != std::string_view::npos || raw[0] < '0' || raw[0] > '9')
        return std::nullopt;
    std::string_view core = raw;
    if (core.ends_with('.')) core.remove_suffix(1);
    if (dates::isIsoDate(core)) return std::string(core);
    const auto separators = std::count_if(core.begin(), core.end(), [](char c) { return c == '.' || c == '/'; });
    if (separators == 2) return dates::parseDate(raw, today);
    if (separators != 1) return std::nullopt;
    const bool after_preposition =
        i > 0 && contains({"am", "on", "bis", "zum", "ab", "vom", "until", "by", "from", "till"}, tokens[i - 1].word);
    if (!raw.ends_with('.') && core.find('/') == std::string_view::npos && !after_preposition) return std::nullopt;
    return upcoming(raw, today);
}

struct DateHit {
    std::string iso;
    std::size_t first;
    std::size_t last;
};

// "3. Dezember", "14 May 2026", "on 2nd Dec" (day first) or "May 14, 2026" (month first).
std::optional<DateHit> namedDate(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    if (i + 1 >= tokens.size()) return std::nullopt;
    const std::size_t first = i;
    int day = dayOf(tokens[i].word);
    int month = monthOf(tokens[i + 1].word);
    if (day != 0 && month == 0 && tokens[i + 1].word == "of" && i + 2 < tokens.size()) {
        month = monthOf(tokens[i + 2].word);  // "the 14th of May"
        if (month != 0) ++i;
    }
    if (day == 0 || month == 0) {
        month = monthOf(tokens[i].word);
        day = dayOf(tokens[i + 1].word);
        if (day == 0 && month != 0 && tokens[i + 1].word == "the" && i + 2 < tokens.size()) {
            day = dayOf(tokens[i + 2].word);  // "December the 4th"
            if (day != 0) ++i;
        }
    }
    if (day == 0 || month == 0) return std::nullopt;
    const int year = i + 2 < tokens.size() ? yearOf(tokens[i + 2].word) : 0;
    const auto iso = dateOf(day, month, year, today);
    if (!iso) return std::nullopt;
    return DateHit{*iso, first, i + (year != 0 ? 2 : 1)};
}

// A day of the month alone: "on the 9th", "by the 21st", "am 9.", "bis zum 9.". It is the next such day from
// today on, this month or the next. English needs the ordinal and a preposition ("the 2nd prototype" is no day).
std::optional<DateHit> dayOfMonth(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    const std::string_view raw = tokens[i].raw;
    const int day = dayOf(tokens[i].word);
    const auto now = dates::dateParts(today);
    if (day == 0 || i == 0 || !now) return std::nullopt;
    std::size_t first = i;
    const bool ordinal = !allDigits(tokens[i].word) && tokens[i - 1].word == "the" && i >= 2 &&
                         contains({"on", "by", "until", "till", "before", "from"}, tokens[i - 2].word);
    const bool german = raw.ends_with('.') && allDigits(tokens[i].word) &&
                        contains({"am", "zum", "ab", "vom", "bis"}, tokens[i - 1].word);
    // A day in words stands alone ("on the ninth,"): "on the second visit" is no day.
    const bool in_words = ordinalWordValue(tokens[i].word) != 0;
    if (in_words && !tokens[i].clause_end && i + 1 < tokens.size()) return std::nullopt;
    if (ordinal) first = i - 2;
    else if (german) first = i - 1;
    else return std::nullopt;
    for (int ahead = day >= now->day ? 0 : 1; ahead <= 2; ++ahead) {  // the 31st may skip a month
        const int month = now->month - 1 + ahead;  // counted from January of this year
        if (auto iso = dates::isoFromParts(now->year + month / 12, month % 12 + 1, day)) return DateHit{*iso, first, i};
    }
    return std::nullopt;
}

std::optional<DateHit> writtenDate(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    if (auto iso = numericDate(tokens, i, today)) return DateHit{*iso, i, i};
    if (auto hit = namedDate(tokens, i, today)) return hit;
    return dayOfMonth(tokens, i, today);
}

// ---- Days counted from today ----------------------------------------------

struct Count {
    std::string_view word;
    int value;
};
constexpr Count kCounts[] = {{"einem", 1}, {"einen", 1}, {"one", 1},    {"a", 1},     {"zwei", 2},  {"two", 2},
                             {"drei", 3},  {"three", 3}, {"vier", 4},   {"four", 4},  {"fünf", 5},  {"five", 5},
                             {"sechs", 6}, {"six", 6},   {"sieben", 7}, {"seven", 7}, {"zehn", 10}, {"ten", 10}};

int countOf(std::string_view word) {
    if (allDigits(word) && word.size() <= 2) return numberOf(word);
    for (const Count& c : kCounts)
        if (c.word == word) return c.value;
    return 0;
}

// "in einer Woche", "in zwei Wochen" after "heute" / "today": the number of weeks, or 0.
int weeksAfter(const std::vector<Token>& tokens, std::size_t i) {
    if (i + 3 >= tokens.size() || tokens[i + 1].word != "in") return 0;
    const int count = tokens[i + 2].word == "einer" ? 1 : countOf(tokens[i + 2].word);
    return contains({"woche", "wochen", "week", "weeks"}, tokens[i + 3].word) ? count : 0;
}

// "heute", "morgen", "tomorrow", counted from today; "am Morgen" is a time of day, not a date. "heute in einer
// Woche", "a week from today" and "a week from tomorrow" name one day too.
std::optional<DateHit> nearDay(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    static constexpr std::pair<std::string_view, int> kDays[] = {
        {"heute", 0}, {"today", 0}, {"morgen", 1}, {"tomorrow", 1}, {"übermorgen", 2}};
    if (i > 0 && contains({"am", "the", "this"}, tokens[i - 1].word)) return std::nullopt;
    for (const auto& [word, ahead] : kDays) {
        if (tokens[i].word != word) continue;
        // "the day after tomorrow"
        const bool after = ahead == 1 && i >= 2 && tokens[i - 1].word == "after" && tokens[i - 2].word == "day";
        if (after) return DateHit{dates::addDays(today, 2), i - 2, i};
        if (const int weeks = weeksAfter(tokens, i)) return DateHit{dates::addDays(today, ahead + 7 * weeks), i, i + 3};
        // "a week from today"
        const bool week_from = i >= 2 && contains({"from", "after"}, tokens[i - 1].word) &&
                               contains({"week", "weeks"}, tokens[i - 2].word);
        const int weeks = week_from ? (i >= 3 ? std::max(countOf(tokens[i - 3].word), 1) : 1) : 0;
        return DateHit{dates::addDays(today, ahead + 7 * weeks), week_from ? i - 2 : i, i};
    }
    return std::nullopt;
}

constexpr std::array<std::array<std::string_view, 2>, 7> kWeekdays = {{{"montag", "monday"},
                                                                       {"dienstag", "tuesday"},
                                                                       {"mittwoch", "wednesday"},
                                                                       {"donnerstag", "thursday"},
                                                                       {"freitag", "friday"},
                                                                       {"samstag", "saturday"},
                                                                       {"sonntag", "sunday"}}};
// Short forms that are no other word: "Mon", "Tue", "Do." (German two letters only with their dot).
// "sat", "sun" and "So." are left out: they are words of their own.
constexpr std::array<std::string_view, 7> kWeekdayShort = {"mon", "tue", "wed", "thu", "fri", "", ""};
constexpr std::array<std::string_view, 7> kWeekdayShortGerman = {"mo.", "di.", "mi.", "do.", "fr.", "sa.", ""};
// "Mittwochvormittag", "Freitagnachmittag": a weekday with a part of the day is
// that weekday. "montags" (every Monday) is a habit, not a day.
constexpr std::string_view kDayParts[] = {"", "vormittag", "nachmittag", "morgen", "mittag", "abend", "früh"};

// Monday 0 … Sunday 6, or -1.
int weekdayOf(const Token& token) {
    for (std::size_t day = 0; day < kWeekdays.size(); ++day) {
        const std::string_view german = kWeekdays[day][0];
        const bool short_form = (!kWeekdayShort[day].empty() && token.word == kWeekdayShort[day]) ||
                                (!kWeekdayShortGerman[day].empty() && foldCase(token.raw) == kWeekdayShortGerman[day]);
        if (token.word == kWeekdays[day][1] || short_form || token.word == "tues")
            return token.word == "tues" ? 1 : static_cast<int>(day);
        if (!token.word.starts_with(german)) continue;
        if (contains(kDayParts, std::string_view(token.word).substr(german.size()))) return static_cast<int>(day);
    }
    return -1;
}

bool isTitleOrName(const Token& token) {
    return isCapitalised(token.raw) && isLetters(token.word) && weekdayOf(token) < 0;
}

// A weekday in its context. "Mo", "Di", "Mi" need no dot: they are no other word. "Do" and "Fr" without a dot
// ("Do the demo", "Fr" for Frau) only before a comma, colon or number. "Fr." before a name is Frau ("Fr. Meier").
int weekdayAt(const std::vector<Token>& tokens, std::size_t i) {
    const Token& token = tokens[i];
    const bool has_next = i + 1 < tokens.size();
    if (token.raw == "Fr." && has_next && isTitleOrName(tokens[i + 1]) &&
        !contains({"herr", "herrn", "frau", "mr", "ms", "mrs", "dr"}, tokens[i + 1].word))
        return -1;
    if (const int day = weekdayOf(token); day >= 0) return day;
    static constexpr std::string_view kBare[] = {"Mo", "Di", "Mi", "Do", "Fr"};
    for (int day = 0; day < 5; ++day) {
        if (token.raw != kBare[day]) continue;
        const bool before_number = has_next && !tokens[i + 1].raw.empty() && tokens[i + 1].raw[0] >= '0' &&
                                   tokens[i + 1].raw[0] <= '9';
        const bool after_title = i > 0 && contains({"herr", "herrn", "frau", "mr", "ms", "mrs"}, tokens[i - 1].word);
        if (!after_title && (day < 3 || token.clause_end || before_number)) return day;
    }
    return -1;
}

// Words before a weekday that say which one: "kommenden", "nächsten", "next", "this", "übernächsten".
enum class Which { Next, ThisWeek, AfterNext };
std::optional<Which> whichOf(std::string_view word) {
    if (contains({"kommenden", "kommender", "kommende", "nächsten", "nächster", "nächste", "next", "coming"}, word))
        return Which::Next;
    if (contains({"diesen", "dieser", "diese", "this"}, word)) return Which::ThisWeek;
    if (contains({"übernächsten", "übernächster", "übernächste"}, word)) return Which::AfterNext;
    return std::nullopt;
}

// A weekday is its next occurrence after today: said on a Monday, "Montag" and
// "next Monday" mean the Monday in a week. "This Friday" may be today.
std::optional<DateHit> weekday(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    const int target = weekdayAt(tokens, i);
    if (target < 0) return std::nullopt;
    std::size_t first = i;
    Which which = Which::Next;
    if (i > 0) {
        if (const auto said = whichOf(tokens[i - 1].word)) {
            which = *said;
            first = i - 1;
        }
    }
    if (which == Which::ThisWeek && dates::weekdayIndex(today) == target) return DateHit{std::string(today), first, i};
    // "Freitag nächster Woche", "Di nächste Woche", "Friday next week": that weekday in the week after this one.
    const bool next_week = i + 2 < tokens.size() && whichOf(tokens[i + 1].word) == Which::Next &&
                           contains({"woche", "week"}, tokens[i + 2].word);
    if (next_week) return DateHit{dates::addDays(dates::nextWeekday(today, 0), target), first, i + 2};
    const std::string next = dates::nextWeekday(today, target);
    return DateHit{which == Which::AfterNext ? dates::addDays(next, 7) : next, first, i};
}

// "am ersten Montag im Januar", "the last Friday of December": the nth (or last) such weekday of that month,
// this year or, when it has passed, the next.
std::optional<DateHit> nthWeekday(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    const auto now = dates::dateParts(today);
    if (i + 3 >= tokens.size() || !now) return std::nullopt;
    const bool last = contains({"letzten", "letzter", "letzte", "last"}, tokens[i].word);
    const int nth = last ? 5 : ordinalWordValue(tokens[i].word);
    const int target = weekdayAt(tokens, i + 1);
    const int month = monthOf(tokens[i + 3].word);
    if (nth < 1 || nth > 5 || target < 0 || month == 0 || !contains({"im", "in", "of"}, tokens[i + 2].word))
        return std::nullopt;
    for (int year = now->year; year <= now->year + 1; ++year) {
        const auto first = dates::isoFromParts(year, month, 1);
        if (!first) return std::nullopt;
        std::string day = dates::addDays(*first, (target - dates::weekdayIndex(*first) + 7) % 7);
        for (int k = 1; k < nth; ++k) {
            const std::string later = dates::addDays(day, 7);
            const auto parts = dates::dateParts(later);
            if (!parts || parts->month != month) {
                if (!last) return std::nullopt;  // no fifth Monday this month
                break;
            }
            day = later;
        }
        if (day >= today) return DateHit{day, i > 0 && contains({"am", "on", "the"}, tokens[i - 1].word) ? i - 1 : i,
                                         i + 3};
    }
    return std::nullopt;
}

// "in drei Tagen", "in 3 days": a day. Weeks are handled as periods (no day).
std::optional<DateHit> inDays(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    if (i + 2 >= tokens.size() || tokens[i].word != "in") return std::nullopt;
    const int days = countOf(tokens[i + 1].word);
    if (days <= 0 || !contains({"tag", "tagen", "day", "days"}, tokens[i + 2].word)) return std::nullopt;
    return DateHit{dates::addDays(today, days), i, i + 2};
}

// ---- Periods that are no day ------------------------------------------------

constexpr std::string_view kPeriods[] = {"woche",    "wochen", "monat", "monaten",    "monats", "quartal",
                                         "quartals", "jahr",   "week",  "weeks",      "month",  "months",
                                         "quarter",  "year",   "kw",    "wochenende", "weekend"};
constexpr std::string_view kPeriodOpeners[] = {
    "nächste", "nächsten", "kommende",    "kommenden", "diese", "dieser", "diesen",    "im",  "in",  "next",
    "this",    "coming",   "übernächste", "end",       "ende",  "within", "innerhalb", "des", "der", "of",
    "the",     "bis",      "by",          "until",     "zum",   "zur",    "am",        "an",  "at"};

// "nächste Woche", "in zwei Wochen", "im nächsten Quartal", "next month", "in Q1":
// marked as filler, so they neither count as a date nor as words of an action.
void markPeriods(std::vector<Token>& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& word = tokens[i].word;
        const bool quarter = word.size() == 2 && word[0] == 'q' && word[1] >= '1' && word[1] <= '4';
        if (tokens[i].use != Use::Free || (!contains(kPeriods, word) && !quarter)) continue;
        const bool of_an_hour = i + 1 < tokens.size() && contains({"past", "to", "after", "before"}, tokens[i + 1].word);
        if (word == "quarter" && of_an_hour) continue;  // "a quarter past three" is a time (coach_times.cpp)
        tokens[i].use = Use::Filler;
        for (std::size_t j = i; j > 0 && tokens[j - 1].use == Use::Free; --j) {
            const std::string& before = tokens[j - 1].word;
            if (!contains(kPeriodOpeners, before) && countOf(before) == 0) break;
            tokens[j - 1].use = Use::Filler;
        }
    }
}

// "das Protokoll vom Dienstag", "die Mail vom letzten Montag", "the notes from last Friday": a past day that
// belongs to something else in the sentence, neither the activity's day nor a word of its action.
void markPastWeekdays(std::vector<Token>& tokens) {
    for (std::size_t i = 1; i < tokens.size(); ++i)
        if (tokens[i].use == Use::Free && weekdayAt(tokens, i) >= 0 &&
            contains({"vom", "seit", "letzten", "letztem", "letzter", "vergangenen", "vergangenem", "last", "since"},
                     tokens[i - 1].word))
            tokens[i - 1].use = tokens[i].use = Use::Filler;
}

std::optional<DateHit> relativeDate(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    if (auto hit = nearDay(tokens, i, today)) return hit;
    if (auto hit = weekday(tokens, i, today)) return hit;
    return inDays(tokens, i, today);
}

void mark(std::vector<Token>& tokens, std::size_t first, std::size_t last, Use use) {
    for (std::size_t j = first; j <= last; ++j) tokens[j].use = use;
}

}  // namespace

int monthOf(std::string_view word) {
    for (const MonthName& m : kMonths)
        if (m.word == word) return m.month;
    return 0;
}

std::optional<std::string> takeDate(std::vector<Token>& tokens, std::string_view today) {
    markPeriods(tokens);
    std::optional<std::string> found;
    for (std::size_t i = 0; i < tokens.size() && !found; ++i) {
        if (tokens[i].use != Use::Free) continue;
        auto hit = nthWeekday(tokens, i, today);
        if (!hit) hit = writtenDate(tokens, i, today);
        if (hit) {
            mark(tokens, hit->first, hit->last, Use::Date);
            found = hit->iso;
        }
    }
    markPastWeekdays(tokens);  // after "the last Friday of December" was read
    const bool today_known = dates::isIsoDate(today);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].use != Use::Free) continue;
        // A weekday beside a written date names the same day ("Dienstag, 15.12."): part of the date, no word of the
        // action.
        if (found || !today_known) {
            if (weekdayAt(tokens, i) >= 0) tokens[i].use = Use::Date;
            continue;
        }
        if (const auto hit = relativeDate(tokens, i, today)) {
            mark(tokens, hit->first, hit->last, Use::Date);
            found = hit->iso;
        }
    }
    return found;
}

std::string phraseOf(const std::vector<Token>& tokens, Use use) {
    std::string out;
    for (const Token& token : tokens)
        if (token.use == use) out += (out.empty() ? "" : " ") + token.raw;
    return out;
}

}  // namespace etappe::rules::coach
