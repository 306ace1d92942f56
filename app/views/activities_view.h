#pragma once
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rules/activity_coach.h"
#include "rules/agenda.h"
#include "rules/next_activity.h"
#include "rules/reviews.h"
#include "shell/screen.h"
#include "shell/ui_context.h"
#include "ui/widgets.h"
#include "views/entity_draft.h"

namespace etappe::app {

// The rep's week: an agenda (overdue, today, this week, later), a week or
// month calendar, and the editor of one activity with the coach's verdict.
// Meetings (dated plans) show in agenda and calendar; a click opens the plan.
class ActivitiesView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"activities", "screen.activities", {"calendar", "week"}};
    enum class Mode { Agenda, Week, Month };
    void draw(UiContext& ctx) override;
    // "calendar" opens the month view, "week" the week view.
    void openMode(UiContext&, std::string_view mode) override {
        if (mode == "calendar") setMode(Mode::Month);
        if (mode == "week") setMode(Mode::Week);
    }

    // Creates a planned activity from one typed sentence; the coach reads date and person from it.
    void addFromText(UiContext& ctx, const std::string& text);
    model::Id selectedId() const { return selected_; }
    void select(model::Id id) { selected_ = id; }
    // Another screen asks to show an activity: the agenda, with it selected.
    void open(UiContext&, const NavigationRequest& request) override {
        if (request.activity_id == model::kNoId) return;
        selected_ = request.activity_id;
        mode_ = Mode::Agenda;
    }
    void setMode(Mode mode) { mode_ = mode; }
    // The ISO date whose week or month the calendar shows.
    void showDate(std::string iso_date) { anchor_ = std::move(iso_date); }
    const std::string& shownDate() const { return anchor_; }
    const rules::CoachVerdict& verdictFor(const UiContext& ctx, const model::Activity& activity);

private:
    void drawToolbar(UiContext& ctx);
    void drawAgenda(UiContext& ctx);
    void drawCalendar(UiContext& ctx, bool month);
    void drawEditor(UiContext& ctx);
    void drawVerdict(UiContext& ctx, const model::Activity& activity);
    void drawMissingNextSteps(UiContext& ctx);
    // Past meetings without a review, oldest first; a click opens (or starts) the review.
    void drawReviewsDue(UiContext& ctx);
    const std::vector<int>& activitiesOn(const UiContext& ctx, const std::string& day);
    const std::vector<int>& meetingsOn(const UiContext& ctx, const std::string& day);
    const rules::Agenda& agenda(const UiContext& ctx);
    std::string entryLabel(const UiContext& ctx, const model::Activity& activity) const;
    // A meeting as a selectable entry of up to `max_lines` lines (cut with "…", whole in the
    // tooltip); a click asks the shell to open its plan.
    void drawMeeting(UiContext& ctx, const rules::Meeting& meeting, const std::string& label, int max_lines);

    Mode mode_ = Mode::Agenda;
    model::Id selected_ = model::kNoId;
    std::string quick_entry_;
    std::string anchor_;  // ISO date the calendar shows
    rules::Derived<rules::Agenda> agenda_;
    rules::DerivedById<model::Id, rules::CoachVerdict> verdicts_;  // filled as entries are drawn
    rules::Derived<std::unordered_map<std::string, std::vector<int>>> by_date_;  // activity indices per ISO date
    rules::Derived<std::unordered_map<std::string, std::vector<int>>> meetings_by_date_;  // into agenda().meetings
    rules::Derived<std::vector<model::Id>> missing_next_;  // A customers without a next activity
    rules::Derived<std::vector<rules::DueReview>> due_reviews_;
    EntityDraft<model::Activity> draft_;
    ui::ValidatedInput date_input_;
    ui::ValidatedInput time_input_;
};

}  // namespace etappe::app
