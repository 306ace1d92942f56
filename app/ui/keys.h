#pragma once
#include <imgui.h>

#include <string>

namespace etappe::ui {

// ImGui 1.86 reads keys by the platform's own codes. GLFW codes letters by
// their upper-case ASCII value; the platform layer translates them to the
// letter printed on the key (see platform/key_layout.h), and the headless
// tests feed the same codes.
inline bool namedKeyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }
inline bool letterPressed(char upper_case_letter) { return ImGui::IsKeyPressed(upper_case_letter, false); }

// A key with its modifiers, as the shell and the screens declare shortcuts.
// Modifiers must match exactly, so Ctrl+S and Ctrl+Shift+S are different chords.
struct KeyChord {
    int key = 0;         // 'A'..'Z', or an ImGuiKey_ value when `named`
    bool named = false;  // an ImGuiKey_ (Delete, Escape, …), looked up through io.KeyMap
    bool ctrl = false;
    bool shift = false;
};

constexpr KeyChord ctrlKey(char upper_case_letter, bool shift = false) {
    return KeyChord{upper_case_letter, false, true, shift};
}
constexpr KeyChord plainKey(ImGuiKey key) { return KeyChord{key, true, false, false}; }

inline bool chordPressed(const KeyChord& chord) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl != chord.ctrl || io.KeyShift != chord.shift) return false;
    return chord.named ? namedKeyPressed(static_cast<ImGuiKey>(chord.key)) : letterPressed(static_cast<char>(chord.key));
}

// The zoom keys, by GLFW code (the headless tests feed the same codes). "+" has
// no GLFW code: where the layout prints it on a key of its own (German), the
// platform reports the keypad's +; on a US keyboard Ctrl+= (Shift+= is +) zooms in.
inline constexpr int kKeyEqual = 61, kKeyMinus = 45, kKeyZero = 48;
inline constexpr int kKeyKeypadZero = 320, kKeyKeypadSubtract = 333, kKeyKeypadAdd = 334;
enum class ZoomKey { None, In, Out, Reset };
// Ctrl with + / - / 0 (main keys or keypad) on this frame; Shift does not matter.
ZoomKey zoomKeyPressed();

// "Ctrl+Shift+S", "Del": the hint shown next to a menu item.
std::string chordLabel(const KeyChord& chord);

}  // namespace etappe::ui
