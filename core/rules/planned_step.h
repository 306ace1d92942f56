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
    int ticked = 0;                        // of method::kCheckpointsPerStep
    std::vector<std::string> checkpoints;  // the ticked checkpoints' texts
    std::vector<std::string> texts;        // "Hook: …" per prepared field, entries joined by "; ", then the notes

    // One line for a narrow column: "2/3 · Hook: … · Intention: …" (a view cuts it to its width).
    std::string preview() const;
    // Everything, one line each: the ticked checkpoints, then the prepared texts.
    std::string full() const;
};

PlannedStep plannedStep(const model::ConversationPlan& plan, std::size_t step, const i18n::Translator& tr);

}  // namespace etappe::rules
