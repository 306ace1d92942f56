// Layouts at the smallest supported window (1024×640) and at a projector's
// 200 % zoom: nothing the rep needs lies outside the window or shrinks to a
// few letters (issue 10, items 7, 17 and 18).
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "app_fixture.h"
#include "drawn_text.h"
#include "history/edit.h"
#include "method/conversation_steps.h"
#include "views/method_pages_view.h"
#include "ui/fonts.h"

using namespace etappe;
using testing::AppDriver;

namespace {

// The window size and zoom as the platform would set them: display size, fonts rebuilt, theme scaled.
void showAt(AppDriver& d, float width, float height, float zoom) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    ui::loadFonts(zoom);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    d.app->setContentScale(zoom);
    d.probes.clear();
    d.frames(3);
}

void checkInside(AppDriver& d, const std::string& probe) {
    CAPTURE(probe);
    REQUIRE(d.probes.count(probe));
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    CHECK(d.probes.at(probe).min.x >= 0.0f);
    CHECK(d.probes.at(probe).max.x <= display.x);  // (lower down, a page may scroll)
}

float widthOf(AppDriver& d, const std::string& probe) {
    REQUIRE(d.probes.count(probe));
    return d.probes.at(probe).max.x - d.probes.at(probe).min.x;
}

struct Size {
    float width, height, zoom;
};
constexpr Size kSizes[] = {{1024, 640, 1.0f}, {1280, 800, 1.0f}, {1920, 1080, 1.0f}, {1920, 1080, 2.0f}, {1280, 800, 2.0f}};

}  // namespace

TEST_CASE("the plan's buttons, fields and all 16 stations stay inside the window") {
    AppDriver d(testing::sampleOn("plan"));
    for (const Size& size : kSizes) {
        CAPTURE(size.width);
        CAPTURE(size.zoom);
        showAt(d, size.width, size.height, size.zoom);
        for (const char* probe : {"plan.new", "plan.copy_last", "plan.delete", "plan.goal", "plan.next_activity"})
            checkInside(d, probe);
        for (int station = 1; station <= 16; ++station) checkInside(d, "path.station." + std::to_string(station));
        for (int state = 0; state < 4; ++state) CHECK(d.probes.count("path.legend." + std::to_string(state)));
        // The goal field keeps room for a sentence, not five characters.
        CHECK(widthOf(d, "plan.goal") >= ui::em(15.0f));
    }
}

TEST_CASE("a narrowed customer or plan picker ends its text in \"…\" and shows it whole on hover") {
    AppDriver d(testing::sampleOn("plan"));
    const model::Customer* shown = d.portfolio().findCustomer(d.app->plannerView().customerId());
    REQUIRE(shown);
    model::Customer renamed = *shown;
    renamed.name = "Strassberger Fördersysteme und Anlagenbau GmbH & Co. KG, Werk Regensburg";
    REQUIRE(d.app->session().document().apply(history::changeCustomer(d.portfolio(), *shown, renamed)));
    const model::ConversationPlan& plan = renamed.plans.back();
    REQUIRE_FALSE(plan.goal.empty());
    showAt(d, 1024, 640, 1.0f);
    const std::string text = testing::drawnText(d);
    CHECK(text.find("Strassberger Fördersysteme") != std::string::npos);
    CHECK(text.find("…") != std::string::npos);
    CHECK(text.find(renamed.name) == std::string::npos);  // cut, not clipped mid-letter or run under the arrow
    CHECK(text.find(plan.goal) == std::string::npos);

    d.ui.moveMouse(d.probes.at("plan.customer").centre());
    d.frames(2);
    CHECK(testing::drawnText(d).find(renamed.name) != std::string::npos);
    d.ui.moveMouse(d.probes.at("plan.choose").centre());
    d.frames(2);
    CHECK(testing::drawnText(d).find(plan.goal) != std::string::npos);
}

