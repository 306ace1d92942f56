// Presentation mode (issue 12, item 1): F5, zoom and theme, private screens
// hidden, and the anonymise switch leaving no real name on any screen.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app_fixture.h"
#include "dates/clock.h"
#include "drawn_text.h"
#include "shell/screen_registry.h"
#include "ui/presentation.h"
#include "ui/zoom.h"

using namespace etappe;
using testing::AppDriver;
using testing::drawnText;

TEST_CASE("the presentation zoom fits the projector") {
    CHECK(ui::fittingPresentationZoom(1024, 768) == doctest::Approx(1.5f));
    CHECK(ui::fittingPresentationZoom(1280, 720) == doctest::Approx(1.5f));
    CHECK(ui::fittingPresentationZoom(1440, 900) == doctest::Approx(1.75f));
    CHECK(ui::fittingPresentationZoom(1920, 1080) == doctest::Approx(2.25f));
    CHECK(ui::fittingPresentationZoom(3840, 2160) == doctest::Approx(2.5f));
    CHECK(ui::fittingPresentationZoom(800, 600) == doctest::Approx(1.5f));  // never below 150 %
}

TEST_CASE("F5 turns presentation mode on and off: projector zoom, high contrast, private screens hidden") {
    AppDriver d(testing::sampleOn("review"));
    d.app->setZoom(1.1f);
    const ImVec4 normal_bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    d.frames(1);
    CHECK(d.probes.count("screen.review"));
    CHECK(d.probes.count("screen.development"));

    d.key(ui::kKeyF5);
    CHECK(d.app->presenting());
    CHECK(d.app->zoom() >= ui::kPresentMinZoom);  // as large as the window allows
    CHECK(d.app->zoom() <= ui::kPresentMaxZoom);
    CHECK(d.app->zoom() != doctest::Approx(1.1f));
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_Text].x == 0.0f);  // black text
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x == 1.0f);
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x != normal_bg.x);
    CHECK(d.app->screenId() == "customers");  // left the private screen
    d.probes.clear();
    d.frames(2);
    CHECK_FALSE(d.probes.count("screen.review"));
    CHECK_FALSE(d.probes.count("screen.development"));
    CHECK(d.probes.count("screen.customers"));
    d.app->showScreen("development");
    CHECK(d.app->screenId() == "customers");  // not even by name

    // The zoom keys move within 150-250 %; the rep's own zoom is untouched.
    for (int i = 0; i < 10; ++i) d.key(ui::kKeyKeypadAdd, true);
    CHECK(d.app->zoom() == doctest::Approx(ui::kPresentMaxZoom));
    for (int i = 0; i < 10; ++i) d.key(ui::kKeyKeypadSubtract, true);
    CHECK(d.app->zoom() == doctest::Approx(ui::kPresentMinZoom));
    CHECK(d.app->settings().zoom == doctest::Approx(1.1f));

    d.key(ui::kKeyF5);
    CHECK_FALSE(d.app->presenting());
    CHECK(d.app->zoom() == doctest::Approx(1.1f));  // the rep's zoom is back
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x == doctest::Approx(normal_bg.x));
    d.probes.clear();
    d.frames(2);
    CHECK(d.probes.count("screen.review"));
}

TEST_CASE("presenting, nothing shows or opens the rep's self-reviews: review-due marks, the plan's review button, the observer's comparison") {
    AppDriver d(testing::sampleOn("activities"));
    // A plan whose meeting has taken place: its toolbar offers the review.
    const model::Customer* with_past = nullptr;
    const model::ConversationPlan* past = nullptr;
    for (const auto& c : d.portfolio().customers)
        for (const auto& plan : c.plans)
            if (!plan.date.empty() && plan.date < dates::todayIso() && !past) {
                with_past = &c;
                past = &plan;
            }
    REQUIRE(past);
    const app::NavigationRequest open_past{"plan", with_past->id, past->id};
    const auto probed = [&](const char* screen, const std::string& prefix) {
        if (std::string(screen) == "plan") {
            d.app->follow(open_past);
        } else {
            d.app->showScreen(screen);
        }
        d.probes.clear();
        d.frames(2);
        return std::any_of(d.probes.begin(), d.probes.end(), [&](const auto& p) { return p.first.rfind(prefix, 0) == 0; });
    };
    // The sample has past meetings without a review and a past plan: all visible to the rep.
    REQUIRE(probed("activities", "activities.reviews_due"));
    REQUIRE(probed("customers", "customers.review_due."));
    REQUIRE(probed("plan", "plan.review"));

    d.key(ui::kKeyF5);
    REQUIRE(d.app->presenting());
    CHECK_FALSE(probed("activities", "activities.review"));
    CHECK_FALSE(probed("customers", "customers.review_due."));
    CHECK_FALSE(probed("plan", "plan.review"));
}

