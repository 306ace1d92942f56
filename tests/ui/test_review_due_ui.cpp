// "Review due" outside the review screen: the agenda lists past meetings
// without a review (oldest first, with the 24-hour hint) and starts them, the
// customers table marks the customer's row, the delete question counts the
// customer's reviews, and review exports start in the remembered export
// folder (issue 11).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "app_fixture.h"
#include "dates/iso_date.h"
#include "rules/reviews.h"
#include "storage/portfolio_file.h"
#include "views/review_view.h"

using namespace etappe;
using testing::AppDriver;

namespace {

std::vector<rules::DueReview> dueNow(AppDriver& d) {
    const app::UiContext ctx = d.app->context();
    return rules::reviewsDue(d.portfolio(), d.today, &ctx.classification);
}

std::string hintProbe(std::size_t i, const rules::DueReview& due) {
    return "activities.review_due." + std::to_string(i) + (due.past_24_hours() ? ".late" : ".fresh");
}

}  // namespace

TEST_CASE("the agenda lists the reviews due, oldest first with the 24-hour hint, and a click starts the review") {
    AppDriver d(testing::sampleOn("activities"));
    d.frames(2);
    const auto due = dueNow(d);
    REQUIRE_FALSE(due.empty());  // the sample keeps one past meeting without a review
    CHECK(d.probes.count("activities.reviews_due"));
    REQUIRE(d.probes.count("activities.review_due.0"));
    CHECK(d.probes.count(hintProbe(0, due[0])));

    const std::size_t reviews_before = d.portfolio().reviews.size();
    d.click("activities.review_due.0");
    d.frames(1);
    CHECK(d.app->screenId() == "review");
    REQUIRE(d.portfolio().reviews.size() == reviews_before + 1);
    const model::Review& started = d.portfolio().reviews.back();
    CHECK(started.customer_id == due[0].customer_id);
    CHECK(started.plan_id == due[0].plan_id);
    CHECK(started.meeting_date == due[0].date);
    CHECK(d.app->screens().get<app::ReviewView>().reviewId() == started.id);

    // Reviewed: the agenda no longer lists it.
    d.app->showScreen("activities");
    d.probes.clear();
    d.frames(2);
    CHECK(dueNow(d).size() == due.size() - 1);
    if (due.size() == 1) CHECK_FALSE(d.probes.count("activities.reviews_due"));
}

TEST_CASE("weeks later several meetings are due: oldest first, the hint says the 24 hours have passed, a reduced contact opens its own review") {
    AppDriver d(testing::sampleOn("activities"));
    d.today = dates::addDays(d.today, 45);  // the sample's coming meetings have taken place
    d.frames(3);
    const auto due = dueNow(d);
    REQUIRE(due.size() >= 3);
    CHECK(std::is_sorted(due.begin(), due.end(), [](const auto& a, const auto& b) { return a.date < b.date; }));
    const std::size_t shown = std::min<std::size_t>(due.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) {
        REQUIRE(d.probes.count("activities.review_due." + std::to_string(i)));
        CHECK(d.probes.count(hintProbe(i, due[i])));
        if (i > 0) CHECK(d.probes.at("activities.review_due." + std::to_string(i)).min.y >
                         d.probes.at("activities.review_due." + std::to_string(i - 1)).min.y);
    }
    CHECK(due.front().past_24_hours());
    CHECK(d.probes.count("activities.review_due.0.late"));
    CHECK(d.probes.count("activities.all_reviews") == (due.size() > shown ? 1u : 0u));

    // A reduced contact's meeting (no plan) opens a reduced review of that day.
    const auto reduced = std::find_if(due.begin(), due.begin() + static_cast<std::ptrdiff_t>(shown),
                                      [](const rules::DueReview& r) { return r.plan_id == model::kNoId; });
    if (reduced == due.begin() + static_cast<std::ptrdiff_t>(shown)) return;
    const auto index = static_cast<std::size_t>(reduced - due.begin());
    d.click("activities.review_due." + std::to_string(index));
    d.frames(1);
    CHECK(d.app->screenId() == "review");
    const model::Review& started = d.portfolio().reviews.back();
    CHECK(started.customer_id == reduced->customer_id);
    CHECK(started.plan_id == model::kNoId);
    CHECK(started.process == model::ReviewProcess::Reduced);
    CHECK(started.meeting_date == reduced->date);
}

