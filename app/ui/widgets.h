#pragma once
#include <array>
#include <cstdint>
#include <initializer_list>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "i18n/translator.h"
#include "method/customer_class.h"
#include "model/money.h"

namespace etappe::ui {

// A small coloured "A"/"B"/"C" tag.
void classBadge(method::CustomerClass c);

// Radio buttons A/B/C in the class colours. Returns true when the class changed.
bool classPicker(const char* id, method::CustomerClass& value);

// A two-column form: labels on the left (as wide as the longest), fields filling the rest.
// beginForm measures the labels of `label_keys`; call formRow before each field. Where the
// width would leave the fields too narrow, each label goes above its field.
bool beginForm(const char* id, const i18n::Translator& tr, std::initializer_list<const char*> label_keys);
bool beginForm(const char* id, float label_width);
void formRow(const char* label);
void endForm();

// Three small toggle buttons (– ½ ✓) for unknown / partly / known; the names show as tooltips.
bool levelToggle(const char* id, int& level, const std::array<const char*, 3>& names);
float levelToggleWidth();

// A thin bar 0–100 % in a colour from amber (little known) to green.
void readinessBar(int percent, ImVec2 size);

// Text in the muted colour, wrapped.
void hintText(const char* text);
// Text in the warning colour, wrapped at the window's width.
void warningText(const char* text);

// A question before something is deleted, as a modal popup titled `label`:
// opened in the frame `ask` is set (which clears it). Returns true while it
// shows; the caller draws the question and calls ImGui::EndPopup().
bool beginDeleteQuestion(const char* label, bool& ask);

// The buttons under a question before something is deleted: the red confirm
// button (reported to the probe as `probe`) and Cancel, which like Escape
// closes the popup. Returns true when confirmed; the caller acts and closes it.
bool confirmDeleteButtons(const char* confirm_label, const char* cancel_label, const char* probe);

// A text field that shows a formatted value and reads what the user typed
// when the field is left. Invalid input keeps the previous value and shows
// `error_text` under the field. Lives in the view (it keeps the typed text).
class ValidatedInput {
public:
    using Parser = std::function<std::optional<std::string>(const std::string&)>;
    // Returns the parsed text on the frame a valid, changed value was entered.
    std::optional<std::string> draw(const char* label, const std::string& shown, const Parser& parse,
                                    const char* error_text, const char* hint = nullptr);
    bool showsError() const { return invalid_; }

private:
    std::string buffer_;
    bool editing_ = false;
    bool invalid_ = false;
};

// Amount entry in the user's language ("1.250.000,00 €").
class MoneyInput {
public:
    // Returns true on the frame a valid new amount was committed into `cents`.
    bool draw(const char* label, std::int64_t& cents, const std::string& currency, const i18n::Translator& tr);
    bool showsError() const { return input_.showsError(); }

private:
    ValidatedInput input_;
};

// Edits a list: each row drawn by `draw_row(item, width)` (which returns true
// when a field was left after typing) plus a remove button, and an add button
// below. Returns true when the list should be committed.
template <class Item, class DrawRow>
bool listEditor(const char* id, std::vector<Item>& items, const char* add_label, const char* remove_tooltip,
                DrawRow draw_row);

// A list of short texts, one field per item.
// `focus_index`: the item that gets the keyboard (a question just added elsewhere).
bool stringListEditor(const char* id, std::vector<std::string>& items, const char* hint, const char* add_label,
                      const char* remove_tooltip, int focus_index = -1);

// A list of small records with several text fields side by side (e.g. feature, advantage, benefit).
template <class Record, std::size_t N>
bool recordListEditor(const char* id, std::vector<Record>& items, const std::array<std::string Record::*, N>& fields,
                      const std::array<const char*, N>& hints, const char* add_label, const char* remove_tooltip);

// Text fields that wrap at word boundaries at their width, while reading and
// while typing (ImGui 1.86's multi-line field does not wrap: the display gets a
// line break at each soft break, the text never does; see ui/soft_wrap.h). The
// field grows with its lines up to `max_lines`, then scrolls down; it never
// scrolls sideways. The last item is the field itself, so IsItemDeactivatedAfterEdit
// and reportItem work after the call. Both return true when the field was left after typing.
//
// For a sentence or two (a benefit, an objection): one line when empty (showing
// `hint`), Enter leaves the field, Ctrl+Enter makes a new line.
bool wrappedTextField(const char* id, std::string& text, const char* hint, float width, int max_lines = 4);
// For prose (notes, outcomes): at least `min_lines` high, Enter makes a new line.
// `width` <= 0: the rest of the line.
bool wrappedTextEditor(const char* id, std::string& text, float width = 0.0f, int min_lines = 3, int max_lines = 12,
                       const char* hint = nullptr);

// Shared pieces of the list editors.
bool listRemoveButton(const char* remove_tooltip);
bool listAddButton(const char* add_label);

}  // namespace etappe::ui

// Template definitions kept in the header.
namespace etappe::ui {
template <class Item, class DrawRow>
bool listEditor(const char* id, std::vector<Item>& items, const char* add_label, const char* remove_tooltip,
                DrawRow draw_row) {
    bool commit = false;
    int remove_index = -1;
    ImGui::PushID(id);
    for (std::size_t i = 0; i < items.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const float width = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x;
        commit |= draw_row(items[i], width);
        ImGui::SameLine();
        if (listRemoveButton(remove_tooltip)) remove_index = static_cast<int>(i);
        ImGui::PopID();
    }
    if (remove_index >= 0) {
        items.erase(items.begin() + remove_index);
        commit = true;
    }
    if (listAddButton(add_label)) {
        items.emplace_back();
        commit = true;
    }
    ImGui::PopID();
    return commit;
}

template <class Record, std::size_t N>
bool recordListEditor(const char* id, std::vector<Record>& items, const std::array<std::string Record::*, N>& fields,
                      const std::array<const char*, N>& hints, const char* add_label, const char* remove_tooltip) {
    return listEditor(id, items, add_label, remove_tooltip, [&](Record& record, float width) {
        bool left = false;
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        // Side by side while each part keeps room for a few words; else one under the other, full width.
        const float side_by_side = (width - spacing * static_cast<float>(N - 1)) / static_cast<float>(N);
        const bool stacked = side_by_side < ImGui::GetFontSize() * 14.0f;
        ImGui::BeginGroup();
        for (std::size_t f = 0; f < N; ++f) {
            if (f > 0 && !stacked) ImGui::SameLine();
            ImGui::PushID(static_cast<int>(f));
            left |= wrappedTextField("##field", record.*fields[f], hints[f], stacked ? width : side_by_side);
            ImGui::PopID();
        }
        ImGui::EndGroup();
        return left;
    });
}
}  // namespace etappe::ui
