// Saving and loading keep a portfolio exactly, and every format version ever
// written keeps loading.
#include <tuple>
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "storage/format.h"
#include "storage/migrate.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

model::Portfolio mixedPortfolio() {
    model::Portfolio p = testing::syntheticPortfolio(300, 3);
    const model::Portfolio special = testing::textHeavyPortfolio();
    for (model::Customer c : special.customers) {
        c.id = p.allocateId();
        for (auto& contact : c.contacts) contact.id = p.allocateId();
        p.customers.push_back(c);
    }
    p.title = special.title;
    return p;
}

}  // namespace

TEST_CASE("a saved portfolio loads back identical, umlauts, €, „quotes“ and emoji included") {
    testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    const model::Portfolio original = mixedPortfolio();

    const SaveResult saved = savePortfolioFile(path, original);
    REQUIRE_MESSAGE(saved.ok(), saveStepKey(saved.failed_step), " ", saved.detail);
    const LoadResult loaded = loadPortfolioFile(path);
    REQUIRE_MESSAGE(loaded.ok(), loadProblemKey(loaded.problem), " ", loaded.detail);
    CHECK(loaded.format_version == kFormatVersion);
    CHECK(*loaded.portfolio == original);
}

TEST_CASE("saving the same portfolio twice gives the same bytes (no noise in version control or backups)") {
    testing::TempFolder folder;
    const std::string path = folder.file("p.etappe");
    const model::Portfolio original = mixedPortfolio();
    REQUIRE(savePortfolioFile(path, original).ok());
    const std::string first = testing::readBytes(path);
    REQUIRE(savePortfolioFile(path, *loadPortfolioFile(path).portfolio).ok());
    CHECK(testing::readBytes(path) == first);
    CHECK(portfolioToText(original) == first);
}

TEST_CASE("the file is readable JSON: version first, money as integer cents, text as UTF-8") {
    const std::string text = portfolioToText(testing::textHeavyPortfolio());
    const std::string start = "{\n\t\"format_version\": " + std::to_string(kFormatVersion) + ",\n\t\"portfolio\": {";
    CHECK(text.rfind(start, 0) == 0);
    CHECK(text.find("\"cents\": 123456789") != std::string::npos);
    CHECK(text.find("\"currency\": \"EUR\"") != std::string::npos);
    CHECK(text.find("\"created_on\": \"2024-02-29\"") != std::string::npos);
    CHECK(text.find("Größenwahn & Söhne „Übermorgen“") != std::string::npos);  // not \u-escaped
    CHECK(text.find("\"class\": \"A\"") != std::string::npos);
    CHECK(text.find("\"phase\": \"decision\"") != std::string::npos);
    CHECK(text.back() == '\n');
}

TEST_CASE("fixture v1: the hand-written file loads with the values a rep typed") {
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v1/portfolio.etappe");
    REQUIRE_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
    const model::Portfolio& p = *r.portfolio;
    CHECK(r.format_version == 1);
    CHECK(p.title == "Vertrieb Süd – Müller");
    CHECK(p.next_id == 8);
    REQUIRE(p.customers.size() == 3);

    const model::Customer& baker = p.customers[0];
    CHECK(baker.name == "Bäckerei Groß GmbH");
    CHECK(baker.city == "München");
    CHECK(baker.customer_class == method::CustomerClass::A);
    CHECK(baker.phase == method::SalesPhase::Offer);
    CHECK(baker.annual_revenue == model::Money{125000000, "EUR"});
    CHECK(baker.potential.cents == 250000000);
    CHECK(baker.created_on == "2024-02-29");
    CHECK(baker.notes.find("„Frühstück“") != std::string::npos);
    CHECK(baker.notes.find("12.500 € 🥨") != std::string::npos);
    REQUIRE(baker.contacts.size() == 2);
    CHECK(baker.contacts[1].name == "Zoë Öztürk");
    CHECK(baker.contacts[1].id == 3);

    CHECK(p.customers[1].annual_revenue.currency == "CHF");
    CHECK(p.customers[1].contacts.empty());
    CHECK(p.customers[1].created_on.empty());
    CHECK(p.customers[2].phase == method::SalesPhase::Realisation);
    CHECK(p.customers[2].notes == "Zeile 1\nZeile 2\t\"zitiert\" \\ Backslash é");
    CHECK(p.customers[2].annual_revenue.cents == model::kMaxMoneyCents);
}

