// Words and persons in an activity sentence, for the activity coach (dates and times: coach_dates.cpp).
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

// ---- Persons --------------------------------------------------------------

// "Hr.", "Hrn." and "Fr." are how notes abbreviate Herr and Frau ("Fr." before a name; Friday otherwise, coach_dates.cpp).
constexpr std::string_view kTitles[] = {"herr", "herrn", "hr", "hrn", "fr", "frau", "dr",
                                        "prof", "mr",    "mrs", "ms",  "miss", "mister"};

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
                                             "vorgesetzte",
                                             // more roles on the customer's side; "-abteilung" counts like
                                             // "Einkauf" (a department answers for its people);
                                             // "Ansprechpartner" names nobody (§8), so it is left out
                                             "sachbearbeiter",
                                             "referent",
                                             "assistent",
                                             "koordinator",
                                             "planer",
                                             "führer",
                                             "eigentümer",
                                             "verantwortliche",
                                             "beauftragte",
                                             "abteilung"};
// "en" for the weak nouns: "dem Prokuristen", "den Disponenten"; "r" for adjective nouns ("Verantwortlicher").
constexpr std::string_view kGermanRoleEndings[] = {"", "in", "innen", "s", "n", "es", "e", "en", "r"};

constexpr std::string_view kEnglishRoles[] = {
    "buyer",          "buyers",         "purchaser",  "ceo",       "cfo",         "cto",        "coo",
    "owner",          "owners",         "engineer",   "engineers", "procurement", "purchasing", "technician",
    "technicians",    "foreman",        "supervisor", "chairman",  "chairwoman",  "founder",    "president",
    "decision-maker", "decision-makers", "cio", "cpo", "cso", "cmo", "vp", "department", "planner",
    "board"};  // "the board's decision", like "der Vorstand"

// Roles as notes abbreviate them, counted only when typed in capitals: "dem GF", "der EK" (Einkauf), "mit
// dem EKL", "die QS"; lower case they may be other words.
constexpr std::string_view kRoleAbbreviations[] = {"GF", "GFin", "GL", "EK", "EKL", "EL", "PL", "TL",  "AL", "VL",
                                                   "BL", "WL",   "QM", "QS", "QMB", "IH", "AV", "HR", "IT"};

bool isRoleAbbreviation(const Token& token) {
    std::string_view raw = token.raw;
    while (raw.ends_with('.')) raw.remove_suffix(1);
    return contains(kRoleAbbreviations, raw);
}

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

constexpr std::string_view kEnglishTitles[] = {"mr", "mrs", "ms", "miss", "mister"};
// Lower-case parts of a family name: "Herrn von Bergen", "Ms de la Cruz", "Frau ter Horst".
constexpr std::string_view kNameParticles[] = {"von", "van", "de", "del", "della", "di", "da",  "dos",
                                               "du",  "la",  "le", "ter", "ten",   "zu", "mac", "mc",
                                               "al",  "el",  "bin", "ó",  "ní",    "nic", "vom"};
// Articles that may follow a particle inside a name: "von der Heide", "van den Berg", "de la Cruz".
constexpr std::string_view kInnerParticles[] = {"der", "den", "dem", "des", "de", "la", "le", "los", "las", "het"};

bool isParticle(const Token& token, bool inner) {
    return !isCapitalised(token.raw) &&
           (contains(kNameParticles, token.word) || (inner && contains(kInnerParticles, token.word)));
}

bool isNameWord(const Token& token) {
    return (token.use == Use::Free || token.use == Use::Filler) && isCapitalised(token.raw) && isLetters(token.word);
}

// After "Herrn Łukasz", is the next capitalised word more of the name? In
// English, nouns are not capitalised, so yes. In German it may be the object
// ("Herrn Zettler Unterlagen schicken"), so only when the name is foreign-looking
// ("Łukasz Nowak", "Ní Bhriain") or the word is followed by an article or the
// clause ends ("Frau Anna Gerens das Konzept …").
bool continuesName(const std::vector<Token>& tokens, std::size_t name_start, std::size_t j, bool english) {
    if (j >= tokens.size() || !isNameWord(tokens[j]) || tokens[j - 1].clause_end) return false;
    if (english) return true;
    for (std::size_t k = name_start; k <= j; ++k)
        if (hasForeignLetter(tokens[k].raw)) return true;
    if (tokens[j].clause_end || j + 1 == tokens.size()) return true;
    return contains({"der",   "die",    "das",     "den",     "dem",  "des",   "ein",    "eine", "einen", "einem",
                     "unser", "unsere", "unseren", "unserem", "sein", "seine", "seinen", "ihr",  "ihre",  "ihren"},
                    tokens[j + 1].word);
}