TEST_CASE("goal inputs and the customer toolbar keep their width in a small window") {
    AppDriver d(testing::sampleOn("goals"));
    for (const Size& size : kSizes) {
        CAPTURE(size.width);
        CAPTURE(size.zoom);
        showAt(d, size.width, size.height, size.zoom);
        for (const char* probe : {"goals.customers_now", "goals.customers_to_win"}) {
            checkInside(d, probe);
            CHECK(widthOf(d, probe) >= ui::em(8.0f));
        }
    }
    d.app->showScreen("customers");
    for (const Size& size : kSizes) {
        CAPTURE(size.width);
        CAPTURE(size.zoom);
        showAt(d, size.width, size.height, size.zoom);
        for (const char* probe : {"customers.search", "customers.filter.C", "customers.add"}) checkInside(d, probe);
    }
}

TEST_CASE("the status message never runs into the customer count") {
    AppDriver d(testing::sampleOn("customers"));
    d.app->notifications().status(std::string(300, 'x') + " ein sehr langer Hinweis", d.now);
    for (const Size& size : kSizes) {
        CAPTURE(size.width);
        showAt(d, size.width, size.height, size.zoom);
        REQUIRE(d.probes.count("status.message"));
        CHECK(d.probes.at("status.message").max.x < d.probes.at("status.count").min.x);
        checkInside(d, "status.count");
    }
}

TEST_CASE("on a 1024×768 projector, the workshop's, the exercise banner's and the observer's buttons stay inside") {
    app::AppOptions options = testing::sampleOn("workshop");
    options.language = i18n::Language::German;  // the longer labels
    AppDriver d(options);
    for (const Size& size : {Size{1024, 768, 1.5f}, Size{1280, 720, 1.5f}}) {
        CAPTURE(size.width);
        d.app->showScreen("workshop");
        showAt(d, size.width, size.height, size.zoom);
        d.click("workshop.tab.exercises");  // the screen keeps the tab last used
        showAt(d, size.width, size.height, size.zoom);
        for (const char* kind : {"prepare_meeting", "rephrase_activities", "classify_customers", "debrief_meeting"})
            checkInside(d, std::string("workshop.add.") + kind);
        if (d.portfolio().exercises.empty()) d.click("workshop.add.classify_customers");

        d.app->showScreen("customers");  // the participant's banner above another screen
        showAt(d, size.width, size.height, size.zoom);
        for (const char* button : {"workshop.banner.go", "workshop.banner.done", "workshop.banner.next"}) checkInside(d, button);

        d.app->showScreen("observe");
        showAt(d, size.width, size.height, size.zoom);
        checkInside(d, "observe.new");

        d.app->showScreen("compare");
        showAt(d, size.width, size.height, size.zoom);
        for (const char* button : {"workshop.add_file", "workshop.run_compare", "workshop.clear_files"}) checkInside(d, button);
    }
}

TEST_CASE("in a 1024 px window the customer editor's hold-contact warning wraps and stays whole inside") {
    app::AppOptions options = testing::sampleOn("customers");
    options.language = i18n::Language::German;  // the longer text
    AppDriver d(options);
    d.key('N', true);  // a new customer: no goal yet, so the editor says to hold contact
    showAt(d, 1024, 640, 1.0f);
    d.scrollTo("class.hold_contact");
    checkInside(d, "class.hold_contact");
    const ui::ItemRect warning = d.probes.at("class.hold_contact");
    CHECK(warning.max.y - warning.min.y >= 2.0f * ImGui::GetTextLineHeight());  // on several lines, not cut off
}

