// The role-play observer's sheet; see observe_view.h.
#include "views/observe_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "history/edit.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/review_helpers.h"

namespace etappe::app {

namespace {

using review_helpers::choiceButtons;
using review_helpers::gapColour;
using review_helpers::ratingColour;
using review_helpers::sectionTitle;

std::string stepName(const UiContext& ctx, std::size_t i) {
    return std::to_string(i + 1) + " · " +
           ctx.tr.text("step." + std::string(method::conversationStepKey(method::conversationStepAt(i))) + ".name");
}

std::string reviewLabel(const UiContext& ctx, const model::Review& r) {
    const model::Customer* customer = ctx.portfolio().findCustomer(r.customer_id);
    std::string label = customer ? customer->name : std::string("?");
    if (!r.meeting_date.empty()) label += " · " + r.meeting_date;
    if (!r.title.empty()) label += " · " + r.title;
    return label + "##" + std::to_string(r.id);
}

std::string clockText(int seconds) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", seconds / 60, seconds % 60);
    return buffer;
}

std::string ratingText(const UiContext& ctx, model::StepRating r) {
    if (r == model::StepRating::Unset) return "–";
    return ctx.tr.text("review.rating." + std::string(model::ratingKey(r)) + ".short");
}

}  // namespace

void ObserveView::draw(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const model::Portfolio& p = ctx.portfolio();
    ImGui::PushFont(ui::titleFont());
    ImGui::TextUnformatted(tr.text("observe.title"));
    ImGui::PopFont();
    ui::hintText(tr.text("observe.intro"));

    // Which observation is on the sheet; a new one observes the review chosen here.
    if (current_ != model::kNoId && !p.findObservation(current_)) current_ = model::kNoId;
    if (current_ == model::kNoId && !p.observations.empty()) {  // back on the screen: the latest sheet, not an empty page
        current_ = p.observations.back().id;
        review_choice_ = p.observations.back().review_id;
    }
    if (review_choice_ != model::kNoId && !p.findReview(review_choice_)) review_choice_ = model::kNoId;
    const model::Review* chosen = review_choice_ == model::kNoId ? nullptr : p.findReview(review_choice_);
    const std::string preview = !chosen         ? std::string(tr.text("observe.unlinked"))
                                : ctx.presenting ? std::string(tr.text("observe.linked_private"))
                                                 : reviewLabel(ctx, *chosen);
    // The label above its list, and the buttons wrap: a projector's line holds little.
    // Presenting, the list of the rep's reviews is left out: their titles are private.
    ImGui::TextUnformatted(tr.text("observe.review"));
    if (ctx.presenting) ImGui::BeginDisabled();
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 22.0f, ImGui::GetContentRegionAvail().x));
    model::Id picked = review_choice_;
    if (ImGui::BeginCombo("##review", preview.c_str())) {
        if (ImGui::Selectable(tr.text("observe.unlinked"), review_choice_ == model::kNoId)) picked = model::kNoId;
        for (const model::Review& r : p.reviews) {
            if (r.process != model::ReviewProcess::Full) continue;
            if (ImGui::Selectable(reviewLabel(ctx, r).c_str(), r.id == review_choice_)) picked = r.id;
            ui::reportItem("observe.pick." + std::to_string(r.id));
        }
        ImGui::EndCombo();
    }
    if (picked != review_choice_) {
        review_choice_ = picked;
        // The open sheet follows the choice: it is linked (or unlinked) in one undo step.
        if (const model::Observation* open = p.findObservation(current_); open && open->review_id != picked) {
            model::Observation after = *open;
            after.review_id = picked;
            ctx.apply(history::editObservation(p, *open, after));
            return;
        }
    }
    ui::reportItem("observe.review");
    if (ctx.presenting) ImGui::EndDisabled();
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("observe.new")));
    if (ImGui::Button(tr.label("observe.new"))) {
        model::Observation o;
        o.id = history::nextFreeId(p);
        o.review_id = review_choice_;
        if (ctx.apply(history::editObservation(p, std::nullopt, o))) {
            current_ = o.id;
            started_at_ = -1.0;
        }
    }
    ui::reportItem("observe.new");
    if (!p.observations.empty()) {
        const float sheets_width = ImGui::GetFontSize() * 14.0f;
        ui::sameLineOrWrap(sheets_width + ui::textWidth(tr.text("observe.sheets")) + ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::SetNextItemWidth(sheets_width);
        const model::Observation* shown = p.findObservation(current_);
        std::string name = "–";
        if (shown) {
            name = tr.text("observe.sheet");
            name += ' ';
            name += std::to_string(shown->id);
        }
        if (ImGui::BeginCombo(tr.label("observe.sheets"), name.c_str())) {
            for (const model::Observation& o : p.observations) {
                std::string label = tr.text("observe.sheet");
                label += ' ';
                label += std::to_string(o.id);
                if (!o.observer.empty()) label += " · " + o.observer;
                label += "##" + std::to_string(o.id);
                if (ImGui::Selectable(label.c_str(), o.id == current_)) {
                    current_ = o.id;
                    review_choice_ = o.review_id;
                    started_at_ = -1.0;
                }
            }
            ImGui::EndCombo();
        }
    }
    const model::Observation* o = p.findObservation(current_);
    if (!o) {
        ui::hintText(tr.text("observe.none"));
        return;
    }
    drawSheet(ctx, *o);
    if (const model::Observation* again = p.findObservation(current_)) drawComparison(ctx, *again);
}

