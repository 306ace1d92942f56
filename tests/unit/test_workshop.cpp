// Workshop exercises (issue 12, items 3–4): what happens to an exercise when
// its customer or activity goes, and collect and compare: participants' copies
// loaded read-only, broken, foreign and doubled files skipped with a reason,
// the figures per exercise and per participant (with the observer's ratings of
// a debriefed role-play), and the HTML and JSON exports.
#include <doctest/doctest.h>

#include "history/document.h"
#include "history/edit.h"
#include "history/integrity.h"
#include "i18n/translator.h"
#include "storage/portfolio_file.h"
#include "test_storage_support.h"
#include "workshop/compare.h"
#include "workshop/compare_export.h"
#include "workshop/compare_job.h"

using namespace etappe;

namespace {

constexpr const char* kToday = "2026-12-01";

model::Portfolio workshopFile() {
    const storage::LoadResult r = storage::loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v6/portfolio.etappe");
    REQUIRE(r.ok());
    model::Portfolio p = *r.portfolio;
    for (auto& e : p.exercises) e.done = false;
    return p;
}

std::string problemOf(const model::Portfolio& portfolio) {
    i18n::Message detail;
    return storage::findProblem(portfolio, detail) == storage::LoadProblem::None ? "" : i18n::debugText(detail);
}

// A participant who did the work: a new plan for Bäckerei Groß with five
// checkpoints of steps 4–9 ticked, the pseudo-activity made concrete, Chemie &
// Co. moved to A with a reason, and the first and third exercises done.
model::Portfolio diligent(const model::Portfolio& workshop) {
    model::Portfolio p = workshop;
    model::ConversationPlan plan;
    plan.id = p.allocateId();
    plan.date = "2026-12-04";
    plan.steps[3].checkpoints = {true, true, false};
    plan.steps[8].checkpoints = {true, true, true};
    plan.steps[12].checkpoints = {true, false, false};  // outside steps 4–9: counts for the file, not the exercise
    plan.hook = "Ihr neues Frühstücksangebot am Bahnhof";
    plan.situation_questions = {"Wie viele Gäste frühstücken heute?"};
    plan.proposals = {{"Lieferung ab 5 Uhr", "frische Ware", "volle Theke zur Öffnung"}};
    plan.objections = {{"zu teuer", "Preis je Gast vorrechnen"}};
    p.findCustomer(1)->plans.push_back(plan);
    model::Activity& a = *std::find_if(p.activities.begin(), p.activities.end(), [](auto& x) { return x.id == 12; });
    const model::Activity& concrete = *p.findActivity(11);
    a.date = "2026-12-03";
    a.time = "10:00";
    a.customer_id = concrete.customer_id;
    a.contact_id = concrete.contact_id;
    a.action = "Frau Öztürk anrufen und den Liefertermin für das Angebot „Frühstück“ vereinbaren";
    a.status = model::ActivityStatus::Planned;
    model::Customer& chemie = *p.findCustomer(6);
    chemie.customer_class = method::CustomerClass::A;
    chemie.class_decision.overridden = true;
    chemie.class_decision.reason = "strategischer Neukunde";
    p.exercises[0].done = true;
    p.exercises[2].done = true;
    return p;
}

}  // namespace

TEST_CASE("deleting a customer takes it out of the exercises about it, in the same undo step") {
    history::Document doc(workshopFile());
    const model::Portfolio start = doc.portfolio();
    const history::Edit remove = history::deleteCustomer(doc.portfolio(), 1);
    CHECK(history::impactOf(doc.portfolio(), remove).exercises_changed == 2);  // the meeting to prepare and the ABC list
    const std::size_t depth = doc.undoDepth();
    REQUIRE(doc.apply(remove));
    CHECK(doc.undoDepth() == depth + 1);
    const auto& exercises = doc.portfolio().exercises;
    REQUIRE(exercises.size() == 4);  // the exercises stay with their instructions
    CHECK(exercises[0].customer_ids.empty());
    CHECK(exercises[2].customer_ids == std::vector<model::Id>{4, 6});
    CHECK(problemOf(doc.portfolio()).empty());
    REQUIRE(doc.undo());
    CHECK(doc.portfolio() == start);
}

TEST_CASE("deleting an activity to rephrase takes it out of the exercise") {
    history::Document doc(workshopFile());
    REQUIRE(doc.apply(history::editActivity(doc.portfolio(), *doc.portfolio().findActivity(12), std::nullopt)));
    CHECK(doc.portfolio().exercises[1].activity_ids.empty());
    CHECK(problemOf(doc.portfolio()).empty());
}

