// Numbers written as words in an activity sentence, for the coach's dates and
// times: ordinals ("am vierten Dezember", "the ninth of December") and hours
// ("halb zehn", "half past nine").
#include <array>
#include <string>

#include "rules/coach_text.h"

namespace etappe::rules::coach {

namespace {

// German ordinal stems by day 1 … 31; the word adds -e, -en, -er, -em or -es ("vierten", "erster").
constexpr std::array<std::string_view, 31> kGermanOrdinals = {
    "erst",           "zweit",           "dritt",          "viert",           "fünft",
    "sechst",         "siebt",           "acht",           "neunt",           "zehnt",
    "elft",           "zwölft",          "dreizehnt",      "vierzehnt",       "fünfzehnt",
    "sechzehnt",      "siebzehnt",       "achtzehnt",      "neunzehnt",       "zwanzigst",
    "einundzwanzigst", "zweiundzwanzigst", "dreiundzwanzigst", "vierundzwanzigst", "fünfundzwanzigst",
    "sechsundzwanzigst", "siebenundzwanzigst", "achtundzwanzigst", "neunundzwanzigst", "dreißigst",
    "einunddreißigst"};
constexpr std::array<std::string_view, 31> kEnglishOrdinals = {
    "first",        "second",        "third",        "fourth",       "fifth",       "sixth",
    "seventh",      "eighth",        "ninth",        "tenth",        "eleventh",    "twelfth",
    "thirteenth",   "fourteenth",    "fifteenth",    "sixteenth",    "seventeenth", "eighteenth",
    "nineteenth",   "twentieth",     "twenty-first", "twenty-second", "twenty-third", "twenty-fourth",
    "twenty-fifth", "twenty-sixth",  "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
    "thirty-first"};

constexpr std::array<std::string_view, 12> kGermanHours = {"eins",  "zwei",  "drei", "vier", "fünf",  "sechs",
                                                           "sieben", "acht", "neun", "zehn", "elf",   "zwölf"};
constexpr std::array<std::string_view, 12> kEnglishHours = {"one", "two",   "three", "four",   "five",   "six",
                                                            "seven", "eight", "nine", "ten",   "eleven", "twelve"};

}  // namespace

int ordinalWordValue(std::string_view word) {
    for (std::size_t n = 0; n < kEnglishOrdinals.size(); ++n)
        if (word == kEnglishOrdinals[n]) return static_cast<int>(n) + 1;
    for (const std::string_view ending : {"e", "en", "er", "em", "es"}) {
        if (word.size() <= ending.size() || !word.ends_with(ending)) continue;
        const std::string_view stem = word.substr(0, word.size() - ending.size());
        for (std::size_t n = 0; n < kGermanOrdinals.size(); ++n)
            if (stem == kGermanOrdinals[n] || (n == 6 && stem == "siebent")) return static_cast<int>(n) + 1;
    }
    return 0;
}

int hourWordValue(std::string_view word) {
    if (word == "ein") return 1;
    for (std::size_t n = 0; n < kGermanHours.size(); ++n)
        if (word == kGermanHours[n] || word == kEnglishHours[n]) return static_cast<int>(n) + 1;
    return 0;
}

}  // namespace etappe::rules::coach
