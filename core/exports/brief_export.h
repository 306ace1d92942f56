#pragma once
// Finding the meeting a brief is about, and writing the brief file.
#include <optional>
#include <string>
#include <string_view>

#include "exports/meeting_brief.h"
#include "model/portfolio.h"
#include "storage/portfolio_file.h"

namespace etappe::exports {

struct BriefTarget {
    const model::Customer* customer = nullptr;
    const model::ConversationPlan* plan = nullptr;
    std::optional<method::CustomerClass> effective_class;  // the class in effect (ABC proposal or override)
};

enum class BriefLookup { Found, NotFound, Ambiguous, NoPlan };

// `what` is a plan id, a customer id, or (part of) a customer name, ignoring
// case. A customer means its next upcoming plan (see nextPlan).
BriefLookup findBriefTarget(const model::Portfolio& portfolio, std::string_view what, std::string_view today,
                            BriefTarget& out);

// The class in effect for a customer of `portfolio` (see rules/abc_classification).
std::optional<method::CustomerClass> effectiveClassOf(const model::Portfolio& portfolio, model::Id customer_id);

// Writes the brief atomically; the format follows the file name (.md or .html).
// An unknown extension, or a target storage::checkExportTarget refuses (an
// existing file without `replace_existing`), fails at SaveStep::Validate with a detail.
storage::SaveResult writeBrief(const std::string& path, const BriefTarget& target, const i18n::Translator& tr,
                               bool replace_existing);

}  // namespace etappe::exports
