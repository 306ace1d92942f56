#pragma once
// Finding the meeting a brief is about, and writing the brief file.
#include <optional>
#include <string>
#include <string_view>

#include "exports/meeting_brief.h"
#include "model/portfolio.h"
#include "rules/abc_classification.h"
#include "storage/portfolio_file.h"

namespace etappe::exports {

// What a brief is about: a meeting with a customer treated as A, or the next contact with a
// B or C customer along its reduced plan (METHOD §10).
struct BriefTarget {
    const model::Customer* customer = nullptr;
    const model::ConversationPlan* plan = nullptr;         // the meeting; null for a reduced brief
    std::optional<method::CustomerClass> effective_class;  // the class in effect (ABC proposal or override)
    const model::Activity* next_activity = nullptr;        // the customer's next dated step after the meeting

    // There is something to brief: a meeting, or a reduced plan with something typed in it.
    bool briefable() const;
};

// NoPlan: a customer treated as A without a conversation plan; NoReducedPlan: a B or C customer
// whose reduced plan is still empty.
enum class BriefLookup { Found, NotFound, Ambiguous, NoPlan, NoReducedPlan };

// `what` is a plan id, a customer id, or (part of) a customer name, ignoring case. A customer
// treated as A means its next upcoming plan (see nextPlan), any other customer its reduced plan.
BriefLookup findBriefTarget(const model::Portfolio& portfolio, std::string_view what, std::string_view today,
                            BriefTarget& out);

// The brief of what the planner shows: for a customer treated as A the plan `plan_id`, for any
// other customer its reduced plan. Check briefable() before asking for a file name.
BriefTarget briefTargetFor(const model::Portfolio& portfolio, const rules::Classification& classes,
                           model::Id customer_id, model::Id plan_id, std::string_view today);

// The class in effect for a customer of `portfolio` (see rules/abc_classification).
std::optional<method::CustomerClass> effectiveClassOf(const model::Portfolio& portfolio, model::Id customer_id);

// Writes the brief atomically; the format follows the file name (.md or .html).
// An unknown extension, nothing to brief, or a target storage::checkExportTarget refuses (an
// existing file without `replace_existing`), fails at SaveStep::Validate with a detail.
storage::SaveResult writeBrief(const std::string& path, const BriefTarget& target, const i18n::Translator& tr,
                               bool replace_existing);

}  // namespace etappe::exports
