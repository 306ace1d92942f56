// Feature, advantage and benefit are sentences: their fields wrap instead of
// showing the first words (issue 10, item 18).
#include <doctest/doctest.h>

#include <string>

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
    io.KeysDown[io.KeyMap[ImGuiKey_End]] = true;
    ui.frame(draw);
    io.KeysDown[io.KeyMap[ImGuiKey_End]] = false;
    ui.type(" Gut.", draw);
    ui.key(257, draw);  // Enter leaves the field (Ctrl+Enter would start a new line)
    CHECK(left);
    CHECK(text.ends_with("Gut."));
    CHECK(text.find('\n') == std::string::npos);
    CHECK_FALSE(ImGui::IsAnyItemActive());
}
