#pragma once
// The activity coach's verdict as every screen shows it: ✓ concrete, or ⚑ with
// each finding, why, how to rephrase it and (on request) an example.
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "rules/activity_coach.h"

namespace etappe::ui {

// `today` dates the advice's example ("such as “on 17 Nov 2026”").
// Reports "<probe>.concrete" or "<probe>.flagged" for tests.
void coachVerdict(const rules::CoachVerdict& verdict, const i18n::Translator& tr, std::string_view today,
                  const std::string& probe, bool with_examples);

}  // namespace etappe::ui
