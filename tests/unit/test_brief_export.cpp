#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "exports/brief_export.h"

using namespace etappe;
using exports::BriefLookup;

namespace {
model::Portfolio portfolioWithPlans() {
    model::Portfolio p;
    model::Customer a;
    a.id = p.allocateId();
    a.name = "Strassberger Fördersysteme";
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
    const auto p = portfolioWithPlans();
    exports::BriefTarget target;
    REQUIRE(exports::findBriefTarget(p, "2", "2026-11-23", target) == BriefLookup::Found);
    CHECK(target.plan->date == "2026-09-15");  // plan id 2 is the past plan, asked for explicitly
    REQUIRE(exports::findBriefTarget(p, "1", "2026-11-23", target) == BriefLookup::Found);
    CHECK(target.plan->date == "2026-11-26");  // customer id 1: its next upcoming plan
    REQUIRE(exports::findBriefTarget(p, "fördersysteme", "2026-11-23", target) == BriefLookup::Found);
    CHECK(target.customer->name == "Strassberger Fördersysteme");
    CHECK(exports::findBriefTarget(p, "Strassberger", "2026-11-23", target) == BriefLookup::Ambiguous);
    CHECK(exports::findBriefTarget(p, "Lindenfels", "2026-11-23", target) == BriefLookup::NoPlan);
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
    exports::BriefTarget target;
    REQUIRE(exports::findBriefTarget(p, "1", "2026-11-23", target) == BriefLookup::Found);
    REQUIRE(target.effective_class.has_value());
    CHECK(*target.effective_class == method::CustomerClass::A);
    p.customers[0].class_decision.overridden = true;
    REQUIRE(exports::findBriefTarget(p, "1", "2026-11-23", target) == BriefLookup::Found);
    CHECK(*target.effective_class == method::CustomerClass::C);
}
