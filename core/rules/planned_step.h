#pragma once
// What a conversation plan prepared for one of the 16 steps — the ticked
// checkpoints and the prepared texts (the step's fields and its notes) — for
// the review's replay, where plan and reality stand side by side (issue 11).
#include <cstddef>
#include <string>
#include <vector>

#include "i18n/translator.h"
#include "model/conversation_plan.h"

namespace etappe::rules {

struct PlannedStep {
    struct Prepared {
        std::string caption;  // the field's heading ("Hook"), or "Notes"
        std::string text;     // what was typed; a list's entries joined by "; ", a record's parts by " → "
    };
    int ticked = 0;                        // of method::kCheckpointsPerStep
    std::vector<std::string> checkpoints;  // the ticked checkpoints' texts
    std::vector<Prepared> prepared;        // per field with content, in the plan's order, then the step's notes

    // One line for a narrow column, the typed texts without their captions (the
    // row names the step): "2/3 · Neue Halle · Zu teuer → …". A view cuts it to its width.
    std::string preview() const;
    // Everything, one line each: "✓ checkpoint", then "Caption: text".
    std::string full() const;
};

PlannedStep plannedStep(const model::ConversationPlan& plan, std::size_t step, const i18n::Translator& tr);

}  // namespace etappe::rules