void ObserveView::drawSheet(UiContext& ctx, const model::Observation& o) {
    const auto& tr = ctx.tr;
    const model::Portfolio& p = ctx.portfolio();
    const auto change = [&](model::Observation after) {
        if (after != o) ctx.apply(history::editObservation(p, o, std::move(after)));
    };

    // Observer's name: committed when the field is left, one undo step.
    std::string observer = o.observer;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    ImGui::InputText(tr.label("observe.observer"), &observer);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        model::Observation after = o;
        after.observer = observer;
        change(after);
        return;
    }

    // The timer: big, running from ctx.now; Stop adds the run to the saved duration.
    const bool running = started_at_ >= 0.0;
    const int shown = o.seconds + (running ? static_cast<int>(ctx.now - started_at_) : 0);
    ImGui::PushFont(ui::clockFont());  // rasterised at its size: sharp on the projector
    ImGui::TextColored(running ? ui::kAccent : ui::kMutedText, "%s", clockText(shown).c_str());
    ImGui::PopFont();
    ui::reportItem("observe.timer");
    ImGui::SameLine();
    if (!running) {
        if (ImGui::Button(tr.label("observe.start"))) started_at_ = ctx.now;
        ui::reportItem("observe.start");
    } else {
        if (ImGui::Button(tr.label("observe.stop"))) {
            started_at_ = -1.0;
            model::Observation after = o;
            after.seconds = std::min(shown, model::kMaxObservedSeconds);
            change(after);
            return;
        }
        ui::reportItem("observe.stop");
    }

    // The 16 steps on the review's scale, each with an optional note.
    sectionTitle(tr.text("observe.section.rate"));
    std::array<std::string, 4> labels;
    std::array<ImVec4, 4> colours;
    for (std::size_t i = 0; i < 4; ++i) {
        labels[i] = tr.text("review.rating." + std::string(model::ratingKey(model::kRatings[i])) + ".short");
        colours[i] = ratingColour(model::kRatings[i]);
    }
    if (!ImGui::IsAnyItemActive()) note_drafts_ = o.notes;  // drafts follow undo and redo
    if (ImGui::BeginTable("##observe", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr.text("dev.step"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn(tr.text("observe.rating"), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(tr.text("observe.note"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < o.steps.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(stepName(ctx, i).c_str());
            ImGui::TableNextColumn();
            model::StepRating rating = o.steps[i];
            if (choiceButtons(("observe.rate." + std::to_string(i)).c_str(), rating, model::kRatings, labels, &colours)) {
                model::Observation after = o;
                after.steps[i] = rating;
                change(after);
                ImGui::PopID();
                ImGui::EndTable();
                return;
            }
            ImGui::TableNextColumn();
            const bool left = ui::wrappedTextField("##note", note_drafts_[i], nullptr, ImGui::GetContentRegionAvail().x);
            ui::reportItem("observe.note." + std::to_string(i));
            if (left) {
                model::Observation after = o;
                after.notes[i] = note_drafts_[i];
                change(after);
                ImGui::PopID();
                ImGui::EndTable();
                return;
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
}

void ObserveView::drawComparison(UiContext& ctx, const model::Observation& o) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("observe.section.compare"));
    if (ctx.presenting) {
        ui::hintText(tr.text("observe.private_presenting"));
        return;
    }
    const model::Review* review = o.review_id == model::kNoId ? nullptr : ctx.portfolio().findReview(o.review_id);
    if (!review) {
        ui::hintText(tr.text("observe.compare_unlinked"));
        return;
    }
    if (ImGui::BeginTable("##compare", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr.text("dev.step"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn(tr.text("observe.self"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableSetupColumn(tr.text("observe.observed"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableSetupColumn(tr.text("observe.gap"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < o.steps.size(); ++i) {
            const model::StepRating self = review->steps[i];
            const model::StepRating observed = o.steps[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(stepName(ctx, i).c_str());
            ImGui::TableNextColumn();
            ImGui::TextColored(ratingColour(self), "%s", ratingText(ctx, self).c_str());
            ImGui::TableNextColumn();
            ImGui::TextColored(ratingColour(observed), "%s", ratingText(ctx, observed).c_str());
            ImGui::TableNextColumn();
            const model::RatingGap gap = model::ratingGap(self, observed);
            if (gap == model::RatingGap::None) {
                ImGui::TextDisabled("·");
                continue;
            }
            const bool better = gap == model::RatingGap::SellerBetter;
            ImGui::TextColored(gapColour(gap), "%s", tr.text(better ? "observe.gap.better" : "observe.gap.worse"));
            ui::reportItem("observe.gap." + std::to_string(i) + (better ? ".better" : ".worse"));
        }
        ImGui::EndTable();
    }
}

}  // namespace etappe::app
