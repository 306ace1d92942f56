// The activity editor takes the day and hour a rep writes into the sentence
// into the empty fields, in the same undo step, and flags a sentence that
// disagrees with the fields (issue 10, item 3).
#include <doctest/doctest.h>

#include "app_fixture.h"

using namespace etappe;
using testing::AppDriver;

namespace {

// An activity of the sample without a date ("Akquisition erhöhen", "Kunde anrufen").
model::Id undatedActivity(AppDriver& d) {
    for (const model::Activity& a : d.portfolio().activities)
        if (a.date.empty() && a.time.empty()) return a.id;
    FAIL("the sample has no undated activity");
    return model::kNoId;
}

void retype(AppDriver& d, const std::string& text) {
    d.click("activity.action");
    d.key('A', true);
    d.type(text);
    d.click("activities.quick");  // leaving the field commits the text
    d.key(256);                   // and Escape leaves the quick entry again
}

}  // namespace

TEST_CASE("a date and time typed into an undated activity's sentence fill its fields, undone in one step") {
    AppDriver d(testing::sampleOn("activities"));
    const model::Id id = undatedActivity(d);
    d.app->activitiesView().select(id);
    d.frames(2);
    const model::Activity before = *d.portfolio().findActivity(id);

    retype(d, "Am 3.12.2027 um 9:00 Herrn Zettler das Angebot schicken");
    const model::Activity* after = d.portfolio().findActivity(id);
    CHECK(after->action == "Am 3.12.2027 um 9:00 Herrn Zettler das Angebot schicken");
    CHECK(after->date == "2027-12-03");
    CHECK(after->time == "09:00");

    d.key('Z', true);  // one step takes back text, date and time together
    CHECK(*d.portfolio().findActivity(id) == before);
}

TEST_CASE("a quick entry with a time gets the time too") {
    AppDriver d(testing::sampleOn("activities"));
    d.click("activities.quick");
    d.type("Am 4.12.2027 um 14 Uhr Herrn Zettler anrufen");
    d.key(testing::kEnter);
    d.frames(2);
    const model::Activity* added = d.portfolio().findActivity(d.app->activitiesView().selectedId());
    REQUIRE(added != nullptr);
    CHECK(added->date == "2027-12-04");
    CHECK(added->time == "14:00");
    d.probes.clear();
    d.frames(2);
    CHECK(d.probes.count("coach.concrete") == 1);  // a call with a named person at a set time
}

TEST_CASE("a sentence naming another day than the date field is flagged, and the field is kept") {
    AppDriver d(testing::sampleOn("activities"));
    const model::Id id = undatedActivity(d);
    d.app->activitiesView().select(id);
    d.frames(2);
    retype(d, "Am 3.12.2027 um 9:00 Herrn Zettler das Angebot schicken");
    retype(d, "Am 10.12.2027 um 9:00 Herrn Zettler das Angebot schicken");
    const model::Activity* after = d.portfolio().findActivity(id);
    CHECK(after->date == "2027-12-03");  // a filled field is never overwritten
    const auto verdict = d.app->activitiesView().verdictFor(d.app->context(), *after);
    CHECK(verdict.has(rules::CoachFlag::FieldConflict));
    d.probes.clear();
    d.frames(2);
    CHECK(d.probes.count("coach.flagged") == 1);
}