TEST_CASE("an exercise added with a target that does not exist is repaired, not saved broken") {
    history::Document doc(workshopFile());
    model::Exercise e;
    e.id = history::nextFreeId(doc.portfolio());
    e.kind = model::ExerciseKind::ClassifyCustomers;
    e.customer_ids = {1, 999};
    REQUIRE(doc.apply(history::editExercise(doc.portfolio(), std::nullopt, e)));
    CHECK(doc.portfolio().exercises.back().customer_ids == std::vector<model::Id>{1});
    CHECK(problemOf(doc.portfolio()).empty());
}

TEST_CASE("compare: per exercise and per participant, against the workshop as handed out") {
    const model::Portfolio workshop = workshopFile();
    std::vector<workshop::ParticipantFile> files;
    files.push_back({"/x/anna.etappe", "anna", diligent(workshop)});
    files.push_back({"/x/ben.etappe", "ben", workshop});
    const workshop::Comparison c = workshop::compare(&workshop, files, {}, kToday);
    REQUIRE(c.exercises.size() == 4);
    REQUIRE(c.participants.size() == 2);
    CHECK(c.skipped.empty());
    const auto& anna = c.participants[0];
    const auto& ben = c.participants[1];

    // Prepare the meeting, steps 4–9: 6 steps × 3 checkpoints.
    CHECK(anna.answers[0].out_of == 18);
    CHECK(anna.answers[0].score == 5);
    CHECK(anna.answers[0].done);
    REQUIRE(anna.answers[0].prepare.has_plan);
    CHECK(anna.answers[0].prepare.checkpoints.size() == 6);
    CHECK(anna.answers[0].prepare.checkpoints[5] == std::array<bool, 3>{true, true, true});  // step 9
    CHECK(anna.answers[0].prepare.hook == "Ihr neues Frühstücksangebot am Bahnhof");
    CHECK(anna.answers[0].prepare.proposals == std::vector<std::string>{"Lieferung ab 5 Uhr → frische Ware → volle Theke zur Öffnung"});
    CHECK(anna.answers[0].prepare.objections.size() == 1);
    CHECK_FALSE(ben.answers[0].prepare.has_plan);  // the plan as handed out is not an answer
    CHECK(ben.answers[0].score == 0);

    // Rephrase: the coach judges the sentence with its fields.
    REQUIRE(anna.answers[1].activities.size() == 1);
    CHECK(anna.answers[1].activities[0].concrete);
    CHECK(anna.answers[1].score == 1);
    REQUIRE(ben.answers[1].activities.size() == 1);
    CHECK_FALSE(ben.answers[1].activities[0].concrete);
    CHECK(ben.answers[1].activities[0].text == "Auf Entscheidung warten");
    CHECK_FALSE(ben.answers[1].activities[0].flag_keys.empty());

    // Classify: choices against the workshop's proposal.
    REQUIRE(anna.answers[2].classes.size() == 3);
    CHECK(anna.answers[2].classes[2].customer == "Chemie & Co. KG");
    CHECK(anna.answers[2].classes[2].chosen == method::CustomerClass::A);
    CHECK(anna.answers[2].classes[2].reason == "strategischer Neukunde");
    CHECK(anna.answers[2].score == ben.answers[2].score - (ben.answers[2].classes[2].chosen == ben.answers[2].classes[2].proposed ? 1 : 0) +
                                       (anna.answers[2].classes[2].chosen == anna.answers[2].classes[2].proposed ? 1 : 0));

    // Debrief: the review as handed out is not an answer.
    CHECK_FALSE(ben.answers[3].debrief.has_review);

    // The file as a whole.
    CHECK(anna.checkpoints_ticked == ben.checkpoints_ticked + 6);
    CHECK(anna.activities == 2);
    CHECK(anna.concrete_activities + anna.pseudo_activities == anna.activities);
    CHECK(anna.concrete_activities == ben.concrete_activities + 1);
    CHECK(anna.classes[0] + anna.classes[1] + anna.classes[2] == 3);
    CHECK(anna.classes[0] == ben.classes[0] + (ben.answers[2].classes[2].chosen == method::CustomerClass::A ? 0 : 1));
    CHECK(anna.exercises_done == 2);
    CHECK(ben.exercises_done == 0);
}

