#include "platform/key_layout.h"

#include <cstring>

namespace etappe::platform {

namespace {

// GLFW's codes for printable keys are their ASCII characters (upper-case
// letters); these values are copied so this file needs no GLFW header.
constexpr int kFirstPrintableKey = 32;  // GLFW_KEY_SPACE
constexpr int kLastPrintableKey = 96;   // GLFW_KEY_GRAVE_ACCENT
constexpr int kWorld1 = 161, kWorld2 = 162;  // GLFW_KEY_WORLD_1/2: extra keys of non-US keyboards
// GLFW has no code for "+": a key that prints it (German, Swiss, Nordic layouts) is given the keypad's
// + code, so Ctrl+Plus zooms wherever the plus is printed.
constexpr int kKeypadAdd = 334;  // GLFW_KEY_KP_ADD

bool hasGlfwCode(char c) {
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return std::strchr(",-./;=[\\]'`", c) != nullptr;
}

}  // namespace

int layoutKey(int glfw_key, const char* layout_name) {
    const bool printable = (glfw_key >= kFirstPrintableKey && glfw_key <= kLastPrintableKey) ||
                           glfw_key == kWorld1 || glfw_key == kWorld2;
    // Keypad keys also have names ("1", "+"), but keep their own codes.
    if (!printable || layout_name == nullptr) return glfw_key;
    if (layout_name[0] == '\0' || layout_name[1] != '\0') return glfw_key;  // none, or not one ASCII byte
    char c = layout_name[0];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == '+') return kKeypadAdd;
    return hasGlfwCode(c) ? static_cast<int>(c) : glfw_key;
}

}  // namespace etappe::platform
