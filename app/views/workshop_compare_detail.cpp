// The compare tab's detail of one exercise: the participants side by side
// (checkpoints as heat, prepared texts, sentences with the coach's verdict,
// A/B/C choices, debrief ratings with the observer's), and the heat cells the
// summary uses too.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/fit.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "views/review_helpers.h"
#include "views/workshop_helpers.h"
#include "views/workshop_view.h"

namespace etappe::app {

namespace {

// Heat from white (0) to the method's green (1).
ImVec4 heat(int score, int out_of) {
    const float share = out_of > 0 ? static_cast<float>(score) / static_cast<float>(out_of) : 0.0f;
    return ImVec4(1.0f - 0.68f * share, 1.0f - 0.37f * share, 1.0f - 0.68f * share, 1.0f);
}

}  // namespace

namespace workshop_helpers {

void heatCell(int score, int out_of, const std::string& text) {
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(heat(score, out_of)));
    ImGui::TextUnformatted(text.c_str());
}

}  // namespace workshop_helpers

namespace {

using workshop_helpers::heatCell;
using workshop_helpers::stepName;

// The tables side by side scroll sideways on their own (30 participants do not
// fit a projector) and keep their first column and header in view. ScrollX
// needs a height: the rest of the screen, but room for some rows at least.
bool beginSideBySide(const char* id, int columns) {
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX |
                                       ImGuiTableFlags_ScrollY;
    const float height = std::max(ImGui::GetContentRegionAvail().y, ui::em(16.0f));
    if (!ImGui::BeginTable(id, columns, kFlags, ImVec2(0.0f, height))) return false;
    ImGui::TableSetupScrollFreeze(1, 1);
    return true;
}

// Bullets that wrap at the caller's wrap position (BulletText would not, and
// one long question would widen a participant's column past the screen).
void bulletList(const std::vector<std::string>& items) {
    if (items.empty()) ImGui::TextColored(ui::kMutedText, "–");
    for (const auto& item : items) {
        ImGui::Bullet();
        ImGui::TextUnformatted(item.c_str());
    }
}

std::string shortRating(const i18n::Translator& tr, model::StepRating rating) {
    return tr.text("review.rating." + std::string(model::ratingKey(rating)) + ".short");
}

// Self-ratings per step; beneath each, when anyone was observed, the observer's
// ratings with the gaps marked as on the Observe screen.
void drawDebrief(const i18n::Translator& tr, const workshop::Comparison& c, std::size_t x, int people) {
    const auto answer = [&](int i) -> const workshop::DebriefAnswer& { return c.participants[static_cast<std::size_t>(i)].answers[x].debrief; };
    bool any_observed = false;
    for (int i = 0; i < people; ++i) any_observed = any_observed || answer(i).observed;
    if (!beginSideBySide("##debrief", people + 1)) return;
    ImGui::TableSetupColumn(tr.text("compare.step"));
    for (int i = 0; i < people; ++i) ImGui::TableSetupColumn(c.participants[static_cast<std::size_t>(i)].label.c_str());
    ImGui::TableHeadersRow();
    for (std::size_t step = 0; step < method::kConversationStepCount; ++step) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(stepName(tr, static_cast<int>(step) + 1).c_str());
        for (int i = 0; i < people; ++i) {
            ImGui::TableNextColumn();
            const auto rating = answer(i).steps[step];
            const int score = rating == model::StepRating::Well ? 2 : rating == model::StepRating::Partly ? 1 : 0;
            if (!answer(i).has_review || rating == model::StepRating::Unset) {
                ImGui::TextColored(ui::kMutedText, "–");
            } else {
                heatCell(score, 2, shortRating(tr, rating));
            }
        }
        if (!any_observed) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextColored(ui::kMutedText, "  %s", tr.text("compare.observer"));
        for (int i = 0; i < people; ++i) {
            ImGui::TableNextColumn();
            const auto& d = answer(i);
            if (!d.observed) continue;
            const auto rating = d.observed_steps[step];
            const model::RatingGap gap = d.gaps[step];
            const std::string text = rating == model::StepRating::Unset ? "–" : shortRating(tr, rating);
            ImGui::TextColored(review_helpers::gapColour(gap), "%s %s", text.c_str(), model::ratingGapMark(gap));
            const std::string probe = "compare.observer." + std::to_string(i) + "." + std::to_string(step);
            ui::reportItem(gap == model::RatingGap::SellerBetter  ? probe + ".better"
                           : gap == model::RatingGap::SellerWorse ? probe + ".worse"
                                                                  : probe);
        }
    }
    if (any_observed) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr.text("compare.observer"));
        for (int i = 0; i < people; ++i) {
            ImGui::TableNextColumn();
            const auto& d = answer(i);
            if (!d.observed) continue;
            if (!d.observer.empty()) ImGui::TextUnformatted(d.observer.c_str());
            ImGui::Text("%d:%02d  %s %d  %s %d", d.observed_seconds / 60, d.observed_seconds % 60,
                        model::ratingGapMark(model::RatingGap::SellerBetter), d.seller_better,
                        model::ratingGapMark(model::RatingGap::SellerWorse), d.seller_worse);
        }
    }
    ImGui::EndTable();
    if (any_observed) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ui::kMutedText, "%s", tr.text("compare.gap_legend"));
        ImGui::PopTextWrapPos();
    }
}

}  // namespace