TEST_CASE("compare: a file without the workshop's exercises is foreign and skipped") {
    const model::Portfolio workshop = workshopFile();
    model::Portfolio other = workshop;
    other.exercises.pop_back();
    model::Portfolio changed_kind = workshop;
    changed_kind.exercises[0].kind = model::ExerciseKind::DebriefMeeting;
    const workshop::Comparison c = workshop::compare(
        &workshop, {{"a.etappe", "a", workshop}, {"b.etappe", "b", other}, {"c.etappe", "c", changed_kind}}, {}, kToday);
    CHECK(c.participants.size() == 1);
    REQUIRE(c.skipped.size() == 2);
    CHECK(c.skipped[0].file == "b.etappe");
    CHECK(c.skipped[0].reason_key == "compare.skip.foreign");
}

TEST_CASE("compare without the trainer's file: the first participant's exercises are the rows") {
    const model::Portfolio workshop = workshopFile();
    const workshop::Comparison c =
        workshop::compare(nullptr, {{"a.etappe", "a", diligent(workshop)}, {"b.etappe", "b", workshop}}, {}, kToday);
    REQUIRE(c.participants.size() == 2);
    CHECK(c.exercises.size() == 4);
    CHECK(c.participants[0].answers[0].prepare.has_plan);
    CHECK(c.participants[1].answers[0].prepare.has_plan);  // without a reference, the customer's last plan is the answer
}

TEST_CASE("participant files are loaded read-only; broken, doubled and surplus files are skipped with a reason") {
    testing::TempFolder folder;
    const model::Portfolio workshop = workshopFile();
    const std::string anna = folder.file("anna.etappe");
    const std::string broken = folder.file("broken.etappe");
    const std::string missing = folder.file("missing.etappe");
    testing::writeBytes(anna, storage::portfolioToText(diligent(workshop)));
    testing::writeBytes(broken, "{\"format_version\": 6, \"portfolio\": {");
    std::vector<std::string> paths = {anna, broken, missing, folder.path() + "/./anna.etappe"};
    for (int i = 0; i < 30; ++i) {
        std::string name = "p";  // appended in steps: g++ 12 warns falsely (-Wrestrict) about "p" + std::string
        name += std::to_string(i);
        name += ".etappe";
        paths.push_back(folder.file(name));
        testing::writeBytes(paths.back(), storage::portfolioToText(workshop));
    }
    std::vector<std::string> bytes;
    for (const auto& path : paths) bytes.push_back(testing::readBytes(path));
    const auto before = testing::folderEntries(folder.path());

    std::size_t calls = 0;
    workshop::LoadedParticipants loaded = workshop::loadParticipants(paths, [&](std::size_t done, std::size_t total) {
        ++calls;
        CHECK(done <= total);
    });
    CHECK(calls == paths.size());
    CHECK(loaded.participants.size() == workshop::kMaxParticipants);
    REQUIRE(loaded.skipped.size() == 4);
    CHECK(loaded.skipped[0].reason_key == "load_problem.not_json");
    CHECK(loaded.skipped[1].reason_key == "load_problem.not_found");
    CHECK(loaded.skipped[2].reason_key == "compare.skip.same_file");
    CHECK(loaded.skipped[3].reason_key == "compare.skip.too_many");
    CHECK(loaded.participants[0].label == "anna");

    // Never written, never locked, nothing new in the folder.
    for (std::size_t i = 0; i < paths.size(); ++i) CHECK(testing::readBytes(paths[i]) == bytes[i]);
    CHECK(testing::folderEntries(folder.path()) == before);

    const workshop::Comparison c = workshop::compare(&workshop, std::move(loaded.participants), std::move(loaded.skipped), kToday);
    CHECK(c.participants.size() == 30);
    CHECK(c.skipped.size() == 4);
}

