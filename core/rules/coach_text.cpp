// Words, dates and persons in an activity sentence, for the activity coach.
#include "rules/coach_text.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "dates/date_input.h"
#include "dates/iso_date.h"
#include "rules/customer_query.h"
#include "rules/word_lists.h"

namespace etappe::rules::coach {

namespace {

// ---- Words ----------------------------------------------------------------

constexpr std::string_view kOpeners = "([{\"'";
constexpr std::string_view kClosers = ")]}\"'";
constexpr std::string_view kBreaks = ",;:!?";
// Typographic quotes and dashes („ “ ” ‚ ‘ ’ « » – —) are stripped like ASCII punctuation.
constexpr std::array<std::string_view, 10> kUtf8Marks = {"\u201E", "\u201C", "\u201D", "\u201A", "\u2018",
                                                         "\u2019", "\u00AB", "\u00BB", "\u2013", "\u2014"};

bool stripUtf8Mark(std::string_view& piece, bool front) {
    for (const std::string_view mark : kUtf8Marks) {
        if (front ? piece.starts_with(mark) : piece.ends_with(mark)) {
            front ? piece.remove_prefix(mark.size()) : piece.remove_suffix(mark.size());
            return true;
        }
    }
    return false;
}

// Removes punctuation around a piece; true when it ended a clause.
bool trimPiece(std::string_view& piece) {
    bool clause_end = false;
    while (!piece.empty()) {
        if (kOpeners.find(piece.front()) != std::string_view::npos) {
            piece.remove_prefix(1);
        } else if (!stripUtf8Mark(piece, true)) {
            break;
        }
    }
    while (!piece.empty()) {
        if (kBreaks.find(piece.back()) != std::string_view::npos) {
            clause_end = true;
            piece.remove_suffix(1);
        } else if (kClosers.find(piece.back()) != std::string_view::npos) {
            piece.remove_suffix(1);
        } else if (stripUtf8Mark(piece, false)) {
            clause_end = true;
        } else {
            break;
        }
    }
    return clause_end;
}

std::string wordOf(std::string_view raw) {
    while (!raw.empty() && raw.back() == '.') raw.remove_suffix(1);
    return foldCase(raw);
}

// The raw text of tokens first..last, as a phrase for the message.
std::string joinRaw(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i <= last; ++i) out += (i == first ? "" : " ") + tokens[i].raw;
    if (out.ends_with('.') && isLetters(tokens[last].word) && tokens[last].word.size() > 3) out.pop_back();
    return out;
}

// ---- Dates ----------------------------------------------------------------

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

int monthOf(std::string_view word) {
    for (const MonthName& m : kMonths)
        if (m.word == word) return m.month;
    return 0;
}

bool allDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "3", "3.", "14th", "1st" → the day of the month, or 0.
int dayOf(std::string_view word) {
    for (const std::string_view suffix : {"st", "nd", "rd", "th"})
        if (word.size() > 2 && word.ends_with(suffix)) word.remove_suffix(2);
    if (!allDigits(word) || word.size() > 2) return 0;
    const int day = std::atoi(std::string(word).c_str());
    return day >= 1 && day <= 31 ? day : 0;
}

int yearOf(std::string_view word) {
    return allDigits(word) && word.size() == 4 ? std::atoi(std::string(word).c_str()) : 0;
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
    std::size_t last;
};

// "3. Dezember", "14 May 2026", "on 2nd Dec" (day first) or "May 14, 2026" (month first).
std::optional<DateHit> namedDate(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    if (i + 1 >= tokens.size()) return std::nullopt;
    int day = dayOf(tokens[i].word);
    int month = monthOf(tokens[i + 1].word);
    if (day != 0 && month == 0 && tokens[i + 1].word == "of" && i + 2 < tokens.size()) {
        month = monthOf(tokens[i + 2].word);  // "the 14th of May"
        if (month != 0) ++i;
    }
    if (day == 0 || month == 0) {
        month = monthOf(tokens[i].word);
        day = dayOf(tokens[i + 1].word);
    }
    if (day == 0 || month == 0) return std::nullopt;
    const int year = i + 2 < tokens.size() ? yearOf(tokens[i + 2].word) : 0;
    const auto iso = dateOf(day, month, year, today);
    if (!iso) return std::nullopt;
    return DateHit{*iso, i + (year != 0 ? 2 : 1)};
}

// "heute", "morgen", "tomorrow", counted from today; "am Morgen" is a time of day, not a date.
std::optional<std::string> relativeDate(const std::vector<Token>& tokens, std::size_t i, std::string_view today) {
    static constexpr std::pair<std::string_view, int> kDays[] = {
        {"heute", 0}, {"today", 0}, {"morgen", 1}, {"tomorrow", 1}, {"übermorgen", 2}};
    if (!dates::isIsoDate(today) || (i > 0 && contains({"am", "the", "this"}, tokens[i - 1].word))) return std::nullopt;
    for (const auto& [word, ahead] : kDays)
        if (tokens[i].word == word) return dates::addDays(today, ahead);
    return std::nullopt;
}

// ---- Persons --------------------------------------------------------------

constexpr std::string_view kTitles[] = {"herr", "herrn", "frau", "dr", "prof", "mr", "mrs", "ms", "miss", "mister"};

// German role nouns, matched at the end of a word so compounds count:
// "Produktionsleiterin", "Servicetechniker", "Zentraleinkauf".
constexpr std::string_view kGermanRoles[] = {"leiter",
                                             "geschäftsführer",
                                             "geschäftsführung",
                                             "geschäftsleitung",
                                             "werksleitung",
                                             "werkleitung",
                                             "betriebsleitung",
                                             "einkaufsleitung",
                                             "produktionsleitung",
                                             "einkäufer",
                                             "einkauf",
                                             "vorstand",
                                             "inhaber",
                                             "prokurist",
                                             "techniker",
                                             "ingenieur",
                                             "konstrukteur",
                                             "entscheider",
                                             "meister",
                                             "chef",
                                             "disponent",
                                             "vorgesetzte"};
constexpr std::string_view kGermanRoleEndings[] = {"", "in", "innen", "s", "n", "es", "e"};

constexpr std::string_view kEnglishRoles[] = {
    "buyer",          "buyers",         "purchaser",  "ceo",       "cfo",         "cto",        "coo",
    "owner",          "owners",         "engineer",   "engineers", "procurement", "purchasing", "technician",
    "technicians",    "foreman",        "supervisor", "chairman",  "chairwoman",  "founder",    "president",
    "decision-maker", "decision-makers"};

bool isGermanRole(std::string_view word) {
    for (const std::string_view stem : kGermanRoles)
        for (const std::string_view ending : kGermanRoleEndings) {
            const std::size_t size = stem.size() + ending.size();
            if (word.size() >= size && word.substr(word.size() - size, stem.size()) == stem && word.ends_with(ending))
                return true;
        }
    return false;
}

struct Span {
    std::size_t first;
    std::size_t last;
};

// "Frau Dr. Meier", "Mr Weber": titles, then a capitalised name.
std::optional<Span> titledName(const std::vector<Token>& tokens, std::size_t i) {
    std::size_t j = i;
    while (j < tokens.size() && contains(kTitles, tokens[j].word)) ++j;
    // A capitalised filler word after a title is a name: "Frau Kurz", "Herrn Auch".
    if (j == i || j >= tokens.size() || (tokens[j].use != Use::Free && tokens[j].use != Use::Filler))
        return std::nullopt;
    if (!isCapitalised(tokens[j].raw) || !isLetters(tokens[j].word)) return std::nullopt;
    return Span{i, j};
}

constexpr std::string_view kManagerWords[] = {"manager", "managers", "director", "directors", "officer"};

// "plant manager", "managing director", "head of purchasing", "decision maker", or one role word.
std::optional<Span> roleAt(const std::vector<Token>& tokens, std::size_t i) {
    const std::string& word = tokens[i].word;
    const bool has_next = i + 1 < tokens.size();
    if (word == "head" && i + 2 < tokens.size() && tokens[i + 1].word == "of") return Span{i, i + 2};
    if (word == "decision" && has_next && contains({"maker", "makers"}, tokens[i + 1].word)) return Span{i, i + 1};
    if (has_next && contains(kManagerWords, tokens[i + 1].word) && isLetters(word) && !tokens[i].clause_end)
        return Span{i, i + 1};
    if (contains(kManagerWords, word) || contains(kEnglishRoles, word) || isGermanRole(word)) return Span{i, i};
    return std::nullopt;
}

}  // namespace

