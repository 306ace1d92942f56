#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "exports/brief_export.h"
#include "rules/abc_classification.h"

using namespace etappe;
using exports::BriefLookup;

namespace {
model::Portfolio portfolioWithPlans() {
    model::Portfolio p;
    model::Customer a;
    a.id = p.allocateId();
    a.name = "Strassberger Fördersysteme";
    a.customer_class = method::CustomerClass::A;  // the rep's class: the full process, briefed by meeting
    a.class_decision.overridden = true;
    model::ConversationPlan past;
    past.id = p.allocateId();
    past.date = "2026-09-15";
    model::ConversationPlan soon;
    soon.id = p.allocateId();
    soon.date = "2026-11-26";
    soon.goal = "Rahmenvertrag";
    a.plans = {past, soon};
    model::Customer b;
    b.id = p.allocateId();
    b.name = "Strassberger Logistik";
    model::Customer c;
    c.id = p.allocateId();
    c.name = "Lindenfels Verpackung";
    p.customers = {a, b, c};
    return p;
}
}  // namespace

TEST_CASE("a brief is found by plan id, by customer id and by a unique part of the name") {
    auto p = portfolioWithPlans();
    exports::BriefTarget target;
    REQUIRE(exports::findBriefTarget(p, "2", "2026-11-23", target) == BriefLookup::Found);
    CHECK(target.plan->date == "2026-09-15");  // plan id 2 is the past plan, asked for explicitly
    REQUIRE(exports::findBriefTarget(p, "1", "2026-11-23", target) == BriefLookup::Found);
    CHECK(target.plan->date == "2026-11-26");  // customer id 1: its next upcoming plan
    REQUIRE(exports::findBriefTarget(p, "fördersysteme", "2026-11-23", target) == BriefLookup::Found);
    CHECK(target.customer->name == "Strassberger Fördersysteme");
    CHECK(exports::findBriefTarget(p, "Strassberger", "2026-11-23", target) == BriefLookup::Ambiguous);
    // A C customer is briefed on its reduced plan, and Lindenfels has nothing in it yet.
    CHECK(exports::findBriefTarget(p, "Lindenfels", "2026-11-23", target) == BriefLookup::NoReducedPlan);
    p.customers[0].plans.clear();
    CHECK(exports::findBriefTarget(p, "1", "2026-11-23", target) == BriefLookup::NoPlan);
    CHECK(exports::findBriefTarget(p, "Müller", "2026-11-23", target) == BriefLookup::NotFound);
    CHECK(exports::findBriefTarget(p, "99", "2026-11-23", target) == BriefLookup::NotFound);
}