TEST_CASE("Escape ends presentation mode, unless a text field or a popup takes it") {
    app::AppOptions options = testing::sampleOn("customers");
    options.present = true;
    AppDriver d(options);
    REQUIRE(d.app->presenting());
    constexpr int kEscape = 256;  // GLFW's code, as the harness maps it

    d.click("customers.search");  // typing in the search field: Escape leaves the field only
    d.type("Hub");
    d.key(kEscape);
    CHECK(d.app->presenting());

    d.frames(2);
    d.key(kEscape);
    CHECK_FALSE(d.app->presenting());
}

TEST_CASE("anonymised, no real customer or contact name is drawn on any screen, and nothing can be edited") {
    app::AppOptions options = testing::sampleOn("customers");
    options.present = true;
    options.anonymise = true;
    options.language = i18n::Language::German;
    AppDriver d(options);
    CHECK(d.app->presenting());
    CHECK(d.app->anonymising());
    const model::Portfolio real = d.portfolio();
    REQUIRE_FALSE(real.customers.empty());

    // What the views get is the anonymised copy, read-only.
    {
        app::UiContext ctx = d.app->context();
        CHECK(ctx.read_only);
        CHECK(ctx.portfolio().customers.size() == real.customers.size());
        for (const auto& c : ctx.portfolio().customers) CHECK(c.name.rfind("Kunde ", 0) == 0);
        // The title sits in an input field, which ImGui's log does not capture.
        CHECK(ctx.portfolio().title == "Anonymisiertes Portfolio");
        CHECK_FALSE(ctx.apply(history::changeTitle(real.title, "x")));
    }
    const auto revision = d.app->session().document().revision();

    // What must not appear: every company, person and city of the sample, and
    // the rep's employer from the portfolio title.
    std::vector<std::string> forbidden = {"Kessler"};
    REQUIRE(real.title.find("Kessler") != std::string::npos);
    for (const auto& customer : real.customers) {
        forbidden.push_back(customer.name);
        for (const auto& contact : customer.contacts) forbidden.push_back(contact.name);
        if (customer.city.empty()) continue;
        forbidden.push_back(customer.city);
        forbidden.push_back(customer.city.substr(0, customer.city.find(" (")));  // "Kempten (Allgäu)" → "Kempten"
    }
    for (const auto language : {i18n::Language::German, i18n::Language::English}) {
        d.app->setLanguage(language);
        for (const app::ScreenType& type : app::screenTypes()) {
            d.app->showScreen(type.info->id);
            d.frames(2);
            const std::string text = drawnText(d);
            INFO("screen " << type.info->id << (language == i18n::Language::German ? " (DE)" : " (EN)"));
            // The status bar says why nothing is editable.
            CHECK(text.find(language == i18n::Language::German ? "Anonymisiert" : "Anonymised") != std::string::npos);
            for (const std::string& name : forbidden) CHECK_MESSAGE(text.find(name) == std::string::npos, name);
        }
    }
    d.app->setLanguage(i18n::Language::German);
    // The customers table shows the stand-ins.
    d.app->showScreen("customers");
    d.frames(2);
    CHECK(drawnText(d).find("Kunde 1") != std::string::npos);
    CHECK(d.app->session().document().revision() == revision);  // nothing was changed

    // Switched off, the real names and editing come back.
    d.app->setAnonymise(false);
    d.frames(2);
    CHECK_FALSE(d.app->context().read_only);
    const std::string text = drawnText(d);
    CHECK(std::any_of(real.customers.begin(), real.customers.end(),
                      [&](const model::Customer& c) { return text.find(c.name) != std::string::npos; }));
}
