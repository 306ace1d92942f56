// Feature, advantage and benefit are sentences: their fields wrap instead of
// showing the first words (issue 10, item 18).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include <imgui_internal.h>

#include "harness.h"
#include "ui/widgets.h"

using namespace etappe;
using testing::HeadlessUi;

TEST_CASE("a wrapped field shows a long sentence over several lines and edits it when clicked") {
    HeadlessUi ui;
    std::string text = "Die Antriebe laufen mit 12 % weniger Energie, weil die Regelung die Last der Abfüllung vorhersieht.";
    bool left = false;
    ImVec2 min, max;
    const auto draw = [&] {
        testing::inFullWindow([&] {
            left |= ui::wrappedTextField("##benefit", text, "Nutzen", 300.0f);
            min = ImGui::GetItemRectMin();
            max = ImGui::GetItemRectMax();
        });
    };
    ui.frames(2, draw);
    const float line = ImGui::GetTextLineHeight();
    CHECK(max.y - min.y >= 3.0f * line);  // three lines or more, not one cut line
    CHECK(max.x - min.x == doctest::Approx(300.0f));

    // Empty: one line high, with the hint.
    std::string empty;
    ImVec2 empty_min, empty_max;
    ui.frames(2, [&] {
        testing::inFullWindow([&] {
            ui::wrappedTextField("##empty", empty, "Nutzen", 300.0f);
            empty_min = ImGui::GetItemRectMin();
            empty_max = ImGui::GetItemRectMax();
        });
    });
    CHECK(empty_max.y - empty_min.y < 2.0f * line);

    // A click goes straight into the field; typing and Enter change the text and report it once.
    ui.click(ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f), draw);
    CHECK(ImGui::IsAnyItemActive());
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;  // Ctrl+End: the end of the text (End alone: the end of the wrapped line)
    io.KeysDown[io.KeyMap[ImGuiKey_End]] = true;
    ui.frame(draw);
    io.KeysDown[io.KeyMap[ImGuiKey_End]] = false;
    io.KeyCtrl = false;
    ui.type(" Gut.", draw);
    ui.key(257, draw);  // Enter leaves the field (Ctrl+Enter would start a new line)
    CHECK(left);
    CHECK(text.ends_with("Gut."));
    CHECK(text.find('\n') == std::string::npos);
    CHECK_FALSE(ImGui::IsAnyItemActive());
}

namespace {
// The field being typed in: ImGui's own state (its display buffer, its sideways scroll).
const ImGuiInputTextState& activeState() { return ImGui::GetCurrentContext()->InputTextState; }
}  // namespace

TEST_CASE("typing a long sentence into a notes field wraps it while typing; the stored text has no inserted breaks") {
    HeadlessUi ui;
    std::string notes;
    bool left = false;
    ImVec2 min, max;
    float scroll_x = 0.0f, inner_width = 0.0f;
    const float width = 320.0f;
    const auto draw = [&] {
        testing::inFullWindow([&] {
            left |= ui::wrappedTextEditor("##notes", notes, width, 2, 8);
            min = ImGui::GetItemRectMin();
            max = ImGui::GetItemRectMax();
            ImGui::Button("elsewhere");
        });
        // The field's own scrolling window: never scrolled sideways.
        for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
            if (std::string_view(w->Name).find("##edit") != std::string_view::npos) {
                scroll_x = std::max(scroll_x, w->Scroll.x);
                inner_width = w->InnerRect.GetWidth();
            }
        }
    };
    ui.frames(2, draw);
    const float line = ImGui::GetTextLineHeight();
    const float empty_height = max.y - min.y;
    CHECK(empty_height < 3.0f * line);

    ui.click(ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f), draw);
    REQUIRE(ImGui::IsAnyItemActive());
    const std::string sentence =
        "Herr Brandt möchte die Umstellung der Linie 3 vor dem Sommer abschließen, weil dann die Saison "
        "für Getränkeverpackungen beginnt und jeder Stillstand teuer wird.";
    std::size_t i = 0;
    while (i < sentence.size()) {  // one character a frame, as a person types
        std::size_t n = 1;
        while (i + n < sentence.size() && (static_cast<unsigned char>(sentence[i + n]) & 0xC0u) == 0x80u) ++n;
        ui.type(sentence.substr(i, n), draw);
        i += n;
        CHECK(notes == sentence.substr(0, i));  // the text as typed, no inserted breaks
        CHECK(activeState().ScrollX == 0.0f);
    }
    CHECK(scroll_x == 0.0f);
    CHECK(max.x - min.x == doctest::Approx(width));
    CHECK(max.y - min.y >= 4.0f * line);  // grew with the lines
    // While typing the field shows the sentence over several lines, each inside the field.
    const std::string display(activeState().TextA.Data, static_cast<std::size_t>(activeState().CurLenA));
    CHECK(std::count(display.begin(), display.end(), '\n') >= 3);
    std::size_t start = 0;
    while (start <= display.size()) {
        const std::size_t end = std::min(display.find('\n', start), display.size());
        std::string shown = display.substr(start, end - start);
        while (!shown.empty() && shown.back() == ' ') shown.pop_back();  // spaces may hang over the edge
        CHECK(ImGui::CalcTextSize(shown.c_str()).x <= inner_width);
        start = end + 1;
    }

    // The field undoes its own typing (Ctrl+Z), the whole run at once, and redoes it (Ctrl+Y).
    ui.key('Z', draw, true);
    CHECK(notes.empty());
    ui.key('Y', draw, true);
    CHECK(notes == sentence);

    // The cursor stays where the user types: five characters back, then "X".
    ImGuiIO& io = ImGui::GetIO();
    for (int k = 0; k < 5; ++k) ui.key(io.KeyMap[ImGuiKey_LeftArrow], draw);
    ui.type("X", draw);
    CHECK(notes == sentence.substr(0, sentence.size() - 5) + "X" + sentence.substr(sentence.size() - 5));
    // Backspace takes it away again.
    ui.key(io.KeyMap[ImGuiKey_Backspace], draw);
    CHECK(notes == sentence);
    // Enter makes a line of the user's own, which stays.
    ui.key(io.KeyMap[ImGuiKey_End], draw);
    ui.key(257, draw);
    ui.type("Zweiter Absatz.", draw);
    CHECK(notes == sentence + "\nZweiter Absatz.");
    CHECK_FALSE(left);

    // Leaving the field reports the edit once; read, it still wraps.
    ui.click(ImVec2(max.x - 5.0f, max.y + line), draw);
    CHECK(left);
    CHECK_FALSE(ImGui::IsAnyItemActive());
    CHECK(notes == sentence + "\nZweiter Absatz.");
    CHECK(max.y - min.y >= 5.0f * line);
}