TEST_CASE("the customers table marks a customer whose review is due, and the marker starts it") {
    AppDriver d(testing::sampleOn("customers"));
    d.frames(2);
    const auto due = dueNow(d);
    REQUIRE_FALSE(due.empty());
    const model::Id customer = due.front().customer_id;
    const std::string marker = "customers.review_due." + std::to_string(customer);
    REQUIRE(d.probes.count("customers.row." + std::to_string(customer)));
    d.scrollTo("customers.row." + std::to_string(customer));
    d.frames(1);
    REQUIRE(d.probes.count(marker));
    // Only customers with a due review carry it.
    for (const model::Customer& c : d.portfolio().customers) {
        const bool has_due = std::any_of(due.begin(), due.end(), [&](const auto& r) { return r.customer_id == c.id; });
        if (!has_due) CHECK_FALSE(d.probes.count("customers.review_due." + std::to_string(c.id)));
    }
    // On the customer's own row, inside the name column.
    const ui::ItemRect row = d.probes.at("customers.row." + std::to_string(customer));
    CHECK(d.probes.at(marker).centre().y >= row.min.y);
    CHECK(d.probes.at(marker).centre().y <= row.max.y);

    const std::size_t reviews_before = d.portfolio().reviews.size();
    d.click(marker);
    d.frames(1);
    CHECK(d.app->screenId() == "review");
    REQUIRE(d.portfolio().reviews.size() == reviews_before + 1);
    CHECK(d.portfolio().reviews.back().customer_id == customer);
    CHECK(d.portfolio().reviews.back().meeting_date == due.front().date);
}

TEST_CASE("deleting a customer says how many reviews go with it; one undo brings them back") {
    AppDriver d(testing::sampleOn("customers"));
    // The sample customer with the most reviews.
    model::Id target = model::kNoId;
    long most = 0;
    for (const auto& c : d.portfolio().customers) {
        const long count = std::count_if(d.portfolio().reviews.begin(), d.portfolio().reviews.end(),
                                         [&](const model::Review& r) { return r.customer_id == c.id; });
        if (count > most) most = count, target = c.id;
    }
    REQUIRE(most > 1);
    const std::string original = storage::portfolioToText(d.portfolio());
    const std::size_t reviews_before = d.portfolio().reviews.size();
    app::UiContext ctx = d.app->context();
    d.app->customersView().select(ctx, target);
    d.frames(2);
    d.key(testing::kDelete);
    CHECK(d.probes.count("impact.reviews_deleted"));
    d.click("delete.confirm");
    CHECK(d.portfolio().reviews.size() == reviews_before - static_cast<std::size_t>(most));
    d.key('Z', true);
    CHECK(storage::portfolioToText(d.portfolio()) == original);

    // A customer without reviews is not told about any.
    for (const auto& c : d.portfolio().customers) {
        if (std::any_of(d.portfolio().reviews.begin(), d.portfolio().reviews.end(),
                        [&](const model::Review& r) { return r.customer_id == c.id; }))
            continue;
        app::UiContext other = d.app->context();
        d.app->customersView().select(other, c.id);
        d.frames(2);
        d.probes.clear();
        d.key(testing::kDelete);
        d.frames(1);
        CHECK(d.probes.count("delete.confirm"));
        CHECK_FALSE(d.probes.count("impact.reviews_deleted"));
        d.key(ImGuiKey_Escape);
        break;
    }
}

TEST_CASE("review exports start in the remembered export folder and move it on") {
    AppDriver d(testing::sampleOn("review"));
    d.frames(2);
    const std::string briefs = d.home.root() + "/Gesprächsvorbereitungen";
    const std::string coaching = d.home.root() + "/Coaching";
    std::filesystem::create_directories(briefs);
    std::filesystem::create_directories(coaching);
    d.app->exportIcs(briefs + "/etappe.ics");
    REQUIRE(d.app->settings().export_folder == briefs);

    auto& view = d.app->screens().get<app::ReviewView>();
    REQUIRE(view.reviewId() != model::kNoId);
    d.scrollTo("review.export_md");
    d.click("review.export_md");
    d.frames(1);
    REQUIRE(view.exportDialog().isVisible());
    CHECK(view.exportDialog().folder() == briefs);
    d.key(ImGuiKey_Escape);
    d.frames(1);

    app::UiContext ctx = d.app->context();
    view.exportTo(ctx, coaching + "/review.md");
    CHECK(std::filesystem::exists(coaching + "/review.md"));
    CHECK(d.app->settings().export_folder == coaching);
}
