#include <doctest/doctest.h>

#include <algorithm>

#include "rules/agenda.h"
#include "rules/derived.h"

using namespace etappe;
using rules::AgendaBucket;
using Status = model::ActivityStatus;

namespace {
// Today is Wednesday 2026-11-25; its week runs Monday 23 to Sunday 29 November.
constexpr const char* kToday = "2026-11-25";

void add(model::Portfolio& p, model::Id id, const char* date, const char* time = "", Status status = Status::Planned) {
    model::Activity a;
    a.id = id;
    a.date = date;
    a.time = time;
    a.status = status;
    a.action = "Konzept vorstellen";
    p.activities.push_back(a);
}

model::Portfolio weekPortfolio() {
    model::Portfolio p;
    add(p, 1, "2026-11-20");                          // Overdue (last Friday)
    add(p, 2, "2026-11-25", "10:00");                 // Today
    add(p, 3, "2026-11-25");                          // Today, no time: before 10:00
    add(p, 4, "2026-11-29", "09:00");                 // ThisWeek (Sunday)
    add(p, 5, "2026-11-30");                          // Later (next Monday)
    add(p, 6, "");                                    // Undated
    add(p, 7, "2026-02-30");                          // Undated: not a date
    add(p, 8, "2026-11-25", "", Status::Done);        // Closed
    add(p, 9, "2026-12-01", "", Status::Cancelled);   // Closed
    add(p, 10, "2026-11-23", "08:00");                // Overdue (this Monday)
    add(p, 12, "2026-11-26", "14:00");                // ThisWeek, same slot as 11: id decides
    add(p, 11, "2026-11-26", "14:00");                // ThisWeek
    add(p, 13, "2026-11-25", "08:30");                // Today
    return p;
}

std::vector<model::Id> orderedIds(const model::Portfolio& p, const rules::Agenda& agenda) {
    std::vector<model::Id> ids;
    for (const auto& e : agenda.entries) ids.push_back(p.activities[static_cast<std::size_t>(e.activity_index)].id);
    return ids;
}

AgendaBucket bucketOfId(const model::Portfolio& p, const rules::Agenda& agenda, model::Id id) {
    for (const auto& e : agenda.entries) {
        if (p.activities[static_cast<std::size_t>(e.activity_index)].id == id) return e.bucket;
    }
    FAIL("id not in agenda");
    return AgendaBucket::Closed;
}
}  // namespace

TEST_CASE("every activity lands in its bucket") {
    const auto p = weekPortfolio();
    const auto agenda = rules::buildAgenda(p, kToday);
    REQUIRE(agenda.entries.size() == p.activities.size());
    CHECK(bucketOfId(p, agenda, 1) == AgendaBucket::Overdue);
    CHECK(bucketOfId(p, agenda, 10) == AgendaBucket::Overdue);
    CHECK(bucketOfId(p, agenda, 2) == AgendaBucket::Today);
    CHECK(bucketOfId(p, agenda, 4) == AgendaBucket::ThisWeek);
    CHECK(bucketOfId(p, agenda, 5) == AgendaBucket::Later);
    CHECK(bucketOfId(p, agenda, 6) == AgendaBucket::Undated);
    CHECK(bucketOfId(p, agenda, 7) == AgendaBucket::Undated);
    CHECK(bucketOfId(p, agenda, 8) == AgendaBucket::Closed);
    CHECK(bucketOfId(p, agenda, 9) == AgendaBucket::Closed);
    //                         Overdue Today ThisWeek Later Undated Closed
    CHECK(agenda.counts == std::array<int, 6>{2, 3, 3, 1, 2, 2});
}

