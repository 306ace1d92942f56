#pragma once
// The trainer's workshop screen (issue 12, items 3–4): build exercises from
// the open file (they are saved with it: the workshop file to hand out), then
// collect the participants' copies and compare them side by side.
#include <optional>
#include <string>
#include <vector>

#include "shell/screen.h"
#include "ui/file_dialog.h"
#include "rules/derived.h"
#include "workshop/compare.h"
#include "workshop/compare_job.h"

namespace etappe::app {

class WorkshopView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"workshop", "screen.workshop", {"compare"}};
    void draw(UiContext& ctx) override;
    void openMode(UiContext& ctx, std::string_view mode) override;
    std::string sidebarBadge(const UiContext& ctx) const override;

    // For tests and benchmarks: the files to compare, starting the comparison
    // on its worker, waiting for it and adopting the result as a frame would.
    void setFiles(std::vector<std::string> files) { files_ = std::move(files); }
    // The command line's --compare files: collected and compared from the first frame on.
    void collect(std::vector<std::string> files) {
        files_ = std::move(files);
        compare_tab_ = true;
        wanted_ = true;
    }
    void runComparison(const UiContext& ctx);
    void finishComparison();
    bool comparing() const { return job_.running(); }
    const std::optional<workshop::Comparison>& comparison() const { return comparison_; }

private:
    void drawExercises(UiContext& ctx);
    void drawEditor(UiContext& ctx, const model::Exercise& exercise, std::size_t index);
    void drawCompare(UiContext& ctx);
    void drawExerciseDetail(UiContext& ctx, const workshop::Comparison& c, std::size_t x);
    void addExercise(UiContext& ctx, model::ExerciseKind kind);

    bool compare_tab_ = false;
    model::Id selected_ = model::kNoId;
    std::string title_draft_;
    std::string instruction_draft_;
    model::Id draft_of_ = model::kNoId;
    std::vector<std::string> files_;
    // The comparison is cached for the files and the document's revision and day
    // it was made from; a frame only draws it. When the key moves on (the trainer
    // edits an exercise, a file is added) it is made again in the background.
    struct CompareKey {
        std::vector<std::string> files;
        rules::DerivedKey document;
        bool operator==(const CompareKey&) const = default;
    };
    void pollComparison(const UiContext& ctx);
    std::optional<workshop::Comparison> comparison_;
    CompareKey comparison_key_;
    CompareKey running_key_;
    bool wanted_ = false;  // the trainer asked for a comparison and did not cancel or clear it
    workshop::CompareJob job_;
    std::size_t detail_ = 0;
    ui::FileDialog open_dialog_;
    ui::FileDialog export_dialog_;
};

}  // namespace etappe::app
