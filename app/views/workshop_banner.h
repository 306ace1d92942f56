#pragma once
// The participant's strip above the content when the open file has exercises:
// the current exercise with its instruction, a button to the screen it needs,
// "next exercise" and "done" (issue 12, item 3).
#include <cstddef>
#include <string_view>

#include "shell/ui_context.h"

namespace etappe::app {

class ExerciseBanner {
public:
    // Draws nothing when the file has no exercises or the trainer's workshop screen shows.
    void draw(UiContext& ctx, std::string_view showing_screen);
    model::Id current() const { return current_; }

private:
    void drawButtons(UiContext& ctx, const model::Exercise& e, std::size_t index, const char* go, const char* done,
                     const char* next);
    model::Id current_ = model::kNoId;
};

}  // namespace etappe::app
