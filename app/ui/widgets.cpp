#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "i18n/format.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/probe.h"
#include "ui/soft_wrap.h"
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

namespace {

// The one wrapped field being typed in (only one item is active at a time): the
// display it shows, the text behind it, and the display it started with.
struct WrappedEditing {
    ImGuiID id = 0;
    SoftWrap initial;       // at activation: Escape restores this display
    SoftWrap shown;         // in the field after the last callback
    std::string text;       // `shown` without its inserted breaks
    std::string buffer;     // the field's buffer between frames
    std::size_t cursor = 0;  // display offset after the last callback
    float width = 0.0f;
    bool called = false;    // the callback ran this frame
    // The field's own undo (ImGui's records offsets in a display that rewrapping changes):
    // the text before each run of typing.
    struct Snapshot {
        std::string text;
        std::size_t cursor = 0;  // text offset
    };
    std::vector<Snapshot> undo, redo;
    std::size_t run_end = std::string::npos;  // text offset where the current run of typing ends
    double run_time = 0.0;
};
WrappedEditing g_wrapped;

struct WrapCall {
    ImGuiID id;
    float width;
    int max_lines;
    const SoftWrap* fresh;  // the display drawn this frame when the field was not active
};

AdvanceFn currentAdvance() {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    return [font, scale](char32_t cp) {
        const ImWchar c = cp <= IM_UNICODE_CODEPOINT_MAX ? static_cast<ImWchar>(cp) : static_cast<ImWchar>(0xFFFD);
        return font->GetCharAdvance(c) * scale;
    };
}

// The text wrapped to the inside of a field `width` wide; past `max_lines` the
// field scrolls and its scroll bar takes room.
SoftWrap wrapForField(std::string_view text, float width, int max_lines) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float inside = width - 2.0f * style.FramePadding.x - 1.0f;  // 1: the cursor after the last character
    const AdvanceFn advance = currentAdvance();
    SoftWrap wrap = softWrap(text, inside, advance);
    if (wrap.lines > max_lines) wrap = softWrap(text, inside - style.ScrollbarSize, advance);
    return wrap;
}

// Puts `text` into the field wrapped, the cursor (a text offset) and selection where given.
void replaceField(ImGuiInputTextCallbackData* data, const SoftWrap& wrap, std::size_t cursor, std::size_t selection_start,
                  std::size_t selection_end) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, wrap.display.data(), wrap.display.data() + wrap.display.size());
    data->CursorPos = static_cast<int>(textToDisplay(cursor, wrap.breaks));
    data->SelectionStart = static_cast<int>(textToDisplay(selection_start, wrap.breaks));
    data->SelectionEnd = static_cast<int>(textToDisplay(selection_end, wrap.breaks));
}

// Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) in the field: 1 undo, -1 redo, 0 neither.
int undoKey() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt) return 0;
    if (ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_Z])) return io.KeyShift ? -1 : 1;
    if (!io.KeyShift && ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_Y])) return -1;
    return 0;
}

