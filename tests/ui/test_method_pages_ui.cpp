// The Method screen (issue 12, item 2): arrows and Page Up/Down turn the
// pages, the indicator follows, and each page draws at projector size.
#include <doctest/doctest.h>

#include <imgui_internal.h>

#include "app_fixture.h"
#include "method/method_pages.h"
#include "views/method_pages_view.h"

using namespace etappe;
using testing::AppDriver;

namespace {
constexpr int kLeft = 263, kRight = 262, kPageUp = 266, kPageDown = 267;

app::MethodPagesView& methodView(AppDriver& d) {
    auto* entry = d.app->screens().find("method");
    REQUIRE(entry);
    return *static_cast<app::MethodPagesView*>(entry->screen.get());
}
}  // namespace

TEST_CASE("arrows and Page Up/Down turn the method pages; the title follows") {
    AppDriver d(testing::sampleOn("method"));
    ImGui::GetIO().KeyMap[ImGuiKey_PageUp] = kPageUp;  // as the GLFW backend maps them
    ImGui::GetIO().KeyMap[ImGuiKey_PageDown] = kPageDown;
    CHECK(d.app->screenId() == "method");
    CHECK(d.probes.count("screen.method"));  // in the sidebar
    auto& view = methodView(d);
    CHECK(view.page() == 0);
    CHECK(d.probes.count("method.title.buying"));

    d.key(kRight);
    CHECK(view.page() == 1);
    d.frames(1);
    CHECK(d.probes.count("method.title.knowledge"));
    d.key(kPageDown);
    CHECK(view.page() == 2);
    d.key(kPageUp);
    d.key(kLeft);
    CHECK(view.page() == 0);
    d.key(kLeft);
    CHECK(view.page() == 0);  // stays on the first

    d.click("method.next");
    CHECK(view.page() == 1);

    // Every page draws, in both languages and in presentation mode, without breaking the frame.
    d.app->setPresenting(true);
    for (i18n::Language language : {i18n::Language::English, i18n::Language::German}) {
        d.app->setLanguage(language);
        view.setPage(0);
        for (std::size_t i = 0; i < method::kMethodPages.size(); ++i) {
            d.probes.clear();
            d.frames(2);
            CHECK(d.probes.count("method.title." + std::string(method::kMethodPages[i].key)));
            CHECK(d.probes.count("method.indicator"));
            d.key(kRight);
        }
        CHECK(view.page() == method::kMethodPages.size() - 1);
    }
}

TEST_CASE("the activities page judges what is typed, the ABC page shows the open file's Pareto") {
    AppDriver d(testing::sampleOn("method"));
    auto& view = methodView(d);
    view.setPage(6);
    d.frames(2);
    REQUIRE(d.probes.count("method.try"));
    d.click("method.try");
    d.type("Akquisition erhöhen");
    d.frames(1);
    CHECK(d.probes.count("method.coach.flagged"));
    // While typing, the arrows move the text cursor, not the page.
    d.key(kLeft);
    CHECK(view.page() == 6);

    view.setPage(7);
    d.frames(2);
    CHECK(d.probes.count("method.pareto"));
}
