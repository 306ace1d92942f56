// The workshop's compare tab: participants' files side by side, the heat summary and each exercise's answers.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "views/review_helpers.h"
#include "views/workshop_helpers.h"
#include "views/workshop_view.h"
#include "workshop/compare_export.h"

namespace etappe::app {

namespace {

using workshop_helpers::stepName;
using workshop_helpers::titleOf;

// Heat from white (0) to the method's green (1).
ImVec4 heat(int score, int out_of) {
    const float share = out_of > 0 ? static_cast<float>(score) / static_cast<float>(out_of) : 0.0f;
    return ImVec4(1.0f - 0.68f * share, 1.0f - 0.37f * share, 1.0f - 0.68f * share, 1.0f);
}

void heatCell(int score, int out_of, const std::string& text) {
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(heat(score, out_of)));
    ImGui::TextUnformatted(text.c_str());
}

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

void WorkshopView::runComparison(const UiContext& ctx) {
    wanted_ = true;
    running_key_ = CompareKey{files_, ctx.derivedKey()};
    std::optional<model::Portfolio> reference;
    if (!ctx.portfolio().exercises.empty()) reference = ctx.portfolio();  // the worker's own copy
    job_.start(files_, std::move(reference), ctx.today, ctx.anonymised ? std::optional(ctx.language()) : std::nullopt);
}

void WorkshopView::finishComparison() {
    job_.wait();
    if (auto result = job_.take()) {
        comparison_ = std::move(result);
        comparison_key_ = running_key_;
        detail_ = 0;
    }
}

// Adopts a finished comparison; starts a new one when the cached one no longer
// matches the files or the document (and the trainer wants one).
void WorkshopView::pollComparison(const UiContext& ctx) {
    if (job_.finished()) finishComparison();
    if (!wanted_ || job_.running() || files_.empty()) return;
    const bool stale = !comparison_ || !(comparison_key_.files == files_ && comparison_key_.document == ctx.derivedKey());
    if (stale) runComparison(ctx);
}

void WorkshopView::drawCompare(UiContext& ctx) {
    const auto& tr = ctx.tr;
    pollComparison(ctx);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(ui::kMutedText, "%s", tr.text("workshop.compare_intro"));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr.label("workshop.add_file"))) {
        const char* home = std::getenv("HOME");
        open_dialog_.show(ui::FileDialog::Mode::Open, home ? home : ".", "", {".etappe"}, "compare");
    }
    ui::reportItem("workshop.add_file");
    if (auto path = open_dialog_.draw(tr)) {
        if (std::find(files_.begin(), files_.end(), *path) == files_.end()) files_.push_back(*path);
    }
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("workshop.run_compare")));
    ImGui::BeginDisabled(files_.empty());
    if (ImGui::Button(tr.label("workshop.run_compare"))) runComparison(ctx);
    ui::reportItem("workshop.run_compare");
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("workshop.clear_files")));
    if (ImGui::Button(tr.label("workshop.clear_files"))) {
        job_.cancel();
        wanted_ = false;
        files_.clear();
        comparison_.reset();
    }
    ImGui::EndDisabled();
    if (job_.running()) {
        // Reading and comparing run on a worker: progress and a way out.
        const auto progress = job_.progress();
        char overlay[64];
        std::snprintf(overlay, sizeof overlay, tr.text("workshop.comparing"), static_cast<int>((progress.done + 1) / 2),
                      static_cast<int>(progress.total / 2));
        ImGui::ProgressBar(progress.fraction(), ImVec2(ui::em(20.0f), 0.0f), overlay);
        ui::reportItem("workshop.compare_progress");
        ImGui::SameLine();
        if (ImGui::Button(tr.label("workshop.cancel_compare"))) {
            job_.cancel();
            wanted_ = false;
        }
        ui::reportItem("workshop.cancel_compare");
    }
    if (comparison_) {
        ui::sameLineOrWrap(ui::buttonWidth(tr.label("workshop.export")));
        if (ImGui::Button(tr.label("workshop.export"))) {
            const char* home = std::getenv("HOME");
            export_dialog_.show(ui::FileDialog::Mode::Save, home ? home : ".", "workshop.html", {".html", ".json"}, "compare_export");
        }
        ui::reportItem("workshop.export");
    }
    if (auto path = export_dialog_.draw(tr)) {
        if (comparison_) {
            const auto result = workshop::writeComparison(*path, *comparison_, tr, true);
            if (result.ok()) {
                ctx.status(tr.text("workshop.exported"));
            } else {
                ctx.status(std::string(tr.text("workshop.export_failed")) + " " + i18n::render(tr, result.detail));
            }
        }
    }
    char count[64];
    std::snprintf(count, sizeof count, tr.text("workshop.files"), static_cast<int>(files_.size()),
                  static_cast<int>(workshop::kMaxParticipants));
    ImGui::TextUnformatted(count);
    if (!comparison_) {
        if (!ctx.anonymised)  // file names are often the participants' names
            for (const auto& f : files_) ImGui::BulletText("%s", f.c_str());
        return;
    }
    const workshop::Comparison& c = *comparison_;
    ImGui::BeginChild("##comparison", ImVec2(0, 0), false);
    if (!c.skipped.empty()) {
        ImGui::TextColored(ui::kWarning, "%s", tr.text("compare.skipped"));
        for (const auto& s : c.skipped) {
            std::string reason = tr.text(s.reason_key);
            if (!s.detail.empty()) {
                reason += " – ";
                reason += i18n::render(tr, s.detail);
            }
            ImGui::Bullet();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::Text("%s: %s", s.file.c_str(), reason.c_str());
            ImGui::PopTextWrapPos();
        }
    }
    // The summary: participants × exercises, heat by the exercise's figure.
    ImGui::TextUnformatted(tr.text("compare.summary"));
    const int columns = static_cast<int>(c.exercises.size()) + 4;
    constexpr ImGuiTableFlags kSummaryFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX |
                                              ImGuiTableFlags_ScrollY;
    // All rows where they fit, with the borders and the sideways scrollbar.
    const float row_height = ImGui::GetTextLineHeight() + 2.0f * ImGui::GetStyle().CellPadding.y + 1.0f;
    const float rows_height = row_height * static_cast<float>(c.participants.size() + 1) + 2.0f * ImGui::GetStyle().ScrollbarSize;
    const float summary_height = std::min(rows_height, std::max(ui::em(10.0f), ImGui::GetContentRegionAvail().y * 0.45f));
    if (columns <= 64 && ImGui::BeginTable("##summary", columns, kSummaryFlags, ImVec2(0.0f, summary_height))) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn(tr.text("compare.participant"));
        for (std::size_t x = 0; x < c.exercises.size(); ++x) ImGui::TableSetupColumn(std::to_string(x + 1).c_str());
        ImGui::TableSetupColumn(tr.text("compare.checkpoints"));
        ImGui::TableSetupColumn(tr.text("compare.concrete"));
        ImGui::TableSetupColumn("A / B / C");
        ImGui::TableHeadersRow();
        for (const auto& p : c.participants) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.label.c_str());
            for (const auto& a : p.answers) {
                ImGui::TableNextColumn();
                heatCell(a.score, a.out_of, std::to_string(a.score) + "/" + std::to_string(a.out_of) + (a.done ? " ✓" : ""));
            }
            ImGui::TableNextColumn();
            ImGui::Text("%d", p.checkpoints_ticked);
            ImGui::TableNextColumn();
            ImGui::Text("%d / %d", p.concrete_activities, p.activities);
            ImGui::TableNextColumn();
            ImGui::Text("%d / %d / %d", p.classes[0], p.classes[1], p.classes[2]);
        }
        ImGui::EndTable();
    }
    ui::reportItem("compare.summary");
    if (c.exercises.empty() || c.participants.empty()) {
        ImGui::EndChild();
        return;
    }
    detail_ = std::min(detail_, c.exercises.size() - 1);
    ImGui::Spacing();
    for (std::size_t x = 0; x < c.exercises.size(); ++x) {
        ImGui::PushID(static_cast<int>(x));
        const std::string label = std::to_string(x + 1) + ". " + titleOf(tr, c.exercises[x]);
        if (x > 0) ui::sameLineOrWrap(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ui::textWidth(label.c_str()));
        if (ImGui::RadioButton(label.c_str(), detail_ == x)) detail_ = x;
        ImGui::PopID();
    }
    drawExerciseDetail(ctx, c, detail_);
    ImGui::EndChild();
}

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