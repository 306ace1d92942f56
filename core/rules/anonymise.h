#pragma once
// Anonymising a portfolio for the projector (issue 12, presentation mode): a
// COPY in which every company is "Customer 1", "Customer 2", … and every
// contact "Contact A.", "Contact B.", … (German "Kunde 1", "Kontakt A.";
// "Frau"/"Herr", "Ms"/"Mr" are kept where the name carries them). The numbers
// follow the ids, so a customer keeps its stand-in across edits and restarts.
// Free texts (notes, plans, activities) have the real names replaced by the
// stand-ins; e-mail and phone are emptied; the rep's private self-reviews are
// left out. Pure: the original is not touched.
#include <string>

#include "i18n/translator.h"
#include "model/portfolio.h"

namespace etappe::rules {

model::Portfolio anonymised(const model::Portfolio& portfolio, i18n::Language language);

// "Customer 3" / "Kunde 3" (number from 1).
std::string customerStandIn(int number, i18n::Language language);
// "A", …, "Z", "AA", "AB", … for index 0, 1, …
std::string standInLetters(int index);
// The stand-in for a contact called `name`, the index-th contact by id.
std::string contactStandIn(const std::string& name, int index, i18n::Language language);

}  // namespace etappe::rules
