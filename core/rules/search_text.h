#pragma once
// What a search compares: lower case without accents, so a rep finds
// "Käserei" by typing "kase" or "kaese", and "Strassberger" by "Straß".
#include <string>
#include <string_view>

namespace etappe::rules {

// Lower case, letters with accents reduced to their base ("é" → "e", "ä" → "a",
// "ß" → "ss", "Ł" → "l"); other text kept as it is.
std::string searchFold(std::string_view text);

// The text a search runs through: the folded text and, for German umlauts,
// the folding a German keyboard without umlauts gives ("ä" → "ae").
std::string searchHaystack(std::string_view text);

// True when `needle` (as typed) occurs in a haystack made by searchHaystack.
bool searchMatches(std::string_view haystack, std::string_view needle);

}  // namespace etappe::rules