TEST_CASE("writing a brief picks the format from the file name and refuses other names") {
    const auto p = portfolioWithPlans();
    exports::BriefTarget target;
    REQUIRE(exports::findBriefTarget(p, "1", "2026-11-23", target) == BriefLookup::Found);
    const i18n::Translator tr(i18n::Language::German);
    const auto folder = std::filesystem::temp_directory_path() / ("etappe-brief-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const std::string html = (folder / "brief.html").string();
    REQUIRE(exports::writeBrief(html, target, tr, false).ok());
    CHECK_FALSE(exports::writeBrief(html, target, tr, false).ok());  // exists: only replaced when asked to
    CHECK(exports::writeBrief(html, target, tr, true).ok());
    std::ifstream in(html);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str().rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(text.str().find("Rahmenvertrag") != std::string::npos);
    const auto refused = exports::writeBrief((folder / "brief.txt").string(), target, tr, true);
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(std::filesystem::exists(folder / "brief.txt"));
    std::filesystem::remove_all(folder);
}

TEST_CASE("the brief shows the class in effect: the ABC proposal unless the rep overrode it") {
    auto p = portfolioWithPlans();
    // Only the first customer has revenue, so the proposal makes it A although it is stored as C.
    p.customers[0].annual_revenue.cents = 100000;
    p.customers[0].customer_class = method::CustomerClass::C;
    p.customers[0].class_decision.overridden = false;
    exports::BriefTarget target;
    REQUIRE(exports::findBriefTarget(p, "1", "2026-11-23", target) == BriefLookup::Found);
    REQUIRE(target.effective_class.has_value());
    CHECK(*target.effective_class == method::CustomerClass::A);
    p.customers[0].class_decision.overridden = true;
    REQUIRE(exports::findBriefTarget(p, "3", "2026-11-23", target) == BriefLookup::Found);  // the plan, by id
    CHECK(*target.effective_class == method::CustomerClass::C);
}

namespace {
// Lindenfels as a C customer prepared the reduced way, with two contacts and dated activities.
model::Portfolio portfolioWithReducedPlan() {
    auto p = portfolioWithPlans();
    model::Customer& c = p.customers[2];
    c.city = "Kempten (Allgäu)";
    c.contacts = {
        model::Contact{.id = p.allocateId(),
                       .name = "Petra Gerens",
                       .role = "Einkaufsleiterin",
                       .email = "p.gerens@lindenfels.example",
                       .phone = "0831 123"},
        model::Contact{.id = p.allocateId(), .name = "Uwe Brandl", .role = "Instandhaltung", .email = "", .phone = ""}};
    c.reduced_plan.date = "2026-11-27";
    c.reduced_plan.factual_solution = "Ersatzteilliste für die Verpackungslinie abstimmen";
    c.reduced_plan.impulses = "Zwei Liefertermine zur Wahl anbieten";
    c.reduced_plan.after_sales_mail = "Liebe Frau Gerens, danke für das Gespräch …";
    c.reduced_plan.done = {true, true, false, false, false};
    const auto activity = [&](const char* date, const char* action, model::ActivityStatus status) {
        model::Activity a;
        a.id = p.allocateId();
        a.customer_id = c.id;
        a.contact_id = c.contacts[0].id;
        a.date = date;
        a.action = action;
        a.status = status;
        p.activities.push_back(a);
    };
    activity("2026-11-20", "Frau Gerens das Muster schicken", model::ActivityStatus::Planned);  // overdue, not next
    activity("2026-11-27", "Frau Gerens besuchen", model::ActivityStatus::Planned);             // the contact itself
    activity("2026-12-15", "Frau Gerens das Angebot erläutern", model::ActivityStatus::Planned);
    activity("2026-12-01", "Frau Gerens anrufen", model::ActivityStatus::Cancelled);
    return p;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}
}  // namespace

TEST_CASE("a B or C customer is briefed on its reduced plan: the elements filled in, contacts, the next step") {
    const auto p = portfolioWithReducedPlan();
    exports::BriefTarget target;
    REQUIRE(exports::findBriefTarget(p, "Lindenfels", "2026-11-23", target) == BriefLookup::Found);
    CHECK(target.plan == nullptr);
    REQUIRE(target.next_activity != nullptr);
    CHECK(target.next_activity->date == "2026-12-15");
    const i18n::Translator tr(i18n::Language::German);
    const auto folder = std::filesystem::temp_directory_path() / ("etappe-reduced-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    for (const std::string name : {"brief.html", "brief.md"}) {
        INFO(name);
        REQUIRE(exports::writeBrief((folder / name).string(), target, tr, false).ok());
        const std::string text = readFile(folder / name);
        CHECK(text.find("Gesprächsvorbereitung: Lindenfels Verpackung") != std::string::npos);
        CHECK(text.find("27.11.2026") != std::string::npos);  // the next contact
        CHECK(text.find("Kempten (Allgäu)") != std::string::npos);
        for (const char* key :
             {"reduced.goals.name", "reduced.decision.name", "reduced.follow_up.name", "reduced.field.factual_solution",
              "reduced.field.impulses", "brief.contacts", "brief.next"})
            CHECK_MESSAGE(text.find(tr.text(key)) != std::string::npos, key);
        // Elements with nothing filled in get no heading.
        CHECK(text.find(std::string("2 ") + tr.text("reduced.expectations.name")) == std::string::npos);
        CHECK(text.find(std::string("3 ") + tr.text("reduced.steering.name")) == std::string::npos);
        CHECK(text.find(std::string("4 ") + tr.text("reduced.decision.name")) != std::string::npos);
        CHECK(text.find("Ersatzteilliste für die Verpackungslinie abstimmen") != std::string::npos);
        CHECK(text.find("Uwe Brandl") != std::string::npos);  // every contact, there is no attendee list
        CHECK(text.find("15.12.2026 · Petra Gerens: Frau Gerens das Angebot erläutern") != std::string::npos);
        CHECK(text.find("2 von 5 Elementen vorbereitet") != std::string::npos);
        CHECK(text.find("Noch nicht vorbereitet: Steuerung, Entscheidung, Nachbereitung") != std::string::npos);
    }
    std::filesystem::remove_all(folder);
}

TEST_CASE("the app's brief follows the planner: the shown plan for A customers, the reduced plan for others") {
    auto p = portfolioWithReducedPlan();
    const rules::Classification classes = rules::classify(p);
    const auto a = exports::briefTargetFor(p, classes, 1, 2, "2026-11-23");
    CHECK(a.briefable());
    CHECK(a.plan == &p.customers[0].plans[0]);
    CHECK_FALSE(exports::briefTargetFor(p, classes, 1, 99, "2026-11-23").briefable());  // a plan of no one
    CHECK_FALSE(exports::briefTargetFor(p, classes, 1, model::kNoId, "2026-11-23").briefable());
    const auto c = exports::briefTargetFor(p, classes, p.customers[2].id, 2, "2026-11-23");
    CHECK(c.briefable());
    CHECK(c.plan == nullptr);  // a C customer's brief is its reduced plan, whatever plan was open before
    CHECK_FALSE(exports::briefTargetFor(p, classes, p.customers[1].id, model::kNoId, "2026-11-23").briefable());
    CHECK_FALSE(exports::briefTargetFor(p, classes, 99, model::kNoId, "2026-11-23").briefable());
    // Nothing to brief is refused before anything is written.
    const auto refused =
        exports::writeBrief("/nonexistent-folder/brief.html", exports::BriefTarget{}, i18n::Translator(), false);
    CHECK(refused.failed_step == storage::SaveStep::Validate);
}
