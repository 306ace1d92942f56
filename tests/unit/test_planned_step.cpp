// What a plan prepared for one step, as the review's replay shows it beside
// how the step went: ticked checkpoints and the prepared texts (issue 11).
#include <doctest/doctest.h>

#include "rules/planned_step.h"

using namespace etappe;

TEST_CASE("a step's plan: its ticked checkpoints and its prepared fields and notes, in one line and in full") {
    const i18n::Translator de(i18n::Language::German);
    model::ConversationPlan plan;
    plan.steps[3].checkpoints = {false, true, true};  // Opening
    plan.hook = "Neue Halle in Straubing";
    plan.intention = "";
    plan.steps[3].notes = "Kurz halten,\nFrau Schäfer hat wenig Zeit";
    plan.objections = {{"Zu teuer", "Rechnung über drei Jahre"}, {"", ""}};

    const rules::PlannedStep opening = rules::plannedStep(plan, 3, de);
    CHECK(opening.ticked == 2);
    REQUIRE(opening.checkpoints.size() == 2);
    CHECK(opening.checkpoints[0] == "Aufmerksamkeit ist mit einem Aufhänger geweckt");
    // The empty intention is left out; the notes come last.
    REQUIRE(opening.prepared.size() == 2);
    CHECK(opening.prepared[0].caption == "Aufhänger");
    CHECK(opening.prepared[0].text == "Neue Halle in Straubing");
    CHECK(opening.prepared[1].caption == "Notizen");
    // The preview shows what was typed, on one line; the row already names the step.
    CHECK(opening.preview() == "2/3 · Neue Halle in Straubing · Kurz halten, Frau Schäfer hat wenig Zeit");
    CHECK(opening.full() ==
          "✓ Aufmerksamkeit ist mit einem Aufhänger geweckt\n✓ " + std::string(de.text("step.opening.checkpoint.3")) +
              "\nAufhänger: Neue Halle in Straubing\nNotizen: Kurz halten,\nFrau Schäfer hat wenig Zeit");

    // A record's parts joined by arrows; an empty record is no entry.
    const rules::PlannedStep objections = rules::plannedStep(plan, 8, de);
    CHECK(objections.ticked == 0);
    REQUIRE(objections.prepared.size() == 1);
    CHECK(objections.prepared[0].caption == de.text("brief.objections"));
    CHECK(objections.prepared[0].text == "Zu teuer → Rechnung über drei Jahre");
    CHECK(objections.preview() == "0/3 · Zu teuer → Rechnung über drei Jahre");

    // Nothing prepared: the count alone, and nothing to list.
    const rules::PlannedStep empty = rules::plannedStep(plan, 12, de);
    CHECK(empty.preview() == "0/3");
    CHECK(empty.full().empty());
}