TEST_CASE("on a projector, all 16 step names can be read on the plan and on the method's path, in English and German") {
    app::AppOptions options = testing::sampleOn("plan");
    options.present = true;
    AppDriver d(options);
    const auto words = [](std::string text) {  // one space between words, as a reader sees them
        std::string out;
        for (const char c : text) {
            const bool space = c == ' ' || c == '\n' || c == '\t';
            if (!space) out += c;
            else if (!out.empty() && out.back() != ' ') out += ' ';
        }
        return " " + out + " ";
    };
    for (const auto language : {i18n::Language::German, i18n::Language::English}) {
        d.app->setLanguage(language);
        const i18n::Translator tr(language);
        for (const Size& size : {Size{1024, 768, 1.5f}, Size{1280, 720, 1.5f}}) {
            for (const char* screen : {"plan", "method"}) {
                CAPTURE(screen);
                CAPTURE(size.width);
                d.app->showScreen(screen);
                if (std::string(screen) == "method") {
                    auto* entry = d.app->screens().find("method");
                    REQUIRE(entry);
                    static_cast<app::MethodPagesView*>(entry->screen.get())->setPage(3);  // the 16 steps
                }
                showAt(d, size.width, size.height, size.zoom);
                // Where the names go into a list under the path, the page scrolls to it like to any content.
                d.scrollTo(d.probes.count("path.name.16") ? "path.name.16" : "path.station.16");
                d.ui.moveMouse(ImVec2(-1.0f, -1.0f));  // no tooltip: ImGui's log ends with the first window after the page
                const std::string text = words(testing::drawnText(d));
                for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
                    const std::string name =
                        tr.text("step." + std::string(method::conversationStepKey(method::conversationStepAt(i))) + ".name");
                    CAPTURE(name);
                    CHECK(text.find(" " + name + " ") != std::string::npos);
                }
                for (int station = 1; station <= 16; ++station) checkInside(d, "path.station." + std::to_string(station));
                if (std::string(screen) == "plan")
                    for (int state = 0; state < 4; ++state) CHECK(d.probes.count("path.legend." + std::to_string(state)));
            }
        }
    }
}

TEST_CASE("on a projector, the priorities' distribution table shows its headers whole, the guidelines under the figures") {
    app::AppOptions options = testing::sampleOn("priorities");
    options.present = true;
    AppDriver d(options);
    for (const auto language : {i18n::Language::German, i18n::Language::English}) {
        d.app->setLanguage(language);
        const i18n::Translator tr(language);
        for (const Size& size : {Size{1024, 768, 1.5f}, Size{1280, 720, 1.5f}, Size{1920, 1080, 1.0f}}) {
            CAPTURE(size.width);
            showAt(d, size.width, size.height, size.zoom);
            d.scrollTo("priorities.distribution.header.0");
            d.ui.moveMouse(ImVec2(-1.0f, -1.0f));
            const std::string text = testing::drawnText(d);
            // Six columns where they fit; else the guidelines stand under the figures they belong to.
            const bool six = d.probes.count("priorities.distribution.header.5") > 0;
            if (size.zoom == 1.0f) CHECK(six);  // room enough: nothing changes
            const std::vector<const char*> keys =
                six ? std::vector<const char*>{"priorities.col_class", "priorities.col_customers", "priorities.col_guideline",
                                               "priorities.col_revenue", "priorities.col_guideline", "priorities.col_in_effect"}
                    : std::vector<const char*>{"priorities.col_class", "priorities.col_customers", "priorities.col_revenue",
                                               "priorities.col_in_effect"};
            for (std::size_t c = 0; c < keys.size(); ++c) {
                const std::string probe = "priorities.distribution.header." + std::to_string(c);
                CAPTURE(tr.text(keys[c]));
                checkInside(d, probe);
                // The header cell leaves room for its text and the cell's padding on both sides.
                const float room = widthOf(d, probe) - 2.0f * ImGui::GetStyle().CellPadding.x;
                CHECK(room >= ImGui::CalcTextSize(tr.text(keys[c])).x);
            }
            char guideline[64];
            std::snprintf(guideline, sizeof guideline, tr.text("priorities.guideline_value"), "65 %");
            CHECK((text.find(guideline) != std::string::npos) == !six);
        }
    }
}