int wrapCallback(ImGuiInputTextCallbackData* data) {
    const auto& call = *static_cast<const WrapCall*>(data->UserData);
    WrappedEditing& e = g_wrapped;
    if (e.id != call.id) {  // activated this frame: the field holds what was drawn
        e = WrappedEditing{};
        e.id = call.id;
        e.initial = *call.fresh;
        e.shown = *call.fresh;
        e.text = withoutSoftBreaks(e.shown.display, e.shown.breaks);
        e.width = call.width;
        e.cursor = static_cast<std::size_t>(data->CursorPos);
    }
    e.called = true;
    // ImGui's undo would replay offsets of displays wrapped differently: the field keeps its own.
    if (ImGuiInputTextState* state = ImGui::GetInputTextState(call.id)) {
        state->Stb.undostate.undo_point = 0;
        state->Stb.undostate.undo_char_point = 0;
        state->Stb.undostate.redo_point = STB_TEXTEDIT_UNDOSTATECOUNT;
        state->Stb.undostate.redo_char_point = STB_TEXTEDIT_UNDOCHARCOUNT;
    }
    if (const int step = undoKey(); step != 0 && !(data->Flags & ImGuiInputTextFlags_ReadOnly)) {
        auto& from = step > 0 ? e.undo : e.redo;
        auto& to = step > 0 ? e.redo : e.undo;
        if (!from.empty()) {
            to.push_back({e.text, displayToText(e.cursor, e.shown.breaks)});
            WrappedEditing::Snapshot back = std::move(from.back());
            from.pop_back();
            SoftWrap wrap = wrapForField(back.text, call.width, call.max_lines);
            replaceField(data, wrap, back.cursor, back.cursor, back.cursor);
            e.shown = std::move(wrap);
            e.text = std::move(back.text);
            e.width = call.width;
            e.cursor = static_cast<std::size_t>(data->CursorPos);
            e.run_end = std::string::npos;
        }
        return 0;
    }
    const std::string_view edited(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    const auto cursor = static_cast<std::size_t>(data->CursorPos);
    if (edited == e.shown.display && call.width == e.width) {
        e.cursor = cursor;
        return 0;
    }
    const TextEdit edit = readEdit(e.shown, e.cursor, edited, cursor, static_cast<std::size_t>(data->SelectionStart),
                                   static_cast<std::size_t>(data->SelectionEnd));
    if (edit.text != e.text) {
        // A new undo step unless this continues the run of typing just before (same place, within a second).
        const std::size_t cursor_before = displayToText(e.cursor, e.shown.breaks);
        const double now = ImGui::GetTime();
        if (cursor_before != e.run_end || now - e.run_time > 1.0 || e.undo.empty()) {
            e.undo.push_back({e.text, cursor_before});
            if (e.undo.size() > 100) e.undo.erase(e.undo.begin());
        }
        e.redo.clear();
        e.run_end = edit.cursor;
        e.run_time = now;
    }
    SoftWrap wrap = wrapForField(edit.text, call.width, call.max_lines);
    if (wrap.display != edited) replaceField(data, wrap, edit.cursor, edit.selection_start, edit.selection_end);
    e.shown = std::move(wrap);
    e.text = edit.text;
    e.width = call.width;
    e.cursor = static_cast<std::size_t>(data->CursorPos);
    return 0;
}

bool wrappedField(const char* id, std::string& text, const char* hint, float width, int min_lines, int max_lines,
                  ImGuiInputTextFlags flags) {
    ImGui::PushID(id);
    const ImGuiID edit_id = ImGui::GetID("##edit");
    const ImGuiStyle& style = ImGui::GetStyle();
    max_lines = std::max(1, max_lines);
    min_lines = std::clamp(min_lines, 1, max_lines);
    const bool editing = g_wrapped.id == edit_id && ImGui::GetActiveID() == edit_id;
    if (g_wrapped.id == edit_id && !editing) g_wrapped = WrappedEditing{};  // left in a frame that did not draw it
    const SoftWrap fresh = editing ? SoftWrap{} : wrapForField(text, width, max_lines);
    const int lines = std::clamp(editing ? g_wrapped.shown.lines : fresh.lines, min_lines, max_lines);
    const float line = ImGui::GetTextLineHeight();
    // The field's content is its lines and one frame padding below them; the child adds its padding around.
    const ImVec2 size(width, line * static_cast<float>(lines) + 3.0f * style.FramePadding.y);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    std::string local;
    std::string& buffer = editing ? g_wrapped.buffer : local;
    if (!editing) local = fresh.display;
    g_wrapped.called = false;
    const WrapCall call{edit_id, width, max_lines, &fresh};
    ImGui::InputTextMultiline("##edit", &buffer, size,
                              flags | ImGuiInputTextFlags_NoHorizontalScroll | ImGuiInputTextFlags_CallbackAlways,
                              wrapCallback, const_cast<WrapCall*>(&call));
    const bool active = ImGui::IsItemActive();
    if (g_wrapped.id == edit_id) {
        if (g_wrapped.called) {
            if (text != g_wrapped.text) text = g_wrapped.text;
        } else if (buffer != g_wrapped.shown.display) {  // Escape put back the display it started with
            text = withoutSoftBreaks(buffer, g_wrapped.initial.breaks);
        }
        if (&buffer == &local) g_wrapped.buffer = local;
        if (!active) g_wrapped = WrappedEditing{};
    }
    if (text.empty() && !active && hint != nullptr && *hint != '\0') {
        // One line, cut with "…" inside the frame (an empty field is one line high).
        const std::string shown = fitToWidth(hint, width - 2.0f * style.FramePadding.x);
        ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y),
                                            ImGui::GetColorU32(ImGuiCol_TextDisabled), shown.c_str());
    }
    const bool left = ImGui::IsItemDeactivatedAfterEdit();
    ImGui::PopID();
    return left;
}

}  // namespace

bool wrappedTextField(const char* id, std::string& text, const char* hint, float width, int max_lines) {
    return wrappedField(id, text, hint, width, 1, max_lines, ImGuiInputTextFlags_CtrlEnterForNewLine);
}

bool wrappedTextEditor(const char* id, std::string& text, float width, int min_lines, int max_lines, const char* hint) {
    if (width <= 0.0f) width = ImGui::GetContentRegionAvail().x;
    return wrappedField(id, text, hint, width, min_lines, max_lines, 0);
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

namespace {

void colouredWrappedText(const ImVec4& colour, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

}  // namespace

void hintText(const char* text) { colouredWrappedText(kMutedText, text); }

void warningText(const char* text) { colouredWrappedText(kWarning, text); }

bool beginDeleteQuestion(const char* label, bool& ask) {
    if (ask) {
        ImGui::OpenPopup(label);
        ask = false;
    }
    ImGui::SetNextWindowSize(ImVec2(em(26.0f), 0));
    return ImGui::BeginPopupModal(label, nullptr, ImGuiWindowFlags_NoResize);
}

bool confirmDeleteButtons(const char* confirm_label, const char* cancel_label, const char* probe) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Button, kDanger);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const bool confirmed = ImGui::Button(confirm_label);
    reportItem(probe);
    ImGui::PopStyleColor(2);
    ImGui::SameLine();
    if (ImGui::Button(cancel_label) || namedKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    return confirmed;
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
        return wrappedTextField("##item", item, hint, width);
    });
}

}  // namespace etappe::ui
