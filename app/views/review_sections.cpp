// The review's debrief sections: outcome, replay, attitude, balance and lessons.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

#include "dates/date_format.h"
#include "method/reduced_elements.h"
#include "rules/planned_step.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/review_charts.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/review_helpers.h"
#include "views/review_view.h"

namespace etappe::app {

namespace {

using review_helpers::outcomeColour;
using review_helpers::sectionTitle;
using review_helpers::choiceButtons;
using review_helpers::ratingColour;

std::string stepKey(std::size_t step) {
    return "step." + std::string(method::conversationStepKey(method::conversationStepAt(step)));
}


std::array<std::string, 3> reachedLabels(const i18n::Translator& tr) {
    return {tr.text("review.reached.yes"), tr.text("review.reached.partly"), tr.text("review.reached.no")};
}
constexpr std::array<model::Reached, 3> kReachedChoices = {model::Reached::Yes, model::Reached::Partly, model::Reached::No};
const std::array<ImVec4, 3> kReachedColours = {ui::kSuccess, ui::kWarning, ui::kDanger};

// A slider for a value with "not given" below its range (shown as –).
bool optionalSlider(const char* label, int& value, int low, int high, int unset) {
    int shown = value == unset ? low : value;
    const bool changed = ImGui::SliderInt(label, &shown, low, high, value == unset ? "–" : "%d");
    if (changed) value = shown;
    return changed;
}

}  // namespace

void ReviewView::drawOutcome(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.outcome"));
    std::array<std::string, 4> labels;
    std::array<ImVec4, 4> colours;
    for (std::size_t i = 0; i < 4; ++i) {
        labels[i] = tr.text("review.outcome." + std::string(model::outcomeKey(model::kOutcomes[i])));
        colours[i] = outcomeColour(model::kOutcomes[i]);
    }
    choiceButtons("review.outcome", review.outcome, model::kOutcomes, labels, &colours);
    if (review.outcome != model::ReviewOutcome::Unset)
        ui::hintText(tr.text("review.outcome." + std::string(model::outcomeKey(review.outcome)) + ".hint"));
    ImGui::TextUnformatted(tr.text("review.goal_reached"));
    ImGui::SameLine();
    choiceButtons("review.goal", review.goal_reached, kReachedChoices, reachedLabels(tr), &kReachedColours);
    if (!review.goal_lines.empty()) {
        ImGui::TextUnformatted(tr.text("review.goal_lines"));
        for (std::size_t i = 0; i < review.goal_lines.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::Checkbox(review.goal_lines[i].text.c_str(), &review.goal_lines[i].reached);
            ImGui::PopID();
        }
    }
    ImGui::TextUnformatted(tr.text("review.agreed"));
    ui::wrappedTextEditor("##agreed", review.agreed, 0.0f, 3);
    draft_.commitIfLeft(ctx);
}

void ReviewView::drawReplay(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.replay"));
    ui::hintText(tr.text("review.replay_hint"));
    const bool reduced = review.process == model::ReviewProcess::Reduced;
    const model::Customer* customer = ctx.portfolio().findCustomer(review.customer_id);
    const model::ConversationPlan* plan = review.plan_id == model::kNoId ? nullptr : ctx.portfolio().findPlan(review.plan_id);
    std::array<std::string, 4> labels;
    std::array<ImVec4, 4> colours;
    for (std::size_t i = 0; i < 4; ++i) {
        labels[i] = tr.text("review.rating." + std::string(model::ratingKey(model::kRatings[i])) + ".short");
        colours[i] = ratingColour(model::kRatings[i]);
    }
    const std::size_t rows = reduced ? review.elements.size() : review.steps.size();
    const auto nameOf = [&](std::size_t i) {
        return std::to_string(i + 1) + " · " +
               tr.text(reduced ? "reduced." + std::string(method::kReducedElements[i]) + ".name" : stepKey(i) + ".name");
    };
    // The names whole (up to a third of the line); the plan's preview gets the rest. In a
    // narrow pane the preview goes under the step's name, so it still shows more than a count.
    const float avail = ImGui::GetContentRegionAvail().x;
    float name_width = 0.0f;
    for (std::size_t i = 0; i < rows; ++i) name_width = std::max(name_width, ui::textWidth(nameOf(i).c_str()));
    name_width = std::min(name_width, avail / 3.0f);
    float ratings_width = 0.0f;
    for (const auto& label : labels) ratings_width += ui::buttonWidth(label.c_str()) + ImGui::GetStyle().ItemSpacing.x;
    const bool stacked = avail - name_width - ratings_width < ui::em(14.0f);
    if (ImGui::BeginTable("##replay", stacked ? 2 : 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        if (stacked) {
            ImGui::TableSetupColumn((std::string(tr.text("dev.step")) + " · " + tr.text("review.planned")).c_str(),
                                    ImGuiTableColumnFlags_WidthStretch);
        } else {
            ImGui::TableSetupColumn(tr.text("dev.step"), ImGuiTableColumnFlags_WidthFixed, name_width);
            ImGui::TableSetupColumn(tr.text("review.planned"), ImGuiTableColumnFlags_WidthStretch);
        }
        ImGui::TableSetupColumn(tr.text("review.how_it_went"), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < rows; ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string name = nameOf(i);
            std::string planned;
            std::optional<rules::PlannedStep> step_plan;
            bool was_planned = false;
            if (reduced) {
                was_planned = customer && customer->reduced_plan.done[i];
                planned = tr.text(was_planned ? "review.prepared" : "review.not_prepared");
            } else {
                if (plan) {
                    step_plan = rules::plannedStep(*plan, i, tr);
                    was_planned = step_plan->ticked > 0 || !step_plan->prepared.empty();
                    planned = step_plan->preview();
                } else {
                    planned = tr.text("review.no_plan");
                }
            }
            ImGui::TextUnformatted(name.c_str());
            if (ImGui::IsItemHovered() && !reduced) ImGui::SetTooltip("%s", tr.text(stepKey(i) + ".coaching"));
            if (!stacked) ImGui::TableNextColumn();
            model::StepRating& rating = reduced ? review.elements[i] : review.steps[i];
            // The gap: planned but missed shows red, done well without a plan shows as a pleasant surprise.
            const bool gap = was_planned && rating == model::StepRating::Missed;
            // What was planned, cut to the column; everything the plan holds for the step on hover.
            ImGui::PushStyleColor(ImGuiCol_Text, gap ? ui::kDanger : ui::kMutedText);
            ImGui::TextUnformatted(ui::fitToWidth(planned, ImGui::GetContentRegionAvail().x).c_str());
            ImGui::PopStyleColor();
            ui::reportItem("review.planned." + std::to_string(i));
            if (step_plan && ImGui::IsItemHovered()) {
                const std::string full = step_plan->full();
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ui::em(30.0f));
                ImGui::TextUnformatted(full.empty() ? tr.text("review.planned_nothing") : full.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::TableNextColumn();
            choiceButtons(("review.rate." + std::to_string(i)).c_str(), rating, model::kRatings, labels, &colours);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    const bool rest = ImGui::SmallButton(tr.label("review.rest_not_relevant"));
    ui::reportItem("review.rest_not_relevant");
    if (rest) {
        auto fill = [](auto& ratings) {
            for (auto& r : ratings)
                if (r == model::StepRating::Unset) r = model::StepRating::NotRelevant;
        };
        if (reduced) fill(review.elements);
        else fill(review.steps);
    }
}

void ReviewView::drawAttitude(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.attitude"));
    const auto grid = [&](const char* id, model::LifePosition& position) {
        ui::QuadrantGrid g;
        g.row_labels = {tr.text("review.i_ok"), tr.text("review.i_not_ok")};
        g.column_labels = {tr.text("review.you_ok"), tr.text("review.you_not_ok")};
        for (std::size_t i = 0; i < 4; ++i) g.cell_labels[i] = tr.text("review.position." + std::string(model::lifePositionKey(model::kLifePositions[i])));
        g.cell_colours = {ImGui::GetColorU32(ImVec4(0.85f, 0.94f, 0.87f, 1)), ImGui::GetColorU32(ImVec4(0.98f, 0.92f, 0.84f, 1)),
                          ImGui::GetColorU32(ImVec4(0.98f, 0.92f, 0.84f, 1)), ImGui::GetColorU32(ImVec4(0.97f, 0.87f, 0.86f, 1))};
        for (std::size_t i = 0; i < 4; ++i)
            if (model::kLifePositions[i] == position) g.selected = static_cast<int>(i);
        const float width = std::min(ui::em(22.0f), ImGui::GetContentRegionAvail().x);
        const int clicked = ui::quadrantGrid(id, ImVec2(width, ui::em(8.0f)), g, true);
        if (clicked >= 0) position = model::kLifePositions[static_cast<std::size_t>(clicked)];
    };
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool side_by_side = avail > ui::em(46.0f);
    ImGui::BeginGroup();
    ImGui::TextUnformatted(tr.text("review.own_position"));
    grid("review.own_position", review.own_position);
    ImGui::EndGroup();
    if (side_by_side) ImGui::SameLine(0, ui::em(1.5f));
    ImGui::BeginGroup();
    ImGui::TextUnformatted(tr.text("review.customer_position"));
    grid("review.customer_position", review.customer_position);
    ImGui::EndGroup();
    if (review.own_position != model::LifePosition::Unset) {
        const std::string key = "review.position." + std::string(model::lifePositionKey(review.own_position));
        ImGui::PushFont(ui::boldFont());
        ImGui::TextUnformatted(tr.text(key));
        ImGui::PopFont();
        ImGui::TextWrapped("%s", tr.text(key + ".effect"));
    }
    ImGui::SetNextItemWidth(ui::em(8.0f));
    optionalSlider(tr.label("review.mood_before"), review.mood_before, 1, model::kMoodMax, 0);
    if (ImGui::GetContentRegionAvail().x > ui::em(38.0f)) ImGui::SameLine(0, ui::em(1.5f));
    ImGui::SetNextItemWidth(ui::em(8.0f));
    optionalSlider(tr.label("review.mood_after"), review.mood_after, 1, model::kMoodMax, 0);
    ImGui::TextUnformatted(tr.text("review.assumptions"));
    ui::hintText(tr.text("review.assumptions_hint"));
    const auto labels = reachedLabels(tr);
    bool commit = ui::listEditor("review.assumptions", review.assumptions, tr.text("review.add_assumption"), tr.text("review.remove"),
                                 [&](model::Assumption& a, float width) {
                                     const float buttons = ui::em(13.0f);
                                     const bool left = ui::wrappedTextField("##text", a.text, tr.text("review.assumption_hint"),
                                                                            std::max(ui::em(6.0f), width - buttons));
                                     ImGui::SameLine();
                                     choiceButtons("held", a.held, kReachedChoices, labels, &kReachedColours);
                                     return left;
                                 });
    if (commit) draft_.commit(ctx);
}

void ReviewView::drawBalance(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.balance"));
    const float avail = ImGui::GetContentRegionAvail().x;
    const float square = std::min(ui::em(14.0f), avail * 0.4f);
    // The square on the left, the sliders and the verdict beside it.
    ui::BalanceSquare s;
    s.own = review.own_interests;
    s.customer = review.customer_interests;
    s.met_from = rules::kInterestsMetFrom;
    s.x_label = tr.text("review.axis_own");
    s.y_label = tr.text("review.axis_customer");
    s.quadrant_labels = {tr.text("balance.lose_win.short"), tr.text("balance.win_win.short"), tr.text("balance.lose_lose.short"),
                         tr.text("balance.win_lose.short")};
    s.quadrant_colours = {ImGui::GetColorU32(ImVec4(0.98f, 0.92f, 0.84f, 1)), ImGui::GetColorU32(ImVec4(0.85f, 0.94f, 0.87f, 1)),
                          ImGui::GetColorU32(ImVec4(0.97f, 0.87f, 0.86f, 1)), ImGui::GetColorU32(ImVec4(0.98f, 0.92f, 0.84f, 1))};
    ui::balanceSquare("review.balance", ImVec2(square, square), s);
    ImGui::SameLine(0, ui::em(1.0f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushItemWidth(-1);
    ImGui::TextWrapped("%s", tr.text("review.own_interests"));
    optionalSlider("##own", review.own_interests, 0, model::kInterestMax, -1);
    ui::reportItem("review.own_interests");
    ImGui::TextWrapped("%s", tr.text("review.customer_interests"));
    optionalSlider("##customer", review.customer_interests, 0, model::kInterestMax, -1);
    ui::reportItem("review.customer_interests");
    ImGui::PopItemWidth();
    const auto quadrant = rules::balanceQuadrant(review.own_interests, review.customer_interests);
    if (quadrant == rules::BalanceQuadrant::None) {
        ui::hintText(tr.text("review.balance_unset"));
    } else {
        const std::string key = "balance." + std::string(rules::balanceQuadrantKey(quadrant));
        ImGui::PushFont(ui::boldFont());
        ImGui::TextWrapped("%s", tr.text(key + ".name"));
        ImGui::PopFont();
        ImGui::TextWrapped("%s", tr.text(key + ".verdict"));
    }
    ui::hintText(tr.text("review.balance_rule"));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

void ReviewView::drawLessons(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.lessons"));
    // First the question about last time's commitment, then today's lessons.
    if (const model::Review* previous = rules::previousCommitment(ctx.portfolio(), review)) {
        ImGui::TextUnformatted(tr.text("review.previous_commitment"));
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kAccent);
        ImGui::TextWrapped("„%s“ (%s)", previous->commitment.c_str(),
                           tr.text("review.commitment." + std::string(model::commitmentKindKey(previous->commitment_kind))));
        ImGui::PopStyleColor();
        ImGui::TextUnformatted(tr.text("review.kept"));
        ImGui::SameLine();
        choiceButtons("review.kept", review.previous_commitment_kept, kReachedChoices, reachedLabels(tr), &kReachedColours);
    }
    ImGui::TextUnformatted(tr.text("review.went_well"));
    ui::wrappedTextEditor("##went_well", review.went_well, 0.0f, 2);
    draft_.commitIfLeft(ctx);
    ImGui::TextUnformatted(tr.text("review.do_differently"));
    ui::wrappedTextEditor("##do_differently", review.do_differently, 0.0f, 2);
    draft_.commitIfLeft(ctx);
    ImGui::TextUnformatted(tr.text("review.commitment"));
    constexpr std::array<model::CommitmentKind, 3> kinds = {model::CommitmentKind::Keep, model::CommitmentKind::Start,
                                                            model::CommitmentKind::Stop};
    choiceButtons("review.commitment_kind", review.commitment_kind, kinds,
                  std::array<std::string, 3>{tr.text("review.commitment.keep"), tr.text("review.commitment.start"),
                                             tr.text("review.commitment.stop")});
    ui::wrappedTextField("##commitment", review.commitment, tr.text("review.commitment_hint"), ImGui::GetContentRegionAvail().x);
    ui::reportItem("review.commitment");
    draft_.commitIfLeft(ctx);
}

}  // namespace etappe::app
