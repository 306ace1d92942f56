#include <doctest/doctest.h>

#include "rules/plan_progress.h"

using namespace etappe;
using rules::StepStatus;

namespace {
void tick(model::ConversationPlan& plan, std::size_t step, int how_many = 3) {
    for (int i = 0; i < how_many; ++i) plan.steps[step].checkpoints[static_cast<std::size_t>(i)] = true;
}
}  // namespace

TEST_CASE("a fresh plan stands at step 1 with step 2 next") {
    const model::ConversationPlan plan;
    CHECK(rules::currentStep(plan) == 0);
    const auto statuses = rules::stepStatuses(plan);
    CHECK(statuses[0] == StepStatus::Current);
    CHECK(statuses[1] == StepStatus::Next);
    CHECK(statuses[15] == StepStatus::Open);
    CHECK(plan.checkedCount() == 0);
    CHECK(rules::kTotalCheckpoints == 48);
}

TEST_CASE("the plan stands at the first step with an open checkpoint, even after later ticks") {
    model::ConversationPlan plan;
    tick(plan, 0);
    tick(plan, 1);
    tick(plan, 2, 2);  // step 3 has one checkpoint left
    tick(plan, 5);     // step 6 done out of order
    CHECK(rules::currentStep(plan) == 2);
    const auto statuses = rules::stepStatuses(plan);
    CHECK(statuses[0] == StepStatus::Done);
    CHECK(statuses[2] == StepStatus::Current);
    CHECK(statuses[3] == StepStatus::Next);
    CHECK(statuses[5] == StepStatus::Done);
    CHECK(plan.checkedCount() == 3 + 3 + 2 + 3);
}

TEST_CASE("with every checkpoint ticked, no step is current") {
    model::ConversationPlan plan;
    for (std::size_t s = 0; s < 16; ++s) tick(plan, s);
    CHECK(rules::currentStep(plan) == 16);
    CHECK(plan.checkedCount() == 48);
}

TEST_CASE("a copy for the next meeting keeps the preparation and clears the ticks") {
    model::ConversationPlan last;
    last.id = 7;
    last.date = "2026-10-01";
    last.hook = "Neue Anlage in Halle 3";
    last.attendee_ids = {3, 4};
    tick(last, 0);
    const auto next = rules::copyForNextMeeting(last, 12, "2026-11-24");
    CHECK(next.id == 12);
    CHECK(next.date == "2026-11-24");
    CHECK(next.hook == "Neue Anlage in Halle 3");
    CHECK(next.attendee_ids == last.attendee_ids);
    CHECK(next.checkedCount() == 0);
}
