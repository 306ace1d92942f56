#pragma once
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>

#include <imgui.h>

#include "i18n/translator.h"
#include "method/customer_class.h"
#include "model/money.h"

namespace etappe::ui {

// A small coloured "A"/"B"/"C" tag.
void classBadge(method::CustomerClass c);

// Radio buttons A/B/C in the class colours. Returns true when the class changed.
bool classPicker(const char* id, method::CustomerClass& value);

// A two-column form: labels on the left (as wide as the longest), fields filling the rest.
// beginForm measures the labels of `label_keys`; call formRow before each field.
bool beginForm(const char* id, const i18n::Translator& tr, std::initializer_list<const char*> label_keys);
void formRow(const char* label);
void endForm();

// Three small toggle buttons (– ½ ✓) for unknown / partly / known; the names show as tooltips.
bool levelToggle(const char* id, int& level, const std::array<const char*, 3>& names);
float levelToggleWidth();

// A thin bar 0–100 % in a colour from amber (little known) to green.
void readinessBar(int percent, ImVec2 size);

// Text in the muted colour, wrapped.
void hintText(const char* text);

// Amount entry that shows money in the user's language and reads what they
// type on leaving the field. Keeps its text while editing, so it lives in the view.
class MoneyInput {
public:
    // Returns true on the frame a valid new amount was committed into `cents`.
    bool draw(const char* label, std::int64_t& cents, const std::string& currency, const i18n::Translator& tr);
    bool showsError() const { return invalid_; }

private:
    std::string buffer_;
    bool editing_ = false;
    bool invalid_ = false;
};

}  // namespace etappe::ui