TEST_CASE("the compare job reads and compares on a worker: progress to the end, the same result, cancel leaves none") {
    testing::TempFolder folder;
    const model::Portfolio workshop = workshopFile();
    std::vector<std::string> paths;
    for (int i = 0; i < 6; ++i) {
        std::string name = "t";
        name += std::to_string(i);
        name += ".etappe";
        paths.push_back(folder.file(name));
        testing::writeBytes(paths.back(), storage::portfolioToText(i % 2 ? workshop : diligent(workshop)));
    }
    paths.push_back(folder.file("missing.etappe"));

    workshop::CompareJob job;
    CHECK_FALSE(job.take().has_value());
    job.start(paths, workshop, kToday);
    job.wait();
    CHECK(job.finished());
    CHECK(job.progress().done == job.progress().total);
    CHECK(job.progress().total == 2 * paths.size());
    const std::optional<workshop::Comparison> c = job.take();
    REQUIRE(c.has_value());
    CHECK_FALSE(job.finished());
    CHECK_FALSE(job.take().has_value());  // taken once

    // The same as reading and comparing on this thread, in the order given.
    workshop::LoadedParticipants loaded = workshop::loadParticipants(paths, {}, {}, 1);
    const workshop::Comparison direct = workshop::compare(&workshop, std::move(loaded.participants), std::move(loaded.skipped), kToday);
    REQUIRE(c->participants.size() == 6);
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(c->participants[i].file == paths[i]);
        CHECK(c->participants[i].checkpoints_ticked == direct.participants[i].checkpoints_ticked);
        CHECK(c->participants[i].exercises_done == direct.participants[i].exercises_done);
    }
    REQUIRE(c->skipped.size() == 1);
    CHECK(c->skipped[0].reason_key == "load_problem.not_found");

    // Cancelled: the worker stops and joins, nothing to take.
    job.start(paths, workshop, kToday);
    job.cancel();
    CHECK_FALSE(job.running());
    CHECK_FALSE(job.take().has_value());

    // A stop requested before reading leaves every file unread.
    std::stop_source stop;
    stop.request_stop();
    CHECK(workshop::loadParticipants(paths, {}, stop.get_token()).participants.empty());
}

TEST_CASE("the comparison exports as A4 HTML (EN, DE) and language-neutral JSON") {
    const model::Portfolio workshop = workshopFile();
    const workshop::Comparison c = workshop::compare(
        &workshop, {{"/x/anna.etappe", "anna", diligent(workshop)}, {"/x/ben <b>.etappe", "ben <b>", workshop}},
        {{"/x/kaputt.etappe", "load_problem.not_json", i18n::message("detail.duplicate_key", {"name", "a customer", "7"})}}, kToday);
    const std::string json = workshop::comparisonJson(c);
    // The skipped file's detail reads as a sentence, not as a text key.
    CHECK(json.find("appears twice in a customer (line 7)") != std::string::npos);
    CHECK(json.find("detail.duplicate_key") == std::string::npos);
    for (const char* key : {"\"participants\"", "\"file\": \"/x/anna.etappe\"", "\"label\": \"anna\"", "\"checkpoints_ticked\"",
                            "\"activities\"", "\"concrete_activities\"", "\"pseudo_activities\"", "\"classes\": {\"A\": ",
                            "\"skipped\"", "\"reason\": \"load_problem.not_json\""})
        CHECK_MESSAGE(json.find(key) != std::string::npos, key);
    const storage::LoadResult parsed = storage::loadPortfolioText(json);  // not a portfolio, but must be JSON
    CHECK(parsed.problem != storage::LoadProblem::NotJson);

    const std::string en = workshop::comparisonHtml(c, i18n::Translator(i18n::Language::English));
    CHECK(en.find("size:A4") != std::string::npos);
    CHECK(en.find("Workshop comparison") != std::string::npos);
    CHECK(en.find("ben &lt;b&gt;") != std::string::npos);
    CHECK(en.find("ben <b>") == std::string::npos);
    CHECK(en.find("Ihr neues Frühstücksangebot am Bahnhof") != std::string::npos);
    CHECK(en.find("kaputt.etappe") != std::string::npos);
    const std::string de = workshop::comparisonHtml(c, i18n::Translator(i18n::Language::German));
    CHECK(de.find("Workshop-Vergleich") != std::string::npos);
    CHECK(de.find("Teilnehmende × Übungen") != std::string::npos);

    testing::TempFolder folder;
    CHECK(workshop::writeComparison(folder.file("c.json"), c, i18n::Translator(), false).ok());
    CHECK(testing::readBytes(folder.file("c.json")) == json);
    CHECK(workshop::writeComparison(folder.file("c.html"), c, i18n::Translator(), false).ok());
    CHECK_FALSE(workshop::writeComparison(folder.file("c.txt"), c, i18n::Translator(), false).ok());
}

