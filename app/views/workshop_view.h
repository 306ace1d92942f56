#pragma once
// The trainer's workshop screen (issue 12, items 3–4): build exercises from
// the open file (they are saved with it: the workshop file to hand out), then
// collect the participants' copies and compare them side by side.
#include <optional>
#include <string>
#include <vector>

#include "shell/screen.h"
#include "ui/file_dialog.h"
#include "workshop/compare.h"

namespace etappe::app {

class WorkshopView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"workshop", "screen.workshop", {"compare"}};
    void draw(UiContext& ctx) override;
    void openMode(UiContext& ctx, std::string_view mode) override;
    std::string sidebarBadge(const UiContext& ctx) const override;

    // For tests and the command line: the files to compare, and running it.
    void setFiles(std::vector<std::string> files) { files_ = std::move(files); }
    void runComparison(const UiContext& ctx);
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
    std::optional<workshop::Comparison> comparison_;
    std::size_t detail_ = 0;
    ui::FileDialog open_dialog_;
    ui::FileDialog export_dialog_;
};

}  // namespace etappe::app