void WorkshopView::drawExerciseDetail(UiContext& ctx, const workshop::Comparison& c, std::size_t x) {
    const auto& tr = ctx.tr;
    const model::Exercise& e = c.exercises[x];
    if (!e.instruction.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ui::kMutedText, "%s", e.instruction.c_str());
        ImGui::PopTextWrapPos();
    }
    const int people = static_cast<int>(std::min<std::size_t>(c.participants.size(), 60));
    switch (e.kind) {
        case model::ExerciseKind::PrepareMeeting: {
            if (!beginSideBySide("##prepare", people + 1)) break;
            ImGui::TableSetupColumn(tr.text("compare.step"));
            // Each participant as wide as their wrapped texts, so several stand side by side.
            for (int i = 0; i < people; ++i)
                ImGui::TableSetupColumn(c.participants[static_cast<std::size_t>(i)].label.c_str(), ImGuiTableColumnFlags_WidthFixed,
                                        ui::em(14.5f));
            ImGui::TableHeadersRow();
            for (int step = e.first_step; step <= e.last_step; ++step) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(stepName(tr, step).c_str());
                for (int i = 0; i < people; ++i) {
                    ImGui::TableNextColumn();
                    const auto& a = c.participants[static_cast<std::size_t>(i)].answers[x].prepare;
                    if (!a.has_plan) {
                        ImGui::TextColored(ui::kMutedText, "–");
                        continue;
                    }
                    int ticked = 0;
                    std::string marks;
                    for (bool b : a.checkpoints[static_cast<std::size_t>(step - e.first_step)]) {
                        ticked += b ? 1 : 0;
                        marks += b ? "●" : "○";
                    }
                    heatCell(ticked, 3, marks);
                }
            }
            const auto row = [&](const char* key, auto fill) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(tr.text(key));
                for (int i = 0; i < people; ++i) {
                    ImGui::TableNextColumn();
                    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ui::em(14.0f));
                    fill(c.participants[static_cast<std::size_t>(i)].answers[x].prepare);
                    ImGui::PopTextWrapPos();
                }
            };
            row("compare.hook", [](const workshop::PrepareAnswer& a) { ImGui::TextUnformatted(a.hook.empty() ? "–" : a.hook.c_str()); });
            row("compare.questions", [](const workshop::PrepareAnswer& a) { bulletList(a.questions); });
            row("compare.proposals", [](const workshop::PrepareAnswer& a) { bulletList(a.proposals); });
            row("compare.objections", [](const workshop::PrepareAnswer& a) { bulletList(a.objections); });
            ImGui::EndTable();
            break;
        }
        case model::ExerciseKind::RephraseActivities: {
            if (!ImGui::BeginTable("##rephrase", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) break;
            ImGui::TableSetupColumn(tr.text("compare.participant"), ImGuiTableColumnFlags_WidthFixed, ui::em(8.0f));
            ImGui::TableSetupColumn(tr.text("compare.sentence"));
            ImGui::TableSetupColumn(tr.text("compare.verdict"));
            ImGui::TableHeadersRow();
            for (const auto& p : c.participants) {
                for (const auto& a : p.answers[x].activities) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(p.label.c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextWrapped("%s", a.text.c_str());
                    ImGui::TableNextColumn();
                    std::string verdict = !a.present ? tr.text("compare.deleted") : a.concrete ? tr.text("compare.concrete") : "";
                    for (const auto& flag : a.flag_keys) verdict += (verdict.empty() ? "" : ", ") + std::string(tr.text("compare.flag." + flag));
                    heatCell(a.concrete ? 1 : 0, 1, verdict);
                }
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TableNextColumn();
                char counts[96];
                std::snprintf(counts, sizeof counts, tr.text("compare.concrete_of"), p.answers[x].score, p.answers[x].out_of);
                ImGui::TextColored(ui::kAccent, "%s", counts);
            }
            ImGui::EndTable();
            break;
        }
        case model::ExerciseKind::ClassifyCustomers: {
            if (!beginSideBySide("##classify", people + 2)) break;
            ImGui::TableSetupColumn(tr.text("compare.customer"));
            ImGui::TableSetupColumn(tr.text("compare.proposal"));
            for (int i = 0; i < people; ++i) ImGui::TableSetupColumn(c.participants[static_cast<std::size_t>(i)].label.c_str());
            ImGui::TableHeadersRow();
            for (std::size_t k = 0; k < e.customer_ids.size(); ++k) {
                const auto& first = c.participants.front().answers[x].classes[k];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(first.customer.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(std::string(method::customerClassKey(first.proposed)).c_str());
                for (int i = 0; i < people; ++i) {
                    ImGui::TableNextColumn();
                    const auto& a = c.participants[static_cast<std::size_t>(i)].answers[x].classes[k];
                    heatCell(a.present && a.chosen == a.proposed ? 1 : 0, 1,
                             a.present ? std::string(method::customerClassKey(a.chosen)) : "–");
                    if (!a.reason.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.reason.c_str());
                }
            }
            ImGui::EndTable();
            break;
        }
        case model::ExerciseKind::DebriefMeeting: drawDebrief(tr, c, x, people); break;
    }
}

}  // namespace etappe::app