bool isLetters(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' ||
               static_cast<unsigned char>(c) >= 0x80;
    });
}

bool isCapitalised(std::string_view raw) {
    if (raw.empty()) return false;
    const auto first = static_cast<unsigned char>(raw[0]);
    if (first >= 'A' && first <= 'Z') return true;
    if (first != 0xC3 || raw.size() < 2) return false;
    const auto second = static_cast<unsigned char>(raw[1]);
    return second == 0x84 || second == 0x96 || second == 0x9C;  // Ä Ö Ü
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find_first_of(" \t\r\n", pos), text.size());
        std::string_view piece = text.substr(pos, end - pos);
        pos = end + 1;
        const bool clause_end = trimPiece(piece);
        const std::string word = wordOf(piece);
        if (word.empty() || word == "-" || word == "&") {
            if (clause_end && !tokens.empty()) tokens.back().clause_end = true;
            continue;
        }
        // A full stop after a longer word ends a sentence; after "Dr." or "3." it does not.
        const bool full_stop = piece.ends_with('.') && isLetters(word) && word.size() > 4 && monthOf(word) == 0;
        tokens.push_back(Token{std::string(piece), word, clause_end || full_stop, Use::Free});
    }
    return tokens;
}

std::optional<std::string> takeDate(std::vector<Token>& tokens, std::string_view today) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (auto iso = numericDate(tokens, i, today); iso || (iso = relativeDate(tokens, i, today))) {
            tokens[i].use = Use::Date;
            return iso;
        }
        if (auto hit = namedDate(tokens, i, today)) {
            for (std::size_t j = i; j <= hit->last; ++j) tokens[j].use = Use::Date;
            return hit->iso;
        }
    }
    return std::nullopt;
}

std::optional<std::string> takePerson(std::vector<Token>& tokens) {
    std::optional<std::string> first;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].use != Use::Free) continue;
        auto span = titledName(tokens, i);
        if (!span) span = roleAt(tokens, i);
        if (!span) continue;
        if (!first) {
            first = joinRaw(tokens, span->first, span->last);
            for (const std::string_view possessive : {"'s", "\u2019s"})  // "Mr Vogt's signature"
                if (first->ends_with(possessive)) first->resize(first->size() - possessive.size());
        }
        for (std::size_t j = span->first; j <= span->last; ++j) tokens[j].use = Use::Person;
        i = span->last;
    }
    return first;
}

bool wordMatches(std::string_view word, std::string_view alternatives) {
    std::size_t pos = 0;
    while (pos <= alternatives.size()) {
        const std::size_t bar = std::min(alternatives.find('|', pos), alternatives.size());
        std::string_view alt = alternatives.substr(pos, bar - pos);
        pos = bar + 1;
        if (alt.ends_with('*') ? word.starts_with(alt.substr(0, alt.size() - 1)) : word == alt) return true;
    }
    return false;
}

}  // namespace etappe::rules::coach