TEST_CASE("compare: a debrief answer carries the observer's ratings of the same role-play, with the gaps counted") {
    using R = model::StepRating;
    const model::Portfolio workshop = workshopFile();
    const model::Id customer = workshop.exercises[3].customer_ids.front();
    const auto withReview = [&](const model::Portfolio& from) {
        model::Portfolio p = from;
        model::Review r;
        r.id = p.allocateId();
        r.customer_id = customer;
        r.steps[0] = R::Well;
        r.steps[1] = R::Partly;
        r.steps[2] = R::Missed;
        r.steps[3] = R::Well;
        r.steps[4] = R::NotRelevant;
        r.steps[5] = R::Well;
        p.reviews.push_back(r);
        return p;
    };
    model::Portfolio anna = withReview(workshop);
    const model::Id review = anna.reviews.back().id;
    const auto observation = [&](model::Id review_id, const char* observer) {
        model::Observation o;
        o.id = anna.allocateId();
        o.review_id = review_id;
        o.observer = observer;
        return o;
    };
    model::Observation older = observation(review, "Dieter");
    older.steps.fill(R::Missed);
    model::Observation latest = observation(review, "Carla");
    latest.seconds = 754;
    latest.steps[0] = R::Partly;  // self Well: the seller sees themselves better
    latest.steps[1] = R::Well;    // self Partly: worse
    latest.steps[2] = R::Missed;  // the same: no gap
    latest.steps[3] = R::Missed;  // self Well: better
    latest.steps[4] = R::Missed;  // self not relevant: no gap
    latest.steps[6] = R::Well;    // self unrated: no gap
    anna.observations = {older, latest, observation(model::kNoId, "Erik")};
    const model::Portfolio ben = withReview(workshop);  // reviewed, never observed

    const workshop::Comparison c =
        workshop::compare(&workshop, {{"/x/anna.etappe", "anna", anna}, {"/x/ben.etappe", "ben", ben}}, {}, kToday);
    REQUIRE(c.participants.size() == 2);
    CHECK(c.participants[0].observations == 3);
    CHECK(c.participants[1].observations == 0);
    const workshop::DebriefAnswer& a = c.participants[0].answers[3].debrief;
    const workshop::DebriefAnswer& b = c.participants[1].answers[3].debrief;
    REQUIRE(a.has_review);
    REQUIRE(a.observed);
    CHECK(a.observer == "Carla");
    CHECK(a.observed_seconds == 754);
    CHECK(a.observed_steps == latest.steps);
    CHECK(a.seller_better == 2);
    CHECK(a.seller_worse == 1);
    CHECK(a.gaps[0] == model::RatingGap::SellerBetter);
    CHECK(a.gaps[1] == model::RatingGap::SellerWorse);
    CHECK(a.gaps[4] == model::RatingGap::None);
    REQUIRE(b.has_review);
    CHECK_FALSE(b.observed);
    CHECK(b.seller_better + b.seller_worse == 0);

    const std::string first_step = std::string(method::conversationStepKey(method::conversationStepAt(0)));
    const std::string json = workshop::comparisonJson(c);
    for (const std::string& key : {std::string("\"observations\": 3"), std::string("\"observations\": 0"), std::string("\"observed\": true"),
                                   std::string("\"observed\": false"), std::string("\"observer\": \"Carla\""),
                                   std::string("\"observed_seconds\": 754"), "\"observed_steps\": {\"" + first_step + "\": \"partly\"",
                                   "\"steps\": {\"" + first_step + "\": \"well\"", std::string("\"seller_better\": 2"),
                                   std::string("\"seller_worse\": 1")})
        CHECK_MESSAGE(json.find(key) != std::string::npos, key);
    CHECK(storage::loadPortfolioText(json).problem != storage::LoadProblem::NotJson);

    const std::string en = workshop::comparisonHtml(c, i18n::Translator(i18n::Language::English));
    CHECK(en.find("<td class=\"o better\">Partly") != std::string::npos);
    CHECK(en.find("<td class=\"o worse\">") != std::string::npos);
    CHECK(en.find("Carla") != std::string::npos);
    CHECK(en.find("12:34") != std::string::npos);
    CHECK(en.find("Observer rows: ▲") != std::string::npos);
    const std::string de = workshop::comparisonHtml(c, i18n::Translator(i18n::Language::German));
    CHECK(de.find(">Beobachtung</td>") != std::string::npos);

    // Nobody observed: no observer rows, no legend.
    const workshop::Comparison plain = workshop::compare(&workshop, {{"/x/ben.etappe", "ben", ben}}, {}, kToday);
    CHECK(workshop::comparisonHtml(plain, i18n::Translator(i18n::Language::English)).find("Observer rows") == std::string::npos);
}