TEST_CASE("every fixture of every format version ever written still loads") {
    const std::regex version_folder("v([0-9]+)");
    int folders = 0;
    for (const auto& folder : std::filesystem::directory_iterator(ETAPPE_FIXTURES_DIR)) {
        std::smatch match;
        const std::string name = folder.path().filename().string();
        if (!folder.is_directory() || !std::regex_match(name, match, version_folder)) continue;
        ++folders;
        const int version = std::stoi(match[1]);
        CHECK(version >= kOldestFormatVersion);
        CHECK(version <= kFormatVersion);
        int files = 0;
        for (const auto& file : std::filesystem::directory_iterator(folder.path())) {
            if (file.path().extension() != ".etappe") continue;
            ++files;
            const LoadResult r = loadPortfolioFile(file.path().string());
            CHECK_MESSAGE(r.ok(), file.path().string(), ": ", loadProblemKey(r.problem), " ", r.detail);
            CHECK(r.format_version == version);
        }
        CHECK_MESSAGE(files > 0, name, " holds no fixture");
    }
    // A fixture folder for the current version must exist before it ships.
    CHECK(folders >= kFormatVersion);
    CHECK(std::filesystem::exists(std::string(ETAPPE_FIXTURES_DIR) + "/v" + std::to_string(kFormatVersion)));
}

TEST_CASE("a UTF-8 byte order mark from a Windows editor does not make the file unreadable") {
    const std::string text = "\xEF\xBB\xBF" + portfolioToText(testing::textHeavyPortfolio());
    const LoadResult r = loadPortfolioText(text);
    REQUIRE(r.ok());
    CHECK(*r.portfolio == testing::textHeavyPortfolio());
}

TEST_CASE("fields this version does not know are ignored, and key order does not matter") {
    const std::string text = R"({"portfolio": {"customers": [], "next_id": 5, "title": "T", "added_later": [1, {"x": 2}]},
                                  "written_by": "Etappe 9", "format_version": 1})";
    const LoadResult r = loadPortfolioText(text);
    REQUIRE_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
    CHECK(r.portfolio->title == "T");
    CHECK(r.portfolio->next_id == 5);
}

TEST_CASE("fixture v2: knowledge and a conversation plan load with the values a rep typed") {
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v2/portfolio.etappe");
    REQUIRE_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
    CHECK(r.format_version == 2);
    const model::Customer& baker = r.portfolio->customers.at(0);
    using method::KnowledgeArea;
    using method::KnowledgeLevel;
    CHECK(baker.knowledge[static_cast<std::size_t>(KnowledgeArea::DecisionMakers)].level == KnowledgeLevel::Partly);
    CHECK(baker.knowledge[static_cast<std::size_t>(KnowledgeArea::DecisionMakers)].note == "Herr Weiß entscheidet, „Chefin“ redet mit");
    CHECK(baker.knowledge[static_cast<std::size_t>(KnowledgeArea::Needs)].level == KnowledgeLevel::Known);
    CHECK(baker.knowledge[static_cast<std::size_t>(KnowledgeArea::Strategy)].level == KnowledgeLevel::Unknown);
    REQUIRE(baker.plans.size() == 1);
    const model::ConversationPlan& plan = baker.plans[0];
    CHECK(plan.id == 8);
    CHECK(plan.date == "2026-11-24");
    CHECK(plan.time == "09:30");
    CHECK(plan.attendee_ids == std::vector<model::Id>{3});
    CHECK(plan.checkedCount() == 5);  // reflection 3 + opening 2
    CHECK(plan.steps[3].notes == "Hallenneubau ansprechen");
    REQUIRE(plan.proposals.size() == 1);
    CHECK(plan.proposals[0].benefit == "Kein Stillstand am Morgen");
    CHECK(plan.objections.at(0).answer == "Gesamtkosten zeigen");
    CHECK(plan.after_sales_mail == "Danke für das Gespräch!\nBis bald");
}

