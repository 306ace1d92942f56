#pragma once
// Items that adapt to the room they get: toolbars that wrap, text cut with
// "…" and shown whole in a tooltip. The arithmetic is in ui/fit_layout.h.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "ui/fit_layout.h"

namespace etappe::ui {

// Widths of common items in the current font and style, for sameLineOrWrap.
float buttonWidth(const char* label);
float checkboxWidth(const char* label);
float textWidth(const char* text);

// Call between two toolbar items instead of ImGui::SameLine(): the next item,
// `next_width` wide, stays on this line when it fits and starts the next line otherwise.
// `spacing` < 0: the style's item spacing. Returns true when the item stays on the line.
bool sameLineOrWrap(float next_width, float spacing = -1.0f);

// Puts the next item of `width` at the right end of the line when it fits there.
void alignRight(float width);

// The text cut to `width` (the rest of the line when < 0); the whole text as a
// tooltip when it was cut. Returns true when it was cut.
bool fittedText(std::string_view text, float width = -1.0f);
bool fittedTextColored(const ImVec4& colour, std::string_view text, float width = -1.0f);

// A selectable whose label is cut to `width` (the rest of the line when < 0),
// with a stable `id`, and the whole text as a tooltip when it was cut.
bool fittedSelectable(std::string_view text, const char* id, bool selected, ImGuiSelectableFlags flags = 0,
                      float width = -1.0f);

// BeginCombo with its preview cut with "…" to the combo's width (set it with
// SetNextItemWidth before, as for BeginCombo). Hovered, it shows the whole
// preview when it was cut, with `hint` (if any) under it.
bool beginFittedCombo(const char* id, std::string_view preview, ImGuiComboFlags flags = 0, const char* hint = nullptr);

// A selectable over up to `max_lines` lines, the text wrapped at spaces to the
// rest of the line (ui::wrapText); the whole text as a tooltip when it was
// wrapped or cut. For entries in narrow, tall places such as calendar days.
bool wrappedSelectable(std::string_view text, const char* id, bool selected, int max_lines);

// fitText and wrapText with the current font.
std::string fitToWidth(std::string_view text, float width);
std::vector<std::string> wrapToWidth(std::string_view text, float width, int max_lines);

}  // namespace etappe::ui
