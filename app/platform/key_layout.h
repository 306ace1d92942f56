#pragma once

// Shortcuts follow the letter printed on the key. GLFW names keys after
// their place on a US keyboard (on a German keyboard, the key labelled Z
// arrives as GLFW_KEY_Y) and Dear ImGui 1.86 takes those codes as they are, so
// Ctrl+Z would redo. The platform layer hands ImGui the key the layout prints
// instead, as ImGui 1.87 later did itself. Pure, so it is tested without a
// window (tests/ui/test_key_layout.cpp).
namespace etappe::platform {

// `glfw_key`: the GLFW key code; `layout_name`: what glfwGetKeyName(key,
// scancode) says the current layout prints on it (UTF-8, may be null).
// Returns the GLFW key code of that character when GLFW has one (letters,
// digits and , - . / ; = [ \ ] ' `); otherwise the physical key: keys that
// print nothing GLFW can name (ö, ß, Cyrillic) keep their US position, so
// shortcuts still work on such layouts. A key printing "+" gives GLFW_KEY_KP_ADD
// (GLFW has no code of its own for it).
int layoutKey(int glfw_key, const char* layout_name);

}  // namespace etappe::platform