TEST_CASE("the agenda is sorted by bucket, date, time (untimed first), id") {
    const auto p = weekPortfolio();
    const auto agenda = rules::buildAgenda(p, kToday);
    // Overdue 1 (20th), 10 (23rd); Today 3 (no time), 13 (08:30), 2 (10:00);
    // ThisWeek 11, 12 (26th 14:00, by id), 4 (29th); Later 5; Undated 6, 7 (by id); Closed 8 (25th), 9 (1 Dec).
    CHECK(orderedIds(p, agenda) == std::vector<model::Id>{1, 10, 3, 13, 2, 11, 12, 4, 5, 6, 7, 8, 9});
}

TEST_CASE("the order does not depend on where an activity sits in the list") {
    auto p = weekPortfolio();
    std::sort(p.activities.begin(), p.activities.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    const auto in_id_order = orderedIds(p, rules::buildAgenda(p, kToday));  // ids ascending: the radix path
    std::reverse(p.activities.begin(), p.activities.end());
    const auto reversed = orderedIds(p, rules::buildAgenda(p, kToday));  // ids descending: the general path
    CHECK(in_id_order == std::vector<model::Id>{1, 10, 3, 13, 2, 11, 12, 4, 5, 6, 7, 8, 9});
    CHECK(reversed == in_id_order);
}

TEST_CASE("the week ends on Sunday, whatever day today is") {
    model::Portfolio p;
    add(p, 1, "2026-11-29");  // Sunday
    add(p, 2, "2026-11-30");  // next Monday
    auto agenda = rules::buildAgenda(p, "2026-11-23");  // Monday
    CHECK(bucketOfId(p, agenda, 1) == AgendaBucket::ThisWeek);
    CHECK(bucketOfId(p, agenda, 2) == AgendaBucket::Later);
    agenda = rules::buildAgenda(p, "2026-11-29");  // Sunday: nothing left this week
    CHECK(bucketOfId(p, agenda, 1) == AgendaBucket::Today);
    CHECK(bucketOfId(p, agenda, 2) == AgendaBucket::Later);
    agenda = rules::buildAgenda(p, "2026-11-30");
    CHECK(bucketOfId(p, agenda, 1) == AgendaBucket::Overdue);
    CHECK(bucketOfId(p, agenda, 2) == AgendaBucket::Today);
}

TEST_CASE("without a valid today, dated activities are later rather than guessed overdue") {
    const auto p = weekPortfolio();
    const auto agenda = rules::buildAgenda(p, "");
    CHECK(agenda.counts == std::array<int, 6>{0, 0, 0, 9, 2, 2});
}

TEST_CASE("an empty portfolio has an empty agenda") {
    const auto agenda = rules::buildAgenda(model::Portfolio{}, kToday);
    CHECK(agenda.entries.empty());
    CHECK(agenda.counts == std::array<int, 6>{});
}

TEST_CASE("the agenda cache recomputes only when the revision or the day changes") {
    auto p = weekPortfolio();
    rules::Derived<rules::Agenda> cache;
    const auto get = [&](std::uint64_t revision, std::string_view today) {
        return cache.get({revision, std::string(today)}, [&] { return rules::buildAgenda(p, today); });
    };
    CHECK(cache.recomputations() == 0);
    CHECK(get(0, kToday).entries.size() == 13);  // the first call computes, even at revision 0
    CHECK(cache.recomputations() == 1);
    get(0, kToday);
    get(0, std::string(kToday));  // same day, different string object
    CHECK(cache.recomputations() == 1);
    add(p, 14, "2026-11-27");
    CHECK(get(1, kToday).counts[static_cast<std::size_t>(AgendaBucket::ThisWeek)] == 4);
    CHECK(cache.recomputations() == 2);
    // Monday 30 Nov: everything planned before it is overdue (1, 10, 2, 3, 13, 11, 12, 4, 14).
    CHECK(get(1, "2026-11-30").counts[static_cast<std::size_t>(AgendaBucket::Overdue)] == 9);
    CHECK(cache.recomputations() == 3);
    get(1, "2026-11-30");
    CHECK(cache.recomputations() == 3);
}
