#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "i18n/format.h"
#include "ui/fit.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace etappe::ui {

void classBadge(method::CustomerClass c) {
    const ImVec4 colour = classColour(c);
    const char* text = method::customerClassKey(c).data();
    const ImVec2 text_size = ImGui::CalcTextSize(text);
    const float pad = ImGui::GetFontSize() * 0.35f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(text_size.x + 2 * pad, ImGui::GetTextLineHeight());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(colour), 3.0f);
    draw->AddText(ImVec2(pos.x + pad, pos.y), IM_COL32_WHITE, text);
    ImGui::Dummy(size);
}

bool classPicker(const char* id, method::CustomerClass& value) {
    bool changed = false;
    ImGui::PushID(id);
    for (const method::CustomerClass c : method::kCustomerClasses) {
        if (c != method::CustomerClass::A) ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_CheckMark, classColour(c));
        const std::string label = std::string(method::customerClassKey(c)) + "##class";
        if (ImGui::RadioButton(label.c_str(), value == c) && value != c) {
            value = c;
            changed = true;
        }
        reportItem(std::string(id) + "." + std::string(method::customerClassKey(c)));
        ImGui::PopStyleColor();
    }
    ImGui::PopID();
    return changed;
}

bool beginForm(const char* id, const i18n::Translator& tr, std::initializer_list<const char*> label_keys) {
    float label_width = 0.0f;
    for (const char* key : label_keys) label_width = std::max(label_width, ImGui::CalcTextSize(tr.text(key)).x);
    return beginForm(id, label_width);
}

bool beginForm(const char* id, float label_width) {
    // Where labels beside the fields would leave the fields a few characters (a narrow pane, a large
    // zoom), each label goes above its field instead: a table of one column.
    if (label_width + ImGui::GetFontSize() * 11.0f > ImGui::GetContentRegionAvail().x) {
        if (!ImGui::BeginTable(id, 1, ImGuiTableFlags_SizingStretchSame)) return false;
        ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
        return true;
    }
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingFixedFit)) return false;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, label_width);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void formRow(const char* label) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    if (ImGui::TableGetColumnCount() == 1) {
        ImGui::TextUnformatted(label);  // above the field (see beginForm)
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        ImGui::TableSetColumnIndex(1);
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
}

void endForm() { ImGui::EndTable(); }

bool wrappedTextField(const char* id, std::string& text, const char* hint, float width, int max_lines) {
    ImGui::PushID(id);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID active_key = ImGui::GetID("active");
    const bool was_active = storage->GetBool(active_key, false);
    const ImGuiStyle& style = ImGui::GetStyle();
    const bool show_hint = text.empty();
    const std::vector<std::string> lines =
        wrapToWidth(show_hint ? std::string_view(hint) : std::string_view(text), width - 2.0f * style.FramePadding.x, max_lines);
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 size(width, line * static_cast<float>(std::max<std::size_t>(1, lines.size())) + 2.0f * style.FramePadding.y);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    // The field itself, so a click goes straight into it; while it is not being typed in, its own
    // one-line text is hidden and the wrapped lines are drawn over it.
    if (!was_active) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    ImGui::InputTextMultiline("##edit", &text, size, ImGuiInputTextFlags_CtrlEnterForNewLine);
    if (!was_active) ImGui::PopStyleColor();
    const bool left = ImGui::IsItemDeactivatedAfterEdit();
    const bool active = ImGui::IsItemActive();
    const bool hovered = ImGui::IsItemHovered();
    storage->SetBool(active_key, active);
    if (!was_active && !active) {
        const ImU32 colour = ImGui::GetColorU32(show_hint ? ImGuiCol_TextDisabled : ImGuiCol_Text);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        for (std::size_t i = 0; i < lines.size(); ++i) {
            draw->AddText(ImVec2(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y + line * static_cast<float>(i)), colour,
                          lines[i].c_str());
        }
        const bool cut = !show_hint && !lines.empty() && lines.back().ends_with("…") && !text.ends_with("…");
        if (hovered && cut) ImGui::SetTooltip("%s", text.c_str());
    }
    ImGui::PopID();
    return left;
}

float levelToggleWidth() { return ImGui::GetFrameHeight() * 3.0f + ImGui::GetStyle().ItemSpacing.x * 0.5f; }

