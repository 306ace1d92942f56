// The role-play observer's sheet (issue 12 item 5): link the seller's review,
// rate two steps live, and see the gaps marked against the self-review.
#include <doctest/doctest.h>

#include <imgui_internal.h>

#include "app_fixture.h"
#include "history/edit.h"
#include "ui/fonts.h"
#include "ui/presentation.h"

using namespace etappe;
using testing::AppDriver;

TEST_CASE("observer rates two steps; the comparison marks where the seller sees themselves better and worse") {
    AppDriver d(testing::sampleOn("observe"));
    d.frames(2);
    // The seller's self-review: step 1 done well, step 2 missed.
    REQUIRE(!d.portfolio().reviews.empty());
    model::Review review = d.portfolio().reviews.front();
    review.process = model::ReviewProcess::Full;
    review.steps[0] = model::StepRating::Well;
    review.steps[1] = model::StepRating::Missed;
    REQUIRE(d.app->session().document().apply(history::editReview(d.portfolio(), d.portfolio().reviews.front(), review)));
    d.frames(2);

    d.click("observe.review");
    d.frames(1);
    const std::string pick = "observe.pick." + std::to_string(review.id);
    REQUIRE(d.probes.count(pick));
    d.click(pick);
    d.frames(1);
    d.click("observe.new");
    d.frames(2);
    REQUIRE(d.portfolio().observations.size() == 1);
    CHECK(d.portfolio().observations[0].review_id == review.id);

    d.scrollTo("observe.rate.0.2");
    d.frames(1);
    d.click("observe.rate.0.2");  // observer: step 1 missed
    d.scrollTo("observe.rate.1.0");
    d.frames(1);
    d.click("observe.rate.1.0");  // observer: step 2 well
    d.frames(2);
    const model::Observation& o = d.portfolio().observations[0];
    CHECK(o.steps[0] == model::StepRating::Missed);
    CHECK(o.steps[1] == model::StepRating::Well);
    d.scrollTo("observe.gap.0.better");
    d.frames(1);
    CHECK(d.probes.count("observe.gap.0.better"));
    CHECK(d.probes.count("observe.gap.1.worse"));
    CHECK(!d.probes.count("observe.gap.2.better"));
}

TEST_CASE("back on the Observe screen, the latest sheet is open with its review, not an empty page") {
    AppDriver d(testing::sampleOn("customers"));
    REQUIRE(d.portfolio().reviews.size() >= 2);
    model::Review review = d.portfolio().reviews[1];
    review.process = model::ReviewProcess::Full;
    review.steps[0] = model::StepRating::Well;
    REQUIRE(d.app->session().document().apply(history::editReview(d.portfolio(), d.portfolio().reviews[1], review)));
    for (const model::Id linked : {model::kNoId, review.id}) {
        model::Observation o;
        o.id = history::nextFreeId(d.portfolio());
        o.review_id = linked;
        o.steps[0] = model::StepRating::Missed;
        REQUIRE(d.app->session().document().apply(history::editObservation(d.portfolio(), std::nullopt, o)));
    }
    d.app->showScreen("observe");
    d.frames(2);
    CHECK(d.probes.count("observe.timer"));  // a sheet is open, with its timer
    d.scrollTo("observe.gap.0.better");      // and it is the latest, linked to the review: the gap shows
    d.frames(1);
    CHECK(d.probes.count("observe.gap.0.better"));

    // On the projector the seller's self-ratings stay private: no comparison.
    d.key(ui::kKeyF5);
    REQUIRE(d.app->presenting());
    d.probes.clear();
    d.frames(2);
    CHECK(d.probes.count("observe.timer"));
    CHECK_FALSE(d.probes.count("observe.gap.0.better"));
    // The timer reads across the room, from a face rasterised at its size (sharp, not a stretched small one).
    const ui::ItemRect timer = d.probes.at("observe.timer");
    const float body_height = ImGui::GetIO().Fonts->Fonts[0]->FontSize;
    CHECK(timer.max.y - timer.min.y >= 2.5f * body_height);
    CHECK(ui::clockFont()->FontSize >= 2.5f * body_height);
}

TEST_CASE("an observer's note wraps at the column's width while typing and is saved when left") {
    AppDriver d(testing::sampleOn("customers"));
    model::Observation sheet;
    sheet.id = history::nextFreeId(d.portfolio());
    REQUIRE(d.app->session().document().apply(history::editObservation(d.portfolio(), std::nullopt, sheet)));
    d.app->showScreen("observe");
    d.frames(2);
    d.scrollTo("observe.note.0");
    const ui::ItemRect before = d.probes.at("observe.note.0");
    d.click("observe.note.0");
    REQUIRE(ImGui::IsAnyItemActive());
    const std::string note =
        "Fragt nach dem Bedarf, hört aber nicht zu Ende zu und springt sofort zur Lösung, bevor der Kunde sein "
        "eigentliches Problem mit der Abfüllanlage geschildert hat.";
    for (std::size_t i = 0; i < note.size();) {  // one character a frame, as typed
        std::size_t n = 1;
        while (i + n < note.size() && (static_cast<unsigned char>(note[i + n]) & 0xC0u) == 0x80u) ++n;
        d.type(note.substr(i, n));
        i += n;
    }
    const ui::ItemRect typing = d.probes.at("observe.note.0");
    CHECK(typing.max.x - typing.min.x == doctest::Approx(before.max.x - before.min.x));  // as wide as the column
    CHECK(typing.max.y - typing.min.y >= 2.0f * (before.max.y - before.min.y));  // several lines high
    CHECK(ImGui::GetCurrentContext()->InputTextState.ScrollX == 0.0f);  // never scrolled sideways

    d.key(ImGui::GetIO().KeyMap[ImGuiKey_Enter]);  // Enter leaves the field: the note is saved, one undo step
    d.frames(1);
    CHECK_FALSE(ImGui::IsAnyItemActive());
    CHECK(d.portfolio().observations.back().notes[0] == note);
    const ui::ItemRect reading = d.probes.at("observe.note.0");
    CHECK(reading.max.y - reading.min.y == doctest::Approx(typing.max.y - typing.min.y));  // wrapped while reading too
}
