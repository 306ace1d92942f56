#pragma once
// The role-play observer's sheet (issue 12 item 5): in a triad the observer
// picks the seller's review (or starts unlinked), runs a visible timer and rates
// the 16 steps live on the review's scale; afterwards the seller's self-rating
// and the observer's rating stand side by side with the gaps marked.
#include <array>
#include <string>

#include "method/conversation_steps.h"
#include "model/ids.h"
#include "shell/screen.h"

namespace etappe::app {

class ObserveView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"observe", "screen.observe"};
    void draw(UiContext& ctx) override;

private:
    void drawSheet(UiContext& ctx, const model::Observation& o);
    void drawComparison(UiContext& ctx, const model::Observation& o);

    model::Id current_ = model::kNoId;  // the observation on the sheet
    model::Id review_choice_ = model::kNoId;  // the review a new observation will observe
    double started_at_ = -1.0;          // ctx.now when the timer started; < 0: stopped
    std::array<std::string, method::kConversationStepCount> note_drafts_;
};

}  // namespace etappe::app
