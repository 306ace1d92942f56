// Small helpers the review screen shares with its sections (review_sections.cpp, review_follow_up.cpp).
#pragma once

#include <imgui.h>

#include "shell/ui_context.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace etappe::app::review_helpers {

inline bool treatedAsA(const UiContext& ctx, const model::Review& r) { return ctx.treatedAsA(r.customer_id); }

inline ImVec4 outcomeColour(model::ReviewOutcome outcome) {
    switch (outcome) {
        case model::ReviewOutcome::Order: return ui::kSuccess;
        case model::ReviewOutcome::Advance: return ui::kAccent;
        case model::ReviewOutcome::Continuation: return ui::kWarning;
        case model::ReviewOutcome::NoSale: return ui::kDanger;
        case model::ReviewOutcome::Unset: break;
    }
    return ui::kMutedText;
}

inline void sectionTitle(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    ImGui::Separator();
}

}  // namespace etappe::app::review_helpers
