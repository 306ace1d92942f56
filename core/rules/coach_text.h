#pragma once
// Reading an activity sentence for the coach (rules/activity_coach.h): words,
// a date ("am 18.06.", "3. Dez.", "on 14 May", "May 14", "morgen", "kommenden
// Mittwoch", "next Thursday"), a time ("um 14 Uhr", "at 2:30 pm") and a person
// ("Herrn Demir", "Ms Ó Briain", "Einkaufsleiterin", "plant manager").
// German and English, mixed freely. Dates: rules/coach_dates.cpp, times: rules/coach_times.cpp.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace etappe::rules::coach {

enum class Use { Free, Date, Time, Person, Filler };

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
// Written days come before relative ones ("Dienstag, 15.12." is the 15th). A
// weekday alone ("Montag", "on Friday", "nächsten Dienstag", "next Thursday")
// is its next occurrence after today, "this Friday" / "diesen Freitag" may be
// today, "übernächsten" adds a week; "in drei Tagen" counts days; "Freitag
// nächster Woche" is the Friday of next week, "heute in einer Woche" / "a week
// from today" seven days on; "vom Dienstag", "last Friday" belong to something
// else and are no day of the activity. A week, a
// month or a quarter ("nächste Woche", "in two weeks", "im Q1") is no day:
// such periods are marked Use::Filler, never read as a date.
std::optional<std::string> takeDate(std::vector<Token>& tokens, std::string_view today);

// The first time of day as "HH:MM" ("um 9:00", "um 14 Uhr", "9.30 Uhr", "at
// 2:30 pm", "10am", "14:30"; in words "halb zehn", "viertel nach drei", "at a
// quarter to five", "at noon"); marks its tokens Use::Time. Call after takeDate,
// so that German "am" before a date is not read as "a.m.".
std::optional<std::string> takeTime(std::vector<Token>& tokens);

// The raw text of the tokens used as `use`, joined: "am 4.12." for the message.
std::string phraseOf(const std::vector<Token>& tokens, Use use);

// The first person named in the text ("Frau Dr. Meier", "Mr Weber",
// "Produktionsleiter", "head of purchasing"); marks the tokens of every
// person found Use::Person.
std::optional<std::string> takePerson(std::vector<Token>& tokens);

// Letters only (hyphen and apostrophe allowed): "Vogt's", "follow-up", "präsentieren".
bool isLetters(std::string_view word);

// Starts with a capital letter: ASCII, Latin-1, Latin Extended-A, Greek and
// Cyrillic capitals ("Özdemir", "Łukasz", "Ó Briain", "Çelik", "Sørensen").
bool isCapitalised(std::string_view raw);

// Holds a letter beyond the German alphabet ("Łukasz", "Ní"): a hint that a
// capitalised word next to it is part of a foreign name, not a German noun.
bool hasForeignLetter(std::string_view raw);

// Numbers in words (coach_numbers.cpp): an ordinal 1 … 31 ("vierten", "ninth",
// "twenty-first"), an hour 1 … 12 ("zehn", "nine"); 0 if none.
int ordinalWordValue(std::string_view word);
int hourWordValue(std::string_view word);

// Shared by the two reading files: the folded month name's number (0 if none).
int monthOf(std::string_view word);

// "warte*" (prefix), "warten|abwarten" (alternatives) against a folded word.
bool wordMatches(std::string_view word, std::string_view alternatives);

}  // namespace etappe::rules::coach
