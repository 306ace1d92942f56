// The workshop comparison on a projector with names anonymised (issue 12,
// item 4): participants, their files and every customer or contact name in
// their answers become stand-ins, the same ones the trainer's copy shows.
#include <doctest/doctest.h>

#include "rules/anonymise.h"
#include "storage/portfolio_file.h"
#include "test_storage_support.h"
#include "workshop/compare.h"
#include "workshop/compare_job.h"

using namespace etappe;

TEST_CASE("an anonymised comparison shows stand-ins for participants, files, customers and contacts") {
    testing::TempFolder folder;
    const storage::LoadResult r = storage::loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v6/portfolio.etappe");
    REQUIRE(r.ok());
    const model::Portfolio workshop = *r.portfolio;  // exercise 1: prepare the meeting with Bäckerei Groß (id 1)
    REQUIRE(workshop.exercises.front().kind == model::ExerciseKind::PrepareMeeting);

    model::Portfolio anna = workshop;
    model::ConversationPlan plan;
    plan.id = anna.allocateId();
    plan.date = "2026-12-04";
    plan.hook = "Frau Öztürk zeigen, was Bäckerei Groß GmbH mit Jürgen Weiß schon erreicht hat";
    anna.findCustomer(1)->plans.push_back(plan);
    const std::vector<std::string> paths = {folder.file("anna-mueller.etappe"), folder.file("ben-schulz.etappe")};
    testing::writeBytes(paths[0], storage::portfolioToText(anna));
    testing::writeBytes(paths[1], "kein JSON");

    workshop::CompareJob job;
    job.start(paths, rules::anonymised(workshop, i18n::Language::German), "2026-12-01", i18n::Language::German);
    job.wait();
    const std::optional<workshop::Comparison> c = job.take();
    REQUIRE(c.has_value());
    REQUIRE(c->participants.size() == 1);
    const workshop::ParticipantSummary& p = c->participants.front();
    CHECK(p.label == "Teilnehmer/in 1");
    CHECK(p.file == "Teilnehmer/in 1");
    REQUIRE(c->skipped.size() == 1);
    CHECK(c->skipped.front().file == "Datei 1");
    CHECK(c->skipped.front().reason_key == "load_problem.not_json");  // the reason stays

    const std::string& hook = p.answers.front().prepare.hook;
    CHECK(hook.find("Öztürk") == std::string::npos);
    CHECK(hook.find("Weiß") == std::string::npos);
    CHECK(hook.find("Bäckerei Groß") == std::string::npos);
    // The same stand-ins as on the trainer's anonymised copy: the copies share their ids.
    CHECK(hook.find(rules::customerStandIn(1, i18n::Language::German)) != std::string::npos);
    CHECK(hook.find("Frau ") != std::string::npos);

    // Without anonymising, the same files compare with the real names.
    job.start(paths, workshop, "2026-12-01");
    job.wait();
    const std::optional<workshop::Comparison> real = job.take();
    REQUIRE(real.has_value());
    CHECK(real->participants.front().label == "anna-mueller");
    CHECK(real->participants.front().answers.front().prepare.hook == plan.hook);
}
