#pragma once
// Reading an activity sentence for the coach (rules/activity_coach.h): words,
// a date ("am 18.06.", "3. Dez.", "on 14 May", "May 14", "morgen") and a
// person ("Herrn Demir", "Ms Novak", "Einkaufsleiterin", "plant manager").
// German and English, mixed freely.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace etappe::rules::coach {

enum class Use { Free, Date, Person, Filler };

struct Token {
    std::string raw;          // as typed, surrounding punctuation removed (a trailing '.' kept: "18.06.", "Dr.")
    std::string word;         // folded (foldCase) and without trailing dots: "dr", "18.06", "präsentieren"
    bool clause_end = false;  // a ',' ';' ':' '!' '?' follows, or a full stop after a word
    Use use = Use::Free;
};

std::vector<Token> tokenize(std::string_view text);

// The first date in the text as ISO; marks its tokens Use::Date. A day and
// month without a year means this year, unless that lies more than
// kYearlessPastDays before `today` — then the next year ("am 18.06." written in
// November is next June; "am 15.11." written on 23 November is eight days ago).
inline constexpr int kYearlessPastDays = 30;
std::optional<std::string> takeDate(std::vector<Token>& tokens, std::string_view today);

// The first person named in the text ("Frau Dr. Meier", "Mr Weber",
// "Produktionsleiter", "head of purchasing"); marks the tokens of every
// person found Use::Person.
std::optional<std::string> takePerson(std::vector<Token>& tokens);

// Letters only (hyphen and apostrophe allowed): "Vogt's", "follow-up", "präsentieren".
bool isLetters(std::string_view word);

// Starts with a capital letter, German umlauts included ("Özdemir").
bool isCapitalised(std::string_view raw);

// "warte*" (prefix), "warten|abwarten" (alternatives) against a folded word.
bool wordMatches(std::string_view word, std::string_view alternatives);

}  // namespace etappe::rules::coach
