#pragma once
#include <imgui.h>

namespace etappe::ui {

// ImGui 1.86 reads keys by the platform's own codes. GLFW codes letters by
// their upper-case ASCII value, and the headless tests feed the same codes.
inline bool namedKeyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }
inline bool letterPressed(char upper_case_letter) { return ImGui::IsKeyPressed(upper_case_letter, false); }

}  // namespace etappe::ui
