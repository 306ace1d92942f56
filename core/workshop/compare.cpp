#include "workshop/compare.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>

#include "rules/abc_classification.h"
#include "rules/activity_coach.h"
#include "storage/portfolio_file.h"

namespace etappe::workshop {

namespace {

std::string labelOf(const std::string& path) { return std::filesystem::path(path).stem().string(); }

// The same file given twice (another spelling, a link) counts once.
std::string identityOf(const std::string& path) {
    std::error_code error;
    const auto canonical = std::filesystem::weakly_canonical(path, error);
    return error ? path : canonical.string();
}

std::size_t classIndex(method::CustomerClass c) { return static_cast<std::size_t>(c); }

bool isForeign(const std::vector<model::Exercise>& exercises, const model::Portfolio& p) {
    for (const model::Exercise& e : exercises) {
        const model::Exercise* own = p.findExercise(e.id);
        if (!own || own->kind != e.kind) return true;
    }
    return false;
}

// The participant's plan for the customer: the newest one that is not exactly as handed out.
const model::ConversationPlan* answerPlan(const model::Portfolio& p, model::Id customer_id, const model::Portfolio* handed_out) {
    const model::Customer* customer = p.findCustomer(customer_id);
    if (!customer) return nullptr;
    const model::Customer* original = handed_out ? handed_out->findCustomer(customer_id) : nullptr;
    for (auto it = customer->plans.rbegin(); it != customer->plans.rend(); ++it) {
        const model::ConversationPlan* before = original ? original->findPlan(it->id) : nullptr;
        if (!before || *before != *it) return &*it;
    }
    return nullptr;
}

const model::Review* answerReview(const model::Portfolio& p, model::Id customer_id, const model::Portfolio* handed_out) {
    for (auto it = p.reviews.rbegin(); it != p.reviews.rend(); ++it) {
        if (it->customer_id != customer_id) continue;
        const model::Review* before = handed_out ? handed_out->findReview(it->id) : nullptr;
        if (!before || *before != *it) return &*it;
    }
    return nullptr;
}

void answerPrepare(const model::Exercise& e, const model::Portfolio& p, const model::Portfolio* handed_out, ExerciseAnswer& a) {
    const int first = e.first_step;
    const int last = e.last_step;
    a.out_of = (last - first + 1) * static_cast<int>(method::kCheckpointsPerStep);
    const model::ConversationPlan* plan = e.customer_ids.empty() ? nullptr : answerPlan(p, e.customer_ids.front(), handed_out);
    a.prepare.checkpoints.assign(static_cast<std::size_t>(last - first + 1), {});
    if (!plan) return;
    a.prepare.has_plan = true;
    for (int step = first; step <= last; ++step) {
        const auto& checks = plan->steps[static_cast<std::size_t>(step - 1)].checkpoints;
        a.prepare.checkpoints[static_cast<std::size_t>(step - first)] = checks;
        for (bool ticked : checks) a.score += ticked ? 1 : 0;
    }
    a.prepare.hook = plan->hook;
    a.prepare.intention = plan->intention;
    for (const auto& q : plan->situation_questions) a.prepare.questions.push_back(q);
    for (const auto& h : plan->goal_hypotheses) a.prepare.questions.push_back(h);
    for (const auto& pr : plan->proposals)
        a.prepare.proposals.push_back(pr.feature + " → " + pr.advantage + " → " + pr.benefit);
    for (const auto& o : plan->objections) a.prepare.objections.push_back(o.objection + " → " + o.answer);
}

void answerRephrase(const model::Exercise& e, const model::Portfolio& p, std::string_view today, ExerciseAnswer& a) {
    a.out_of = static_cast<int>(e.activity_ids.size());
    for (model::Id id : e.activity_ids) {
        ActivityAnswer answer;
        answer.activity_id = id;
        if (const model::Activity* activity = p.findActivity(id)) {
            answer.present = true;
            answer.text = activity->action;
            const rules::CoachVerdict verdict = rules::reviewActivity(*activity, &p, today);
            answer.concrete = verdict.concrete();
            for (const auto& finding : verdict.findings) answer.flag_keys.emplace_back(rules::coachFlagKey(finding.flag));
            a.score += answer.concrete ? 1 : 0;
        }
        a.activities.push_back(std::move(answer));
    }
}

void answerClassify(const model::Exercise& e, const model::Portfolio& p, const rules::Classification& own,
                    const model::Portfolio* handed_out, const rules::Classification* reference, ExerciseAnswer& a) {
    a.out_of = static_cast<int>(e.customer_ids.size());
    for (model::Id id : e.customer_ids) {
        ClassAnswer answer;
        answer.customer_id = id;
        const model::Customer* named = handed_out ? handed_out->findCustomer(id) : p.findCustomer(id);
        if (named) answer.customer = named->name;
        const rules::CustomerClassInfo* proposal = reference ? reference->find(id) : own.find(id);
        if (proposal) answer.proposed = proposal->proposed;
        if (const rules::CustomerClassInfo* info = own.find(id)) {
            answer.present = true;
            answer.chosen = info->effective;
            answer.overridden = info->overridden;
            if (const model::Customer* c = p.findCustomer(id)) answer.reason = c->class_decision.reason;
            a.score += (proposal && answer.chosen == answer.proposed) ? 1 : 0;
        }
        a.classes.push_back(std::move(answer));
    }
}

// The observer's view of the same role-play: observations are appended, so the
// last one linked to the review is the latest.
void addObservation(const model::Portfolio& p, model::Id review_id, DebriefAnswer& d) {
    const auto linked = std::find_if(p.observations.rbegin(), p.observations.rend(),
                                     [&](const model::Observation& o) { return o.review_id == review_id; });
    if (linked == p.observations.rend()) return;
    d.observed = true;
    d.observer = linked->observer;
    d.observed_seconds = linked->seconds;
    d.observed_steps = linked->steps;
    for (std::size_t i = 0; i < d.steps.size(); ++i) {
        d.gaps[i] = model::ratingGap(d.steps[i], d.observed_steps[i]);
        d.seller_better += d.gaps[i] == model::RatingGap::SellerBetter ? 1 : 0;
        d.seller_worse += d.gaps[i] == model::RatingGap::SellerWorse ? 1 : 0;
    }
}

void answerDebrief(const model::Exercise& e, const model::Portfolio& p, const model::Portfolio* handed_out, ExerciseAnswer& a) {
    a.out_of = static_cast<int>(method::kConversationStepCount);
    const model::Review* review = e.customer_ids.empty() ? nullptr : answerReview(p, e.customer_ids.front(), handed_out);
    if (!review) return;
    DebriefAnswer& d = a.debrief;
    d.has_review = true;
    d.outcome = review->outcome;
    d.own_position = review->own_position;
    d.went_well = review->went_well;
    d.do_differently = review->do_differently;
    d.commitment = review->commitment;
    if (review->process == model::ReviewProcess::Reduced) {
        a.out_of = static_cast<int>(model::kReducedElementCount);
        for (auto rating : review->elements) a.score += rating != model::StepRating::Unset ? 1 : 0;
    } else {
        d.steps = review->steps;
        for (auto rating : review->steps) a.score += rating != model::StepRating::Unset ? 1 : 0;
    }
    addObservation(p, review->id, d);
}

}  // namespace

LoadedParticipants loadParticipants(const std::vector<std::string>& paths, const ProgressFn& progress,
                                    std::stop_token stop, unsigned threads) {
    // Which files to read is decided in order (doubles, the 31st on); reading
    // them is independent, so it runs on several threads into fixed slots.
    struct Slot {
        std::size_t path_index = 0;
        bool tried = false;
        storage::LoadResult loaded;
    };
    std::vector<std::optional<SkippedFile>> early(paths.size());
    std::vector<Slot> slots;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (!seen.insert(identityOf(paths[i])).second) {
            early[i] = SkippedFile{paths[i], "compare.skip.same_file", {}};
        } else if (slots.size() >= kMaxParticipants) {
            early[i] = SkippedFile{paths[i], "compare.skip.too_many", {}};
        } else {
            slots.push_back(Slot{i, false, {}});
        }
    }
    std::mutex progress_mutex;
    std::size_t done = 0;
    if (progress)
        for (std::size_t i = slots.size(); i < paths.size(); ++i) progress(++done, paths.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t k = next++; k < slots.size() && !stop.stop_requested(); k = next++) {
            slots[k].loaded = storage::loadPortfolioFile(paths[slots[k].path_index]);
            slots[k].tried = true;
            if (progress) {
                const std::lock_guard lock(progress_mutex);
                progress(++done, paths.size());
            }
        }
    };
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, slots.size()));
    {
        std::vector<std::jthread> workers;
        for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
        work();
    }  // the workers join here

    LoadedParticipants out;
    std::size_t s = 0;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (early[i]) {
            out.skipped.push_back(std::move(*early[i]));
            continue;
        }
        Slot& slot = slots[s++];
        if (!slot.tried) continue;  // stopped before it was read
        const std::string& path = paths[i];
        if (slot.loaded.ok()) {
            out.participants.push_back({path, labelOf(path), std::move(*slot.loaded.portfolio)});
        } else {
            out.skipped.push_back({path, "load_problem." + std::string(storage::loadProblemKey(slot.loaded.problem)),
                                   std::move(slot.loaded.detail)});
        }
    }
    return out;
}

