// Property test of the edit layer: random edits of every entity type on the
// shipped sample. After every step the portfolio must pass the validation a
// save runs, and undo must give back the file text byte for byte.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "history/document.h"
#include "history/edit.h"
#include "history/mirror.h"
#include "storage/portfolio_file.h"

using namespace etappe;

namespace {

model::Portfolio sample() {
    storage::LoadResult loaded = storage::loadPortfolioFile(ETAPPE_ASSETS_DIR "/sample/sample.etappe");
    REQUIRE(loaded.ok());
    return std::move(*loaded.portfolio);
}

std::string problemOf(const model::Portfolio& portfolio) {
    i18n::Message detail;
    const storage::LoadProblem problem = storage::findProblem(portfolio, detail);
    return problem == storage::LoadProblem::None ? "" : std::string(storage::loadProblemKey(problem)) + ": " + i18n::debugText(detail);
}

// Makes random but plausible edits, including ones that point at entities a
// later step deletes, so every repair rule gets exercised.
class RandomEditor {
public:
    explicit RandomEditor(std::uint32_t seed) : rng_(seed) {}

    history::Edit next(const model::Portfolio& p) {
        switch (pick(18)) {
            case 16:
            case 17: return observationEdit(p);
            case 14:
            case 15: return exerciseEdit(p);
            case 12:
            case 13: return reviewEdit(p);
            case 0: return addCustomer(p);
            case 1: return p.customers.empty() ? addCustomer(p) : history::deleteCustomer(p, anyCustomer(p).id);
            case 2: return changeCustomer(p);
            case 3: return removeContact(p);
            case 4: return planEdit(p);
            case 5:
            case 6: return activityEdit(p);
            case 7: return goalPlanEdit(p);
            case 8: return deleteAny(p);
            case 9: return history::changeTitle(p.title, "Gebiet " + std::to_string(pick(1000)));
            default: {
                model::PrioritySettings settings = p.priorities;
                settings.thresholds.a_share_percent = 50 + pick(30);
                settings.effort[pick(3)].follow_up = "Nachfassen " + std::to_string(pick(100));
                return history::changePriorities(p, p.priorities, settings);
            }
        }
    }

    std::size_t pick(std::size_t n) { return n == 0 ? 0 : rng_() % n; }

private:
    const model::Customer& anyCustomer(const model::Portfolio& p) { return p.customers[pick(p.customers.size())]; }

    history::Edit addCustomer(const model::Portfolio& p) {
        model::Customer c;
        c.id = history::nextFreeId(p);
        c.name = "Neukunde " + std::to_string(c.id);
        model::Contact contact;
        contact.id = c.id + 1;
        contact.name = "Frau Özdemir";
        c.contacts.push_back(contact);
        return history::addCustomer(p, c, static_cast<int>(pick(p.customers.size() + 1)));
    }

    history::Edit changeCustomer(const model::Portfolio& p) {
        if (p.customers.empty()) return addCustomer(p);
        const model::Customer& before = anyCustomer(p);
        model::Customer after = before;
        after.city = "Würzburg " + std::to_string(pick(100));
        model::Contact contact;
        contact.id = history::nextFreeId(p, &after);
        contact.name = "Herr Kühn";
        after.contacts.push_back(contact);
        return history::changeCustomer(p, before, after);
    }

    history::Edit removeContact(const model::Portfolio& p) {
        if (p.customers.empty()) return addCustomer(p);
        const model::Customer& before = anyCustomer(p);
        if (before.contacts.empty()) return changeCustomer(p);
        model::Customer after = before;
        after.contacts.erase(after.contacts.begin() + static_cast<std::ptrdiff_t>(pick(after.contacts.size())));
        return history::changeCustomer(p, before, after);
    }

    history::Edit planEdit(const model::Portfolio& p) {
        if (p.customers.empty()) return addCustomer(p);
        const model::Customer& customer = anyCustomer(p);
        if (customer.plans.empty() || pick(3) == 0) {
            model::ConversationPlan plan;
            plan.id = history::nextFreeId(p);
            plan.date = "2026-12-0" + std::to_string(1 + pick(9));
            plan.hook = "Aufhänger";
            for (const auto& contact : customer.contacts) plan.attendee_ids.push_back(contact.id);
            return history::editPlan(p, customer.id, std::nullopt, plan);
        }
        const model::ConversationPlan& before = customer.plans[pick(customer.plans.size())];
        if (pick(4) == 0) return history::editPlan(p, customer.id, before, std::nullopt);
        model::ConversationPlan after = before;
        after.steps[pick(16)].checkpoints[pick(3)] ^= true;
        after.situation_questions.push_back("Wer entscheidet über das Budget?");
        return history::editPlan(p, customer.id, before, after);
    }

