#pragma once
#include <string>

#include "rules/derived.h"
#include "rules/reviews.h"
#include "shell/screen.h"
#include "ui/file_dialog.h"
#include "views/entity_draft.h"

namespace etappe::app {

// The rep's debrief right after a meeting (METHOD §5 step 13 "learn from the
// conversation"): outcome, a replay of the process beside the plan, attitude
// (§3), balance of interests (§6), lessons and a concrete next activity (§8).
// On the left: meetings whose review is due, and every review written.
class ReviewView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"review", "screen.review"};
    void draw(UiContext& ctx) override;
    std::string sidebarBadge(const UiContext& ctx) const override;
    void open(UiContext& ctx, const NavigationRequest& request) override;

    // Opens the review of a meeting, starting it when there is none yet.
    void reviewMeeting(UiContext& ctx, model::Id customer_id, model::Id plan_id, const std::string& date, bool reduced);
    model::Id reviewId() const { return review_id_; }
    void select(model::Id review_id) { review_id_ = review_id; }
    // Writes the chosen review as Markdown or HTML (by the ending) and moves the remembered export folder.
    void exportTo(UiContext& ctx, const std::string& path);
    const ui::FileDialog& exportDialog() const { return export_dialog_; }

private:
    const std::vector<rules::DueReview>& due(const UiContext& ctx) const;
    void drawList(UiContext& ctx);
    void drawReview(UiContext& ctx, model::Review& review);
    void drawHeader(UiContext& ctx, model::Review& review);
    void drawOutcome(UiContext& ctx, model::Review& review);
    void drawReplay(UiContext& ctx, model::Review& review);
    void drawAttitude(UiContext& ctx, model::Review& review);
    void drawBalance(UiContext& ctx, model::Review& review);
    void drawLessons(UiContext& ctx, model::Review& review);
    void drawFollowUp(UiContext& ctx, model::Review& review);
    void makeNextActivity(UiContext& ctx, model::Review& review);

    model::Id review_id_ = model::kNoId;
    bool default_chosen_ = false;
    model::Id adhoc_customer_ = model::kNoId;
    std::string next_sentence_;
    EntityDraft<model::Review> draft_;
    mutable rules::Derived<std::vector<rules::DueReview>> due_;
    ui::FileDialog export_dialog_;
};

}  // namespace etappe::app
