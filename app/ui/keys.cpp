#include "ui/keys.h"

namespace etappe::ui {

namespace {
const char* namedKeyLabel(int key) {
    switch (key) {
        case ImGuiKey_Delete: return "Del";
        case ImGuiKey_Enter: return "Enter";
        case ImGuiKey_Escape: return "Esc";
        case ImGuiKey_Backspace: return "Backspace";
        case ImGuiKey_Tab: return "Tab";
        default: return "?";
    }
}
}  // namespace

ZoomKey zoomKeyPressed() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt) return ZoomKey::None;
    // No key repeat: on a slow frame a short press would otherwise count twice (fonts are rebuilt per step).
    const auto pressed = [](int code) { return ImGui::IsKeyPressed(code, false); };
    if (pressed(kKeyEqual) || pressed(kKeyKeypadAdd)) return ZoomKey::In;
    if (pressed(kKeyMinus) || pressed(kKeyKeypadSubtract)) return ZoomKey::Out;
    if (pressed(kKeyZero) || pressed(kKeyKeypadZero)) return ZoomKey::Reset;
    return ZoomKey::None;
}

// Menus show "Ctrl" in both languages, as they always have (ImGui's own text fields say Ctrl too).
std::string chordLabel(const KeyChord& chord) {
    std::string label;
    if (chord.ctrl) label += "Ctrl+";
    if (chord.shift) label += "Shift+";
    if (chord.named) return label + namedKeyLabel(chord.key);
    return label + static_cast<char>(chord.key);
}

}  // namespace etappe::ui