TEST_CASE("on a projector, the drawings of the method's first pages stand above the fold, in English and German") {
    app::AppOptions options = testing::sampleOn("method");
    options.present = true;
    AppDriver d(options);
    auto* entry = d.app->screens().find("method");
    REQUIRE(entry);
    auto& view = *static_cast<app::MethodPagesView*>(entry->screen.get());
    for (const auto language : {i18n::Language::German, i18n::Language::English}) {
        d.app->setLanguage(language);
        for (const Size& size : {Size{1024, 768, 1.5f}, Size{1280, 720, 1.5f}}) {
            CAPTURE(size.width);
            for (const auto& [page, drawing] : {std::pair{0, "method.buying"}, std::pair{2, "method.positions"}}) {
                CAPTURE(drawing);
                view.setPage(static_cast<std::size_t>(page));
                showAt(d, size.width, size.height, size.zoom);
                REQUIRE(d.probes.count(drawing));
                checkInside(d, drawing);
                CHECK(d.probes.at(drawing).max.y <= d.probes.at("status.count").min.y);  // not under the status bar
            }
        }
    }
}

TEST_CASE("the development screen's tiles hold their wrapped labels, and its toolbar stays inside, in German") {
    app::AppOptions options = testing::sampleOn("development");
    options.language = i18n::Language::German;  // the longer labels
    AppDriver d(options);
    for (const Size& size : {Size{1024, 640, 1.0f}, Size{1280, 800, 1.0f}, Size{1920, 1080, 2.0f}}) {
        CAPTURE(size.width);
        CAPTURE(size.zoom);
        showAt(d, size.width, size.height, size.zoom);
        for (const char* probe : {"dev.days_30", "dev.days_90", "dev.days_365", "dev.days_all", "dev.export_md", "dev.export_html",
                                  "dev.export_json"})
            checkInside(d, probe);
        const i18n::Translator tr(i18n::Language::German);
        for (const auto& [id, key] : {std::pair{"dev.tile.reviews", "dev.reviews"}, {"dev.tile.completed", "dev.completed"},
                                      {"dev.tile.ok_ok", "dev.ok_ok"}, {"dev.tile.win_win", "dev.win_win"},
                                      {"dev.tile.goal", "dev.goal_rate"}, {"dev.tile.kept", "dev.kept"}}) {
            checkInside(d, id);
            const ui::ItemRect tile = d.probes.at(id);
            // Wrapped between words only: the label's widest line holds its longest word whole.
            const std::string label = tr.text(key);
            float widest_word = 0.0f;
            for (std::size_t start = 0, end = 0; start < label.size(); start = end + 1) {
                end = std::min(label.find(' ', start), label.size());
                widest_word = std::max(widest_word, ImGui::CalcTextSize(label.data() + start, label.data() + end).x);
            }
            CHECK(d.probes.at(std::string(id) + ".label").max.x - d.probes.at(std::string(id) + ".label").min.x >= widest_word - 0.5f);
            for (const std::string part : {".label", ".change"}) {
                CAPTURE(id + part);
                REQUIRE(d.probes.count(id + part));
                const ui::ItemRect text = d.probes.at(id + part);
                CHECK(text.min.x >= tile.min.x);
                CHECK(text.max.x <= tile.max.x);
                CHECK(text.max.y <= tile.max.y);  // not cut off at the tile's bottom
            }
        }
    }
}

TEST_CASE("the review's toolbar wraps inside a narrow pane, in German") {
    app::AppOptions options = testing::sampleOn("review");
    options.language = i18n::Language::German;
    AppDriver d(options);
    for (const Size& size : {Size{1024, 640, 1.0f}, Size{1280, 800, 1.0f}}) {
        CAPTURE(size.width);
        showAt(d, size.width, size.height, size.zoom);
        for (const char* probe : {"review.export_md", "review.export_html", "review.delete"}) checkInside(d, probe);
        // The replay's plan column (or the line under the step) shows more than a count.
        CHECK(widthOf(d, "review.planned.3") >= ui::em(8.0f));
    }
}
