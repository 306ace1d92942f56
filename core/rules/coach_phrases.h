#pragma once
// The pseudo-activities of METHOD §8 as phrases ("auf Entscheidung warten",
// "follow up", "Kontakt pflegen"), found in a tokenized sentence even when a
// person, a date or an object stands between their words.
#include <optional>
#include <string>
#include <vector>

#include "rules/coach_text.h"

namespace etappe::rules::coach {

// The pseudo phrase in the sentence as typed ("Kontakt mit Frau Ortmann
// pflegen"), or nothing. Call after dates, times and persons are marked.
std::optional<std::string> pseudoPhrase(const std::vector<Token>& tokens);

}  // namespace etappe::rules::coach