    // An activity tied to a random customer, one of its contacts and a goal plan.
    history::Edit activityEdit(const model::Portfolio& p) {
        model::Activity a;
        const bool change = !p.activities.empty() && pick(2) == 0;
        if (change) a = p.activities[pick(p.activities.size())];
        else a.id = history::nextFreeId(p);
        a.action = "Am 3.12. Herrn Zettler das Angebot schicken";
        if (!p.customers.empty()) {
            const model::Customer& c = anyCustomer(p);
            a.customer_id = c.id;
            a.contact_id = c.contacts.empty() ? model::kNoId : c.contacts[pick(c.contacts.size())].id;
        }
        a.goal_plan_id = p.goal_plans.empty() ? model::kNoId : p.goal_plans[pick(p.goal_plans.size())].id;
        if (change) return history::editActivity(p, *p.findActivity(a.id), a);
        return history::editActivity(p, std::nullopt, a);
    }

    history::Edit goalPlanEdit(const model::Portfolio& p) {
        model::GoalPlan g;
        const bool change = !p.goal_plans.empty() && pick(2) == 0;
        if (change) g = p.goal_plans[pick(p.goal_plans.size())];
        else g.id = history::nextFreeId(p);
        model::Booking booking;
        booking.id = std::max(g.id, history::nextFreeId(p)) + 1;
        booking.date = "2026-11-30";
        booking.amount.cents = 125'000;
        booking.customer_id = p.customers.empty() ? model::kNoId : anyCustomer(p).id;
        g.bookings.push_back(booking);
        if (change) return history::editGoalPlan(p, *p.findGoalPlan(g.id), g);
        return history::editGoalPlan(p, std::nullopt, g);
    }

    history::Edit deleteAny(const model::Portfolio& p) {
        if (!p.goal_plans.empty() && pick(2) == 0) {
            return history::editGoalPlan(p, p.goal_plans[pick(p.goal_plans.size())], std::nullopt);
        }
        if (p.activities.empty()) return activityEdit(p);
        return history::editActivity(p, p.activities[pick(p.activities.size())], std::nullopt);
    }

    // A review of a random customer: of one of its plans not reviewed yet, or
    // ad hoc; or a change (ratings, interests, a link to an activity); or a delete.
    history::Edit reviewEdit(const model::Portfolio& p) {
        if (p.customers.empty()) return addCustomer(p);
        if (!p.reviews.empty() && pick(4) == 0) return history::editReview(p, p.reviews[pick(p.reviews.size())], std::nullopt);
        if (!p.reviews.empty() && pick(2) == 0) {
            const model::Review& before = p.reviews[pick(p.reviews.size())];
            model::Review after = before;
            after.steps[pick(16)] = model::kRatings[pick(4)];
            after.own_interests = static_cast<int>(pick(11));
            after.customer_interests = static_cast<int>(pick(11));
            after.own_position = model::kLifePositions[pick(4)];
            after.commitment = "Einwände zuerst erfragen " + std::to_string(pick(100));
            if (!p.activities.empty()) after.next_activity_id = p.activities[pick(p.activities.size())].id;
            return history::editReview(p, before, after);
        }
        const model::Customer& customer = anyCustomer(p);
        model::Review review;
        review.id = history::nextFreeId(p);
        review.customer_id = customer.id;
        review.meeting_date = "2026-11-" + std::to_string(10 + pick(10));
        review.outcome = model::kOutcomes[pick(4)];
        for (const auto& plan : customer.plans) {
            const bool reviewed = std::any_of(p.reviews.begin(), p.reviews.end(), [&](const model::Review& r) { return r.plan_id == plan.id; });
            if (!reviewed && pick(2) == 0) review.plan_id = plan.id;
        }
        if (!p.activities.empty() && pick(2) == 0) review.next_activity_id = p.activities[pick(p.activities.size())].id;
        review.agreed = "Frau Weiß prüft das Angebot";
        return history::editReview(p, std::nullopt, review);
    }

    // A workshop exercise about random customers or activities (which later
    // steps may delete), a change of its targets, or a delete.
    history::Edit exerciseEdit(const model::Portfolio& p) {
        if (!p.exercises.empty() && pick(4) == 0)
            return history::editExercise(p, p.exercises[pick(p.exercises.size())], std::nullopt);
        model::Exercise exercise;
        std::optional<model::Exercise> before;
        if (!p.exercises.empty() && pick(2) == 0) {
            before = p.exercises[pick(p.exercises.size())];
            exercise = *before;
        } else {
            exercise.id = history::nextFreeId(p);
        }
        exercise.kind = model::kExerciseKinds[pick(4)];
        exercise.title = "Übung " + std::to_string(pick(100));
        exercise.instruction = "Bereiten Sie das Gespräch vor";
        exercise.customer_ids.clear();
        exercise.activity_ids.clear();
        const bool one = exercise.kind == model::ExerciseKind::PrepareMeeting || exercise.kind == model::ExerciseKind::DebriefMeeting;
        const std::size_t customers = one ? 1 : pick(4);
        for (std::size_t i = 0; i < customers && !p.customers.empty(); ++i) {
            const model::Id id = anyCustomer(p).id;
            if (std::find(exercise.customer_ids.begin(), exercise.customer_ids.end(), id) == exercise.customer_ids.end())
                exercise.customer_ids.push_back(id);
        }
        if (exercise.kind == model::ExerciseKind::RephraseActivities && !p.activities.empty())
            exercise.activity_ids.push_back(p.activities[pick(p.activities.size())].id);
        exercise.first_step = 1 + static_cast<int>(pick(8));
        exercise.last_step = exercise.first_step + static_cast<int>(pick(8));
        exercise.done = pick(2) == 0;
        return history::editExercise(p, before, exercise);
    }

