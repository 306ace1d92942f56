// Zoom, Escape on menus and the command line's language (issue 10, items 8 and 18).
#include <doctest/doctest.h>

#include <imgui_internal.h>  // the hovered window and its scroll

#include "app_fixture.h"
#include "shell/command_line.h"
#include "storage/paths.h"
#include "storage/settings.h"
#include "ui/keys.h"
#include "ui/zoom.h"

using namespace etappe;
using testing::AppDriver;

namespace {
// Turns the mouse wheel by `notches` for one frame, with or without Ctrl.
void wheel(AppDriver& d, float notches, bool ctrl) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.MouseWheel = notches;
    d.frames(1);
    io.MouseWheel = 0.0f;
    d.frames(1);
    io.KeyCtrl = false;
}
}  // namespace

TEST_CASE("Ctrl+Plus, Ctrl+Minus and Ctrl+0 zoom in steps; the zoom is remembered") {
    AppDriver d(testing::sampleOn("plan"));
    CHECK(d.app->zoom() == ui::kDefaultZoom);
    d.key(ui::kKeyKeypadAdd, true);  // the German + key arrives as the keypad's + (key_layout)
    CHECK(d.app->zoom() == doctest::Approx(1.1f));
    d.key(ui::kKeyEqual, true, true);  // US: Ctrl+Shift+= is Ctrl++
    CHECK(d.app->zoom() == doctest::Approx(1.25f));
    d.key(ui::kKeyEqual, true);  // US: Ctrl+= as browsers take it
    CHECK(d.app->zoom() == doctest::Approx(1.5f));
    d.key(ui::kKeyMinus, true);
    CHECK(d.app->zoom() == doctest::Approx(1.25f));
    d.key(ui::kKeyKeypadSubtract, true);
    CHECK(d.app->zoom() == doctest::Approx(1.1f));
    d.key(ui::kKeyEqual);  // without Ctrl it is typing, not zooming
    CHECK(d.app->zoom() == doctest::Approx(1.1f));
    d.key(ui::kKeyZero, true);
    CHECK(d.app->zoom() == ui::kDefaultZoom);
    for (int i = 0; i < 20; ++i) d.key(ui::kKeyKeypadAdd, true);
    CHECK(d.app->zoom() == doctest::Approx(ui::kMaxZoom));
    CHECK(d.app->settings().zoom == doctest::Approx(ui::kMaxZoom));

    // A restart comes back at the same zoom (the settings file in the driver's home).
    d.start(testing::sampleOn("plan"));
    CHECK(d.app->zoom() == doctest::Approx(ui::kMaxZoom));
    CHECK(storage::loadSettings(storage::settingsPath()).zoom == doctest::Approx(ui::kMaxZoom));
}

TEST_CASE("Ctrl+wheel zooms and does not scroll; the wheel alone scrolls") {
    AppDriver d(testing::sampleOn("customers"));
    // Over the customer editor, which is longer than its pane.
    d.ui.moveMouse(d.probes.at("class.B").centre());
    d.frames(1);
    const ImGuiWindow* editor = ImGui::GetCurrentContext()->HoveredWindow;
    REQUIRE(editor != nullptr);
    wheel(d, -1.0f, true);
    CHECK(d.app->zoom() == doctest::Approx(0.9f));
    CHECK(editor->Scroll.y == 0.0f);
    wheel(d, 1.0f, true);
    wheel(d, 1.0f, true);
    CHECK(d.app->zoom() == doctest::Approx(1.1f));
    wheel(d, -1.0f, true);
    wheel(d, -1.0f, true);
    CHECK(d.app->zoom() == doctest::Approx(0.9f));
    // A touchpad's fractions add up to a step.
    wheel(d, 0.5f, true);
    CHECK(d.app->zoom() == doctest::Approx(0.9f));
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    io.MouseWheel = 0.6f;
    d.frames(1);
    io.MouseWheel = 0.0f;
    io.KeyCtrl = false;
    d.frames(1);
    CHECK(d.app->zoom() == doctest::Approx(1.0f));
    wheel(d, -1.0f, false);
    CHECK(d.app->zoom() == doctest::Approx(1.0f));
    CHECK(editor->Scroll.y > 0.0f);
}

TEST_CASE("Escape closes an open menu, but leaves a modal question to its own buttons") {
    AppDriver d(testing::sampleOn("customers"));
    d.click("menu.view");
    CHECK(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
    d.key(256);  // Escape
    CHECK_FALSE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
    // The menu is closed for good, not reopened by the next frames.
    d.frames(3);
    CHECK_FALSE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
}

TEST_CASE("without --lang the command line speaks the language saved in the settings") {
    testing::TempHome home;  // its own XDG folders, so the rep's settings are not touched
    std::string error;
    auto cl = app::parseCommandLine({"--coach", "Kunden anrufen"}, error);
    REQUIRE(cl);
    CHECK(app::languageFor(*cl) == i18n::Language::English);  // nothing saved yet
    storage::Settings settings;
    settings.language = i18n::Language::German;
    i18n::Message folder_error;
    storage::ensureFolder(storage::configDir(), folder_error);
    REQUIRE(storage::saveSettings(storage::settingsPath(), settings).ok());
    CHECK(app::languageFor(*cl) == i18n::Language::German);
    cl = app::parseCommandLine({"--lang", "en", "--coach", "Kunden anrufen"}, error);
    REQUIRE(cl);
    CHECK(app::languageFor(*cl) == i18n::Language::English);  // --lang wins for this run
}
