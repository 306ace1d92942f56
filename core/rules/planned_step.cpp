#include "rules/planned_step.h"

#include <type_traits>

#include "method/plan_fields.h"

namespace etappe::rules {

namespace {

// The entries of a field as one text each: a text itself, a list's entries,
// a record's parts joined by " → ". Empty entries are left out.
std::vector<std::string> entriesOf(const model::ConversationPlan& plan, const method::PlanField& field) {
    std::vector<std::string> entries;
    const auto keep = [&](std::string text) {
        if (!text.empty()) entries.push_back(std::move(text));
    };
    std::visit(
        [&](auto member) {
            const auto& value = plan.*member;
            using Value = std::remove_cvref_t<decltype(value)>;
            if constexpr (std::is_same_v<Value, std::string>) {
                keep(value);
            } else if constexpr (std::is_same_v<Value, std::vector<std::string>>) {
                for (const auto& entry : value) keep(entry);
            } else {
                for (const auto& record : value) {
                    std::string joined;
                    for (const auto& part : method::partsOf(&record)) {
                        if ((record.*part.text).empty()) continue;
                        joined += (joined.empty() ? "" : " → ") + record.*part.text;
                    }
                    keep(joined);
                }
            }
        },
        field.member);
    return entries;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : separator) + part;
    return out;
}

}  // namespace

PlannedStep plannedStep(const model::ConversationPlan& plan, std::size_t step, const i18n::Translator& tr) {
    PlannedStep planned;
    if (step >= plan.steps.size()) return planned;
    const method::ConversationStep which = method::conversationStepAt(step);
    const std::string key = "step." + std::string(method::conversationStepKey(which));
    const model::StepWork& work = plan.steps[step];
    for (std::size_t c = 0; c < work.checkpoints.size(); ++c) {
        if (!work.checkpoints[c]) continue;
        ++planned.ticked;
        planned.checkpoints.push_back(tr.text(key + ".checkpoint." + std::to_string(c + 1)));
    }
    for (const method::PlanField& field : method::kPlanFields) {
        if (field.step != which) continue;
        const std::vector<std::string> entries = entriesOf(plan, field);
        if (!entries.empty()) planned.prepared.push_back({tr.text("brief." + std::string(field.key)), joined(entries, "; ")});
    }
    if (!work.notes.empty()) planned.prepared.push_back({tr.text("review.planned_notes"), work.notes});
    return planned;
}

std::string PlannedStep::preview() const {
    std::string out = std::to_string(ticked) + "/" + std::to_string(method::kCheckpointsPerStep);
    for (const auto& p : prepared) out += " · " + p.text;
    // One line: a typed paragraph's line breaks become spaces.
    for (char& c : out)
        if (c == '\n' || c == '\r') c = ' ';
    return out;
}

std::string PlannedStep::full() const {
    std::vector<std::string> lines;
    for (const auto& checkpoint : checkpoints) lines.push_back("✓ " + checkpoint);
    for (const auto& p : prepared) lines.push_back(p.caption + ": " + p.text);
    return joined(lines, "\n");
}

}  // namespace etappe::rules
