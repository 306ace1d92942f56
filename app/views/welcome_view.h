#pragma once
#include "shell/ui_context.h"

namespace etappe::app {

// Shown instead of the customer table while the portfolio is empty.
class WelcomeView {
public:
    enum class Choice { None, OpenSample, AddCustomer, OpenFile };
    Choice draw(UiContext& ctx);
};

}  // namespace etappe::app
