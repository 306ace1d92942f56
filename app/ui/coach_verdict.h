#pragma once
// The activity coach's verdict as every screen shows it: ✓ concrete, or ⚑ with
// each finding, why, how to rephrase it and (on request) an example.
#include <string>

#include "i18n/translator.h"
#include "rules/activity_coach.h"

namespace etappe::ui {

// Reports "<probe>.concrete" or "<probe>.flagged" for tests.
void coachVerdict(const rules::CoachVerdict& verdict, const i18n::Translator& tr, const std::string& probe,
                  bool with_examples);

}  // namespace etappe::ui
