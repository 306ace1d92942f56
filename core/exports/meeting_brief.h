#pragma once
// The one-page meeting brief a rep prints or pastes before visiting a customer.
#include <optional>
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "model/activity.h"
#include "model/customer.h"

namespace etappe::exports {

enum class BriefFormat { Markdown, Html };

// The one-page brief for one meeting with an A customer, what the rep needs in the meeting:
// customer, attendees, meeting goal, the next dated step (`next`, may be null), how far the
// preparation got, the prepared fields of the steps up to the meeting's end, open questions
// about the customer. All user text escaped for the format.
std::string meetingBrief(const model::Customer& customer, const model::ConversationPlan& plan,
                         const i18n::Translator& tr, BriefFormat format, const model::Activity* next = nullptr);

// The brief for the next contact with a B or C customer: the reduced plan's five elements (the
// fields filled in), all contacts, the next dated step.
std::string reducedBrief(const model::Customer& customer, const i18n::Translator& tr, BriefFormat format,
                         const model::Activity* next = nullptr);

// Whether a reduced plan has anything typed in it to brief from.
bool hasReducedBrief(const model::ReducedPlan& plan);

// Picks the format from the file name (.md / .markdown / .html / .htm, any case), nothing otherwise.
std::optional<BriefFormat> briefFormatForPath(std::string_view path);

// The plan a customer's brief is about: the next plan dated today or later (earliest first);
// if none is upcoming, the latest plan; nullptr when the customer has none. `today` is ISO YYYY-MM-DD.
const model::ConversationPlan* nextPlan(const model::Customer& customer, std::string_view today);

}  // namespace etappe::exports