TEST_CASE("a version-1 file loads with empty knowledge and no plans, and saves as the current version") {
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v1/portfolio.etappe");
    REQUIRE(r.ok());
    for (const auto& customer : r.portfolio->customers) {
        CHECK(customer.plans.empty());
        for (const auto& note : customer.knowledge) CHECK(note.level == method::KnowledgeLevel::Unknown);
    }
    const LoadResult again = loadPortfolioText(portfolioToText(*r.portfolio));
    REQUIRE(again.ok());
    CHECK(again.format_version == kFormatVersion);
    CHECK(*again.portfolio == *r.portfolio);
}

TEST_CASE("fixture v3: a goal plan with a booking and activities load with the values a rep typed") {
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v3/portfolio.etappe");
    REQUIRE_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
    CHECK(r.format_version == 3);
    const model::Portfolio& p = *r.portfolio;
    REQUIRE(p.goal_plans.size() == 1);
    const model::GoalPlan& goals = p.goal_plans[0];
    CHECK(goals.title == "Jahresziele 2026");
    CHECK(goals.customers_to_win == 6);
    CHECK(goals.revenue_existing_now.cents == 198483330);
    REQUIRE(goals.bookings.size() == 1);
    CHECK(goals.bookings[0].amount.cents == 4500000);
    REQUIRE(p.activities.size() == 2);
    CHECK(p.activities[0].action == "Frau Öztürk das Angebot „Frühstück“ präsentieren");
    CHECK(p.activities[0].contact_id == 3);
    CHECK(p.activities[0].duration_minutes == 45);
    CHECK(p.activities[0].step_key == "proposals");
    CHECK(p.activities[0].status == model::ActivityStatus::Planned);
    CHECK(p.activities[1].status == model::ActivityStatus::Cancelled);
    CHECK(p.activities[1].outcome == "war zu vage");
}

TEST_CASE("a version-2 file loads without goal plans and activities") {
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v2/portfolio.etappe");
    REQUIRE(r.ok());
    CHECK(r.portfolio->goal_plans.empty());
    CHECK(r.portfolio->activities.empty());
    CHECK(r.portfolio->customers.at(0).plans.size() == 1);
}

TEST_CASE("fixture v4: class decisions, priority settings and a reduced plan load with the values a rep typed") {
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v4/portfolio.etappe");
    REQUIRE_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
    CHECK(r.format_version == 4);
    const model::Portfolio& p = *r.portfolio;
    CHECK(p.priorities.thresholds.a_share_percent == 70);
    CHECK(p.priorities.thresholds.include_potential);
    CHECK(p.priorities.effort[0].appointment == "Eigene Reise");
    CHECK(p.priorities.effort[2].follow_up == "Kurze Mail");
    const model::Customer& logistics = p.customers.at(1);
    CHECK(logistics.class_decision.overridden);
    CHECK(logistics.class_decision.reason == "Strategischer Referenzkunde");
    CHECK(logistics.class_decision.could_become_a);
    CHECK(logistics.reduced_plan.factual_solution == "Wartungsvertrag für 12 Anlagen");
    CHECK(logistics.reduced_plan.after_sales_mail == "Danke!\nGruß");
    CHECK(logistics.reduced_plan.done == std::array<bool, 5>{true, false, false, false, true});
    CHECK_FALSE(p.customers.at(0).class_decision.overridden);
}