Comparison compare(const model::Portfolio* workshop, std::vector<ParticipantFile> participants,
                   std::vector<SkippedFile> skipped, std::string_view today, const ProgressFn& progress,
                   std::stop_token stop) {
    Comparison result;
    result.skipped = std::move(skipped);
    if (workshop) {
        result.exercises = workshop->exercises;
    } else if (!participants.empty()) {
        result.exercises = participants.front().portfolio.exercises;
        for (auto& e : result.exercises) e.done = false;
    }
    std::optional<rules::Classification> reference;
    if (workshop) reference = rules::classify(*workshop);

    std::size_t compared = 0;
    for (ParticipantFile& file : participants) {
        if (stop.stop_requested()) break;
        if (progress) progress(++compared, participants.size());
        const model::Portfolio& p = file.portfolio;
        if (isForeign(result.exercises, p)) {
            result.skipped.push_back({file.file, "compare.skip.foreign", {}});
            continue;
        }
        ParticipantSummary s;
        s.file = file.file;
        s.label = file.label;
        for (const model::Customer& c : p.customers)
            for (const model::ConversationPlan& plan : c.plans) s.checkpoints_ticked += plan.checkedCount();
        for (const model::Activity& activity : p.activities) {
            s.activities += 1;
            if (rules::reviewActivity(activity, &p, today).concrete()) s.concrete_activities += 1;
        }
        s.pseudo_activities = s.activities - s.concrete_activities;
        s.observations = static_cast<int>(p.observations.size());
        const rules::Classification own = rules::classify(p);
        for (const rules::CustomerClassInfo& info : own.customers) s.classes[classIndex(info.effective)] += 1;

        for (const model::Exercise& exercise : result.exercises) {
            const model::Exercise& mine = *p.findExercise(exercise.id);
            ExerciseAnswer a;
            a.done = mine.done;
            s.exercises_done += mine.done ? 1 : 0;
            switch (exercise.kind) {
                case model::ExerciseKind::PrepareMeeting: answerPrepare(exercise, p, workshop, a); break;
                case model::ExerciseKind::RephraseActivities: answerRephrase(exercise, p, today, a); break;
                case model::ExerciseKind::ClassifyCustomers:
                    answerClassify(exercise, p, own, workshop, reference ? &*reference : nullptr, a);
                    break;
                case model::ExerciseKind::DebriefMeeting: answerDebrief(exercise, p, workshop, a); break;
            }
            s.answers.push_back(std::move(a));
        }
        result.participants.push_back(std::move(s));
    }
    return result;
}

}  // namespace etappe::workshop
