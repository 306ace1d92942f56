#pragma once
// Test helper: puts a text into any field the method describes, so a test that
// means "every field" follows core/method/plan_fields.h when a field is added.
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "method/plan_fields.h"

namespace etappe::testing {

// The text itself, one more list entry, or one more record whose parts all carry it.
inline void fillPlanField(model::ConversationPlan& plan, const method::PlanField& field, const std::string& text) {
    std::visit(
        [&](auto member) {
            auto& value = plan.*member;
            using Value = std::remove_cvref_t<decltype(value)>;
            if constexpr (std::is_same_v<Value, std::string>) {
                value = text;
            } else if constexpr (std::is_same_v<Value, std::vector<std::string>>) {
                value.push_back(text);
            } else {
                auto& record = value.emplace_back();
                for (const auto& part : method::partsOf(&record)) record.*part.text = text;
            }
        },
        field.member);
}

}  // namespace etappe::testing
