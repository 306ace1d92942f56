// Notes wrap while typing in the app's screens and are one undo step per edit (issue 13, item 6).
#include <doctest/doctest.h>

#include <imgui_internal.h>

#include "app_fixture.h"

using namespace etappe;
using testing::AppDriver;

TEST_CASE("customer notes: a long sentence typed wraps inside the field and is one undo step") {
    app::AppOptions options;
    options.sample = true;
    AppDriver d(options);
    const model::Customer first = d.portfolio().customers.front();
    d.click("customers.row." + std::to_string(first.id));
    d.frames(2);
    d.scrollTo("customer.notes");
    REQUIRE(d.probes.count("customer.notes"));
    const ui::ItemRect before = d.probes.at("customer.notes");
    d.click("customer.notes");
    REQUIRE(ImGui::IsAnyItemActive());
    ImGuiIO& io = ImGui::GetIO();
    d.key(io.KeyMap[ImGuiKey_End], true);  // Ctrl+End: after the last character
    const std::string added =
        " Beim nächsten Besuch die Wartungsverträge der drei Abfüllanlagen ansprechen und den Termin für die "
        "Werksbesichtigung mit dem technischen Leiter festmachen.";
    const std::size_t depth = d.app->session().document().undoDepth();
    for (std::size_t i = 0; i < added.size();) {  // one character a frame
        std::size_t n = 1;
        while (i + n < added.size() && (static_cast<unsigned char>(added[i + n]) & 0xC0u) == 0x80u) ++n;
        d.type(added.substr(i, n));
        i += n;
    }
    const ui::ItemRect typing = d.probes.at("customer.notes");
    CHECK(typing.max.x - typing.min.x == doctest::Approx(before.max.x - before.min.x));  // as wide as before
    CHECK(typing.max.y - typing.min.y >= before.max.y - before.min.y);
    CHECK(ImGui::GetCurrentContext()->InputTextState.ScrollX == 0.0f);

    d.click("customer.city");  // leaving the notes commits them
    CHECK(d.portfolio().findCustomer(first.id)->notes == first.notes + added);
    CHECK(d.app->session().document().undoDepth() == depth + 1);
    d.key(256);  // Escape leaves the city field untouched
    d.key('Z', true);
    CHECK(d.portfolio().findCustomer(first.id)->notes == first.notes);
}
