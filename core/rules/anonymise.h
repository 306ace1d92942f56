#pragma once
// Anonymising a portfolio for the projector (issue 12, presentation mode): a
// COPY in which every company is "Customer 1", "Customer 2", …, every city
// "City 1", …, every observer "Observer 1", … and every contact "Ms A.",
// "Mr B." or, when the salutation is unknown, "Contact C." (German "Kunde 1",
// "Ort 1", "Beobachter 1", "Frau A.", "Herr B.", "Kontakt C."). Numbers and
// letters follow the ids, so a stand-in survives edits and restarts.
//
// Contacts carry no salutation field: it comes from the name ("Frau Dr. …")
// or from how the rep's own texts address the person ("Herrn Kienzle" → male);
// conflicting or missing evidence gives the neutral stand-in.
//
// Free texts (notes, plans, activities, exercises, observer notes, …) have the
// real names replaced as whole words, longest first, then surnames alone; after
// a salutation only the letter is put in, so "Herrn Kienzle" becomes "Herrn B."
// in the rep's own grammar. The portfolio title becomes a generic one; e-mail
// and phone are emptied; the rep's private self-reviews are left out. Pure:
// the original is not touched.
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "model/portfolio.h"

namespace etappe::rules {

enum class Salutation { Unknown, Female, Male };

model::Portfolio anonymised(const model::Portfolio& portfolio, i18n::Language language);

// "Customer 3" / "Kunde 3" (number from 1).
std::string customerStandIn(int number, i18n::Language language);
// "Participant 3" / "Teilnehmer/in 3", and "File 3" / "Datei 3": the trainer's
// participants and their files in an anonymised workshop comparison.
std::string participantStandIn(int number, i18n::Language language);
std::string fileStandIn(int number, i18n::Language language);
// "A", …, "Z", "AA", "AB", … for index 0, 1, …
std::string standInLetters(int index);
// "Frau A." / "Mr B." / "Contact C." for the index-th contact by id.
std::string contactStandIn(Salutation salutation, int index, i18n::Language language);

// The salutation a name starts with ("Frau Dr. Gerens", "Mr John Smith").
Salutation salutationOfName(std::string_view name);
// How `text` addresses the person called `name` ("… mit Frau Dippold …"):
// Female or Male when every salutation in front of the name or its surname
// agrees, Unknown when there is none or they conflict.
Salutation salutationInText(std::string_view name, std::string_view text);

}  // namespace etappe::rules