TEST_CASE("an older file keeps every class the rep set: as an override only where it differs from the proposal") {
    // v3 fixture by revenue: Chemie (10 trillion €) proposes A, the bakery and Logistik (0 €) C.
    // The rep had bakery A, Logistik B, Chemie C: all three differ, so all are kept as overrides.
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v3/portfolio.etappe");
    REQUIRE(r.ok());
    const auto& customers = r.portfolio->customers;
    CHECK(customers[0].customer_class == method::CustomerClass::A);
    CHECK(customers[1].customer_class == method::CustomerClass::B);
    CHECK(customers[2].customer_class == method::CustomerClass::C);
    for (const auto& c : customers) {
        CHECK(c.class_decision.overridden);
        INFO(c.name);
        CHECK(c.class_decision.reason.empty());
        CHECK_FALSE(c.class_decision.could_become_a);
    }
}

TEST_CASE("migration marks only the classes that differ from the proposal as overrides") {
    model::Portfolio p;
    for (const auto& [name, euros, cls] : {std::tuple{"Groß", 900, method::CustomerClass::A},
                                           {"Mittel", 60, method::CustomerClass::A}, {"Klein", 40, method::CustomerClass::C}}) {
        model::Customer c;
        c.id = p.allocateId();
        c.name = name;
        c.annual_revenue.cents = euros * 100;
        c.customer_class = cls;
        p.customers.push_back(c);
    }
    // Total 1000: Groß starts at 0 % → A; Mittel starts at 90 % → C; Klein starts at 96 % → C.
    migrateToCurrent(p, 3);
    CHECK_FALSE(p.customers[0].class_decision.overridden);
    CHECK(p.customers[1].class_decision.overridden);
    CHECK_FALSE(p.customers[2].class_decision.overridden);
}

TEST_CASE("fixture v5: reviews load with outcome, ratings, attitude, balance and lessons, and save unchanged") {
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v5/portfolio.etappe");
    REQUIRE_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
    CHECK(r.format_version == 5);
    const model::Portfolio& p = *r.portfolio;
    REQUIRE(p.reviews.size() == 3);
    const model::Review& full = p.reviews[0];
    CHECK(full.plan_id == 8);
    CHECK(full.outcome == model::ReviewOutcome::Advance);
    CHECK(full.goal_reached == model::Reached::Partly);
    REQUIRE(full.goal_lines.size() == 1);
    CHECK_FALSE(full.goal_lines[0].reached);
    CHECK(full.agreed == "Frau Öztürk prüft das Angebot „Frühstück“ bis Freitag");
    CHECK(full.steps[3] == model::StepRating::Well);         // opening
    CHECK(full.steps[8] == model::StepRating::Missed);       // objections
    CHECK(full.steps[13] == model::StepRating::NotRelevant); // reward
    CHECK(full.steps[0] == model::StepRating::Unset);
    CHECK(full.own_position == model::LifePosition::NotOkOk);
    CHECK(full.customer_position == model::LifePosition::OkOk);
    CHECK(full.mood_before == 2);
    CHECK(full.mood_after == 4);
    REQUIRE(full.assumptions.size() == 1);
    CHECK(full.assumptions[0].held == model::Reached::No);
    CHECK(full.own_interests == 7);
    CHECK(full.customer_interests == 8);
    CHECK(full.commitment == "Bei jedem Einwand zuerst nachfragen");
    CHECK(full.next_activity_id == 11);
    CHECK(full.knowledge_learned[2]);  // decision makers
    CHECK(full.knowledge_learned[4]);  // needs
    CHECK_FALSE(full.knowledge_learned[0]);
    const model::Review& reduced = p.reviews[1];
    CHECK(reduced.process == model::ReviewProcess::Reduced);
    CHECK(reduced.elements[0] == model::StepRating::Partly);
    CHECK(reduced.elements[4] == model::StepRating::Well);
    CHECK(reduced.commitment_kind == model::CommitmentKind::Keep);
    CHECK(p.reviews[2].title == "Anruf wegen Reklamation 🧪");
    CHECK(p.reviews[2].plan_id == model::kNoId);

    const LoadResult again = loadPortfolioText(portfolioToText(p));
    REQUIRE(again.ok());
    CHECK(*again.portfolio == p);
}

