#pragma once
#include <imgui.h>

#include "method/customer_class.h"

namespace etappe::ui {

// A light, high-contrast look that also reads well on a workshop projector.
void applyTheme(float scale);

ImVec4 classColour(method::CustomerClass c);
inline const ImVec4 kAccent{0.11f, 0.42f, 0.63f, 1.0f};
inline const ImVec4 kMutedText{0.38f, 0.40f, 0.44f, 1.0f};
inline const ImVec4 kWarning{0.76f, 0.38f, 0.02f, 1.0f};
inline const ImVec4 kDanger{0.72f, 0.13f, 0.13f, 1.0f};
inline const ImVec4 kSuccess{0.13f, 0.50f, 0.25f, 1.0f};

}  // namespace etappe::ui
