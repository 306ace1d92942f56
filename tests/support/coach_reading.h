#pragma once
// What the coach reads from one sentence, on the verdict day of the held-out
// rounds (Monday 2026-11-23): short questions for the coach-reading tests.
#include <string>

#include "coach_verdicts.h"
#include "rules/activity_coach.h"

namespace etappe::testing {

inline rules::CoachVerdict readOnVerdictDay(const char* text) { return rules::reviewText(text, kVerdictDay); }
inline bool pseudo(const char* text) { return readOnVerdictDay(text).has(rules::CoachFlag::PseudoActivity); }
inline bool concrete(const char* text) { return readOnVerdictDay(text).concrete(); }
inline bool noAction(const char* text) { return readOnVerdictDay(text).has(rules::CoachFlag::NoConcreteAction); }
inline bool noDay(const char* text) { return readOnVerdictDay(text).has(rules::CoachFlag::MissingDate); }
inline bool person(const char* text) { return readOnVerdictDay(text).person_in_text.has_value(); }
// The ISO day the sentence names, or "" when it names none.
inline std::string dayOf(const char* text) { return readOnVerdictDay(text).date_in_text.value_or(""); }

}  // namespace etappe::testing