TEST_CASE("fixture v6: workshop exercises load with kind, targets, steps and done, and save unchanged") {
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v6/portfolio.etappe");
    REQUIRE_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
    CHECK(r.format_version == 6);
    const model::Portfolio& p = *r.portfolio;
    REQUIRE(p.exercises.size() == 4);
    CHECK(p.exercises[0].kind == model::ExerciseKind::PrepareMeeting);
    CHECK(p.exercises[0].customer_ids == std::vector<model::Id>{1});
    CHECK(p.exercises[0].first_step == 4);
    CHECK(p.exercises[0].last_step == 9);
    CHECK(p.exercises[1].kind == model::ExerciseKind::RephraseActivities);
    CHECK(p.exercises[1].activity_ids == std::vector<model::Id>{12});
    CHECK(p.exercises[2].kind == model::ExerciseKind::ClassifyCustomers);
    CHECK(p.exercises[2].customer_ids.size() == 3);
    CHECK(p.exercises[3].kind == model::ExerciseKind::DebriefMeeting);
    CHECK(p.exercises[3].done);
    CHECK(p.exercises[3].instruction.ends_with("🧪"));
    CHECK(p.reviews.size() == 3);  // everything of version 5 is still there

    const LoadResult again = loadPortfolioText(portfolioToText(p));
    REQUIRE(again.ok());
    CHECK(*again.portfolio == p);
}

TEST_CASE("fixture v7: a customer's notes marked private load marked, the others not, and save unchanged") {
    const LoadResult r = loadPortfolioFile(ETAPPE_FIXTURES_DIR "/v7/portfolio.etappe");
    REQUIRE_MESSAGE(r.ok(), loadProblemKey(r.problem), " ", r.detail);
    CHECK(r.format_version == 7);
    const model::Portfolio& p = *r.portfolio;
    REQUIRE(p.customers.size() == 3);
    CHECK_FALSE(p.customers[0].private_notes);
    CHECK_FALSE(p.customers[1].private_notes);
    CHECK(p.customers[2].name == "Chemie & Co. KG");
    CHECK(p.customers[2].private_notes);
    CHECK(p.exercises.size() == 4);  // everything of version 6 is still there

    const LoadResult again = loadPortfolioText(portfolioToText(p));
    REQUIRE(again.ok());
    CHECK(*again.portfolio == p);
}

TEST_CASE("files before version 7 load with no notes marked private") {
    for (const char* version : {"v1", "v2", "v3", "v4", "v5", "v6"}) {
        const LoadResult r = loadPortfolioFile(std::string(ETAPPE_FIXTURES_DIR "/") + version + "/portfolio.etappe");
        REQUIRE(r.ok());
        for (const model::Customer& c : r.portfolio->customers) CHECK_FALSE(c.private_notes);
    }
}

TEST_CASE("files before version 6 load without exercises") {
    for (const char* version : {"v1", "v2", "v3", "v4", "v5"}) {
        const LoadResult r = loadPortfolioFile(std::string(ETAPPE_FIXTURES_DIR "/") + version + "/portfolio.etappe");
        REQUIRE(r.ok());
        CHECK(r.portfolio->exercises.empty());
    }
}

TEST_CASE("files before version 5 load without reviews") {
    for (const char* version : {"v1", "v2", "v3", "v4"}) {
        const LoadResult r = loadPortfolioFile(std::string(ETAPPE_FIXTURES_DIR "/") + version + "/portfolio.etappe");
        REQUIRE(r.ok());
        CHECK(r.portfolio->reviews.empty());
    }
}
