#pragma once
// The one-page meeting brief a rep prints or pastes before visiting a customer.
#include <optional>
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "model/customer.h"

namespace etappe::exports {

enum class BriefFormat { Markdown, Html };

// The one-page brief for one meeting: customer, attendees, meeting goal, the open
// checkpoints, prepared fields, knowledge gaps. All user text escaped for the format.
std::string meetingBrief(const model::Customer& customer, const model::ConversationPlan& plan,
                         const i18n::Translator& tr, BriefFormat format);

// Picks the format from the file name (.md / .markdown / .html / .htm, any case), nothing otherwise.
std::optional<BriefFormat> briefFormatForPath(std::string_view path);

// The plan a customer's brief is about: the next plan dated today or later (earliest first);
// if none is upcoming, the latest plan; nullptr when the customer has none. `today` is ISO YYYY-MM-DD.
const model::ConversationPlan* nextPlan(const model::Customer& customer, std::string_view today);

}  // namespace etappe::exports
