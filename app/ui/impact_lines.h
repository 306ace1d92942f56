#pragma once
// What a deletion does to the things that refer to the deleted one, a line
// each, for the confirmation the user reads first: deleting a customer,
// removing a contact (the texts are worded for those two). A count of one and
// a count of many each read as a proper sentence in both languages.
#include <string>
#include <vector>

#include "history/integrity.h"
#include "i18n/translator.h"

namespace etappe::ui {

struct ImpactLine {
    std::string kind;  // "activities_deleted", …: the probe reports it as "impact.<kind>"
    std::string text;
};

// The lines for every kind of reference `impact` counts, in reading order.
std::vector<ImpactLine> impactSentences(const i18n::Translator& tr, const history::Impact& impact);

// Draws them wrapped, one after the other.
void impactLines(const i18n::Translator& tr, const history::Impact& impact);

}  // namespace etappe::ui
