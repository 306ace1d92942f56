// docs/architecture.md promises that a new screen is a class and one entry in
// the list of screens: the sidebar, the first screen (--view) and the screen's own
// shortcuts follow, and it changes the document only through edits. Tried
// here with a tiny screen that exists only in this test.
#include <doctest/doctest.h>

#include "app_fixture.h"
#include "history/edit.h"
#include "shell/screen_registry.h"

using namespace etappe;
using testing::AppDriver;

namespace {

// A throwaway "notes" screen: it shows the portfolio's title, and Ctrl+K renames it.
class TinyNotesScreen : public app::Screen {
public:
    static constexpr app::ScreenInfo kInfo{"tiny_notes", "screen.tiny_notes"};
    void draw(app::UiContext& ctx) override {
        ++frames_drawn;
        ImGui::TextUnformatted(ctx.portfolio().title.c_str());
    }
    std::vector<app::Shortcut> shortcuts() override {
        return {app::Shortcut{ui::ctrlKey('K'), false, [](app::UiContext& ctx) {
                                  ctx.apply(history::changeTitle(ctx.portfolio().title, "Notizen"));
                              }}};
    }
    int frames_drawn = 0;
};

app::AppOptions withTinyScreen(const char* view) {
    app::AppOptions options = testing::sampleOn(view);
    options.screens.push_back(app::screenTypeOf<TinyNotesScreen>());
    return options;
}

}  // namespace

TEST_CASE("a screen added to the list gets a sidebar entry, opens by its --view name, and its keys act only where it shows") {
    AppDriver d(withTinyScreen("customers"));
    auto& tiny = d.app->screens().get<TinyNotesScreen>();
    d.frames(1);
    REQUIRE(d.probes.count("screen.tiny_notes"));  // the sidebar follows the list
    CHECK(tiny.frames_drawn == 0);

    // Its shortcut does nothing while another screen shows.
    const std::string title = d.portfolio().title;
    d.key('K', true);
    CHECK(d.portfolio().title == title);

    // A click in the sidebar shows it; then its shortcut edits the document, undoable like any edit.
    d.click("screen.tiny_notes");
    CHECK(d.app->screenId() == "tiny_notes");
    d.frames(1);
    CHECK(tiny.frames_drawn > 0);
    d.key('K', true);
    CHECK(d.portfolio().title == "Notizen");
    d.key('Z', true);
    CHECK(d.portfolio().title == title);

}

TEST_CASE("an app started with --view of the added screen opens on it") {
    AppDriver d(withTinyScreen("tiny_notes"));
    CHECK(d.app->screenId() == "tiny_notes");
}
