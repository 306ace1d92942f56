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
#include "views/workshop_helpers.h"
#include "views/workshop_view.h"
#include "workshop/compare_export.h"

namespace etappe::app {

using workshop_helpers::heatCell;
using workshop_helpers::titleOf;

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
    ui::reportItem("workshop.clear_files");
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

}  // namespace etappe::app