// "Frau Dr. Meier", "Mr Weber", "Herrn von Bergen", "Ms Ó Briain": titles, then a name.
std::optional<Span> titledName(const std::vector<Token>& tokens, std::size_t i) {
    std::size_t j = i;
    bool english = false;
    while (j < tokens.size() && contains(kTitles, tokens[j].word))
        english = english || contains(kEnglishTitles, tokens[j++].word);
    if (j == i || j >= tokens.size()) return std::nullopt;
    std::size_t k = j;
    while (k < tokens.size() && isParticle(tokens[k], k > j)) ++k;
    if (k > j && k < tokens.size() && isNameWord(tokens[k])) j = k;
    // A capitalised filler word after a title is a name: "Frau Kurz", "Herrn Auch".
    if (!isNameWord(tokens[j])) return std::nullopt;
    const std::size_t name_start = j;
    while (continuesName(tokens, name_start, j + 1, english)) ++j;
    return Span{i, j};
}

constexpr std::string_view kManagerWords[] = {"manager", "managers", "director", "directors", "officer"};
// "lead" and "team" are roles only after an area ("site lead", "procurement team"); "qualify the lead" is a prospect.
constexpr std::string_view kAreas[] = {"site",    "project",   "team",     "procurement", "purchasing",  "sales",
                                       "technical", "engineering", "maintenance", "production", "plant", "operations",
                                       "quality", "it",        "finance",  "logistics",   "service",     "supply",
                                       "category", "account",  "shift",    "product",     "safety",      "commercial",
                                       "qa",      "qc",        "qm",       "hr",          "ops",         "legal",
                                       "marketing", "design",   "warehouse", "management", "security",   "r&d"};

// "plant manager", "managing director", "head of purchasing", "decision maker", or one role word.
std::optional<Span> roleAt(const std::vector<Token>& tokens, std::size_t i) {
    const std::string& word = tokens[i].word;
    const bool has_next = i + 1 < tokens.size();
    if (word == "head" && i + 2 < tokens.size() && tokens[i + 1].word == "of") return Span{i, i + 2};
    if (word == "decision" && has_next && contains({"maker", "makers"}, tokens[i + 1].word)) return Span{i, i + 1};
    if (has_next && contains(kManagerWords, tokens[i + 1].word) && isLetters(word) && !tokens[i].clause_end)
        return Span{i, i + 1};
    if (has_next && contains({"lead", "leads", "coordinator", "team", "department"}, tokens[i + 1].word) && contains(kAreas, word) &&
        !tokens[i].clause_end)
        return Span{i, i + 1};
    if (contains(kManagerWords, word) || contains(kEnglishRoles, word) || isGermanRole(word) ||
        isRoleAbbreviation(tokens[i]))
        return Span{i, i};
    return std::nullopt;
}

}  // namespace

bool isLetters(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' ||
               static_cast<unsigned char>(c) >= 0x80;
    });
}

namespace {

// The first UTF-8 code point of `text` and its length in bytes (0 when malformed).
std::pair<char32_t, std::size_t> firstCodePoint(std::string_view text) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    if (text.empty()) return {0, 0};
    if (byte(0) < 0x80) return {byte(0), 1};
    const std::size_t size = byte(0) >= 0xF0 ? 4 : byte(0) >= 0xE0 ? 3 : byte(0) >= 0xC0 ? 2 : 0;
    if (size == 0 || text.size() < size) return {0, 0};
    char32_t code = byte(0) & (0x7F >> size);
    for (std::size_t i = 1; i < size; ++i) code = (code << 6) | (byte(i) & 0x3F);
    return {code, size};
}

// Latin Extended-A alternates capital and small letter, with the parity
// changing at U+0138 and U+0149 (ĸ and ŉ have no capital).
bool isLatinExtendedCapital(char32_t c) {
    if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
    if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
    if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
    return c == 0x178 || c == 0x179 || c == 0x17B || c == 0x17D;
}

bool isCapitalLetter(char32_t c) {
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;  // À … Þ without ×
    if (isLatinExtendedCapital(c)) return true;
    return (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);  // Greek, Cyrillic
}

}  // namespace

bool isCapitalised(std::string_view raw) {
    return isCapitalLetter(firstCodePoint(raw).first);
}

bool hasForeignLetter(std::string_view raw) {
    while (!raw.empty()) {
        const auto [code, size] = firstCodePoint(raw);
        if (size == 0) return false;
        const bool latin = code >= 0xC0 && code <= 0x24F && code != 0xD7 && code != 0xF7;
        const bool german = code == U'ä' || code == U'ö' || code == U'ü' || code == U'ß' || code == U'Ä' ||
                            code == U'Ö' || code == U'Ü';
        if ((latin && !german) || (code >= 0x391 && code <= 0x4FF)) return true;  // typographic marks are no letters
        raw.remove_prefix(size);
    }
    return false;
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
