// Small helpers the review screen shares with its sections (review_sections.cpp, review_follow_up.cpp),
// the Observe screen and the workshop comparison.
#pragma once

#include <imgui.h>

#include <array>
#include <string>

#include "shell/ui_context.h"
#include "ui/fonts.h"
#include "ui/probe.h"
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

inline ImVec4 ratingColour(model::StepRating rating) {
    switch (rating) {
        case model::StepRating::Well: return ui::kSuccess;
        case model::StepRating::Partly: return ui::kWarning;
        case model::StepRating::Missed: return ui::kDanger;
        default: return ui::kMutedText;
    }
}

// Where the seller's self-rating and the observer's differ (the Observe screen,
// the workshop comparison): warm when the seller sees themselves better.
inline ImVec4 gapColour(model::RatingGap gap) {
    switch (gap) {
        case model::RatingGap::SellerBetter: return ui::kWarning;
        case model::RatingGap::SellerWorse: return ui::kAccent;
        case model::RatingGap::None: break;
    }
    return ui::kMutedText;
}

// Small toggle buttons for one choice out of several; returns true when the choice changed.
template <class Enum, std::size_t N>
bool choiceButtons(const char* id, Enum& value, const std::array<Enum, N>& options, const std::array<std::string, N>& labels,
                   const std::array<ImVec4, N>* colours = nullptr) {
    bool changed = false;
    ImGui::PushID(id);
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) ImGui::SameLine();
        const bool on = value == options[i];
        if (on) {
            const ImVec4 colour = colours ? (*colours)[i] : ui::kAccent;
            ImGui::PushStyleColor(ImGuiCol_Button, colour);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour);
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        }
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton(labels[i].c_str())) {
            value = options[i];
            changed = true;
        }
        ui::reportItem(std::string(id) + "." + std::to_string(i));
        ImGui::PopID();
        if (on) ImGui::PopStyleColor(3);
    }
    ImGui::PopID();
    return changed;
}

}  // namespace etappe::app::review_helpers