    // A role-play observation of a random review (which later steps may delete) or of none.
    history::Edit observationEdit(const model::Portfolio& p) {
        if (!p.observations.empty() && pick(4) == 0)
            return history::editObservation(p, p.observations[pick(p.observations.size())], std::nullopt);
        model::Observation observation;
        std::optional<model::Observation> before;
        if (!p.observations.empty() && pick(2) == 0) {
            before = p.observations[pick(p.observations.size())];
            observation = *before;
        } else {
            observation.id = history::nextFreeId(p);
        }
        observation.review_id = !p.reviews.empty() && pick(3) != 0 ? p.reviews[pick(p.reviews.size())].id : model::kNoId;
        observation.observer = "Beobachter " + std::to_string(pick(10));
        observation.seconds = static_cast<int>(pick(3600));
        const std::size_t step = pick(method::kConversationStepCount);
        observation.steps[step] = model::kRatings[pick(model::kRatings.size())];
        observation.notes[step] = pick(2) == 0 ? "" : "Notiz " + std::to_string(pick(100));
        return history::editObservation(p, before, observation);
    }

    std::mt19937 rng_;
};

}  // namespace

TEST_CASE("random edits of every entity type keep the sample saveable, and undo gives back the same file") {
    const model::Portfolio start = sample();
    REQUIRE(problemOf(start).empty());
    int steps = 0;
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        history::Document doc(start);
        RandomEditor editor(seed);
        const std::string original = storage::portfolioToText(doc.portfolio());
        for (int i = 0; i < 250; ++i, ++steps) {
            const std::string before = storage::portfolioToText(doc.portfolio());
            if (!doc.apply(editor.next(doc.portfolio()))) continue;
            INFO("seed " << seed << ", step " << i);
            REQUIRE(problemOf(doc.portfolio()) == "");
            const std::string after = storage::portfolioToText(doc.portfolio());
            // Each step undoes to exactly the text before it and redoes to the text after it.
            REQUIRE(doc.undo());
            REQUIRE(storage::portfolioToText(doc.portfolio()) == before);
            REQUIRE(doc.redo());
            REQUIRE(storage::portfolioToText(doc.portfolio()) == after);
            // Now and then walk back a few steps and go on from there (the redo steps are dropped).
            if (editor.pick(10) == 0) {
                for (std::size_t back = editor.pick(4); back > 0 && doc.undo(); --back) {
                    REQUIRE(problemOf(doc.portfolio()) == "");
                }
            }
        }
        while (doc.undo()) {
        }
        CHECK(storage::portfolioToText(doc.portfolio()) == original);
    }
    CHECK(steps == 3000);
}

TEST_CASE("edits applied in a group are one undo step") {
    history::Document doc(sample());
    const std::string original = storage::portfolioToText(doc.portfolio());
    const std::size_t depth = doc.undoDepth();
    {
        history::EditGroup group(doc);
        for (int i = 0; i < 3; ++i) {
            model::Customer c;
            c.id = history::nextFreeId(doc.portfolio());
            c.name = "Import " + std::to_string(i);
            REQUIRE(doc.apply(history::addCustomer(doc.portfolio(), c)));
        }
    }
    CHECK(doc.undoDepth() == depth + 1);
    model::Customer after_group;
    after_group.id = history::nextFreeId(doc.portfolio());
    after_group.name = "Danach";
    REQUIRE(doc.apply(history::addCustomer(doc.portfolio(), after_group)));
    CHECK(doc.undoDepth() == depth + 2);  // the group is closed: a later edit is a step of its own
    doc.undo();
    doc.undo();
    CHECK(storage::portfolioToText(doc.portfolio()) == original);
}

TEST_CASE("a mirror that follows the document's journal is the same portfolio, through undo, redo and reset") {
    history::Document doc(sample());
    history::PortfolioMirror mirror;
    RandomEditor editor(99);
    for (int i = 0; i < 400; ++i) {
        doc.apply(editor.next(doc.portfolio()));
        if (editor.pick(6) == 0) doc.undo();
        if (editor.pick(9) == 0) doc.redo();
        if (i == 200) doc.reset(sample());  // opening another file: the mirror copies once more
        if (editor.pick(25) == 0) {
            REQUIRE(storage::portfolioToText(mirror.follow(doc)) == storage::portfolioToText(doc.portfolio()));
            CHECK(mirror.revision() == doc.revision());
        }
    }
    CHECK(storage::portfolioToText(mirror.follow(doc)) == storage::portfolioToText(doc.portfolio()));
}
