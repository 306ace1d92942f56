#pragma once
// How the coach reads an activity's action beyond its verbs (rules/activity_coach.cpp): action nouns in notes
// ("Übergabe der Muster an …", "Telefonat wegen …", "demo of …"), and the reason clause that tells what someone
// else will do ("…, damit sie bis Freitag entscheiden kann", "… so that he can decide by Friday").
#include <vector>

#include "rules/coach_text.h"

namespace etappe::rules::coach {

// An action noun with a topic: "Vorführung der Presse", "Telefonat mit Herrn Haas wegen der Reklamation".
bool hasNominalAction(const std::vector<Token>& tokens);

// Removes a reason clause in which another person acts ("damit", "sodass", "so that", "so he …") from `tokens`
// and returns it. Its day is that person's deadline, its verbs are that person's acts: neither is the activity's.
std::vector<Token> splitOffReason(std::vector<Token>& tokens);

}  // namespace etappe::rules::coach