bool levelToggle(const char* id, int& level, const std::array<const char*, 3>& names) {
    static constexpr std::array<const char*, 3> kGlyphs = {"–", "½", "✓"};
    const std::array<ImVec4, 3> colours = {kWarning, kAccent, kSuccess};
    bool changed = false;
    ImGui::PushID(id);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x * 0.25f, 0));
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        const bool active = level == i;
        if (active) {
            ImGui::PushStyleColor(ImGuiCol_Button, colours[static_cast<std::size_t>(i)]);
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        }
        ImGui::PushID(i);
        if (ImGui::Button(kGlyphs[static_cast<std::size_t>(i)], ImVec2(ImGui::GetFrameHeight(), 0)) && !active) {
            level = i;
            changed = true;
        }
        ImGui::PopID();
        if (active) ImGui::PopStyleColor(2);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", names[static_cast<std::size_t>(i)]);
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
    return changed;
}

void readinessBar(int percent, ImVec2 size) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = size.x < 0 ? ImGui::GetContentRegionAvail().x : size.x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + size.y);
    draw->AddRectFilled(pos, end, ImGui::GetColorU32(ImVec4(0.85f, 0.86f, 0.88f, 1.0f)), size.y * 0.5f);
    const float fraction = static_cast<float>(std::clamp(percent, 0, 100)) / 100.0f;
    const ImVec4 colour = percent >= 70 ? kSuccess : (percent >= 35 ? kAccent : kWarning);
    if (fraction > 0.0f)
        draw->AddRectFilled(pos, ImVec2(pos.x + width * fraction, end.y), ImGui::GetColorU32(colour), size.y * 0.5f);
    ImGui::Dummy(ImVec2(width, size.y));
}

void hintText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

std::optional<std::string> ValidatedInput::draw(const char* label, const std::string& shown, const Parser& parse,
                                                const char* error_text, const char* hint) {
    if (!editing_) buffer_ = shown;
    if (invalid_) ImGui::PushStyleColor(ImGuiCol_Border, kDanger);
    ImGui::InputTextWithHint(label, hint ? hint : "", &buffer_);
    if (invalid_) ImGui::PopStyleColor();
    if (ImGui::IsItemActivated()) editing_ = true;
    std::optional<std::string> committed;
    if (ImGui::IsItemDeactivated()) {
        editing_ = false;
        const auto parsed = parse(buffer_);
        invalid_ = !parsed.has_value();
        if (parsed && buffer_ != shown) committed = parsed;
    }
    if (invalid_) {
        ImGui::PushStyleColor(ImGuiCol_Text, kDanger);
        ImGui::TextWrapped("%s", error_text);
        ImGui::PopStyleColor();
    }
    return committed;
}

bool MoneyInput::draw(const char* label, std::int64_t& cents, const std::string& currency,
                      const i18n::Translator& tr) {
    const auto parse = [&tr](const std::string& text) -> std::optional<std::string> {
        const auto parsed = i18n::parseMoneyCents(text, tr.language());
        if (!parsed) return std::nullopt;
        return std::to_string(*parsed);
    };
    const auto committed =
        input_.draw(label, i18n::formatMoney(model::Money{cents, currency}, tr.language()), parse, tr.text("money.invalid"));
    if (!committed) return false;
    const std::int64_t value = std::stoll(*committed);
    if (value == cents) return false;
    cents = value;
    return true;
}

bool listRemoveButton(const char* remove_tooltip) {
    const bool pressed = ImGui::Button("✕##remove", ImVec2(ImGui::GetFrameHeight(), 0));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", remove_tooltip);
    return pressed;
}

bool listAddButton(const char* add_label) { return ImGui::SmallButton(add_label); }

bool stringListEditor(const char* id, std::vector<std::string>& items, const char* hint, const char* add_label,
                      const char* remove_tooltip, int focus_index) {
    const std::string* focused = focus_index >= 0 && focus_index < static_cast<int>(items.size())
                                     ? &items[static_cast<std::size_t>(focus_index)]
                                     : nullptr;
    return listEditor(id, items, add_label, remove_tooltip, [hint, focused](std::string& item, float width) {
        if (&item == focused) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(width);
        ImGui::InputTextWithHint("##item", hint, &item);
        return ImGui::IsItemDeactivatedAfterEdit();
    });
}

}  // namespace etappe::ui
