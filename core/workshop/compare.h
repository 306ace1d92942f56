#pragma once
// Collect and compare (issue 12, item 4): the participants' copies of a
// workshop file side by side, per exercise and as a summary table. A pure
// function of portfolios already loaded; loading (read-only) is
// loadParticipants below, the screen and the command line share both.
#include <array>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/message.h"
#include "i18n/translator.h"
#include "method/conversation_steps.h"
#include "method/customer_class.h"
#include "model/portfolio.h"

namespace etappe::workshop {

inline constexpr std::size_t kMaxParticipants = 30;

struct ParticipantFile {
    std::string file;   // the path as given
    std::string label;  // the file name without folder and extension
    model::Portfolio portfolio;
};

struct SkippedFile {
    std::string file;
    std::string reason_key;  // "load_problem.<problem>" or "compare.skip.<why>" (same_file, too_many, foreign)
    i18n::Message detail;    // where a load problem sits; may be empty
};

struct LoadedParticipants {
    std::vector<ParticipantFile> participants;
    std::vector<SkippedFile> skipped;
};

// Loads each file with storage::loadPortfolioFile (never writes, never locks).
// Broken files, the same file twice and files beyond the 30th are skipped with
// a reason. Files are read on up to `threads` worker threads (0: one per
// core); `progress(done, total)` is called after each file, one call at a time
// but possibly from a worker (may be empty). A requested `stop` leaves the
// files not yet read out of the result.
using ProgressFn = std::function<void(std::size_t, std::size_t)>;
LoadedParticipants loadParticipants(const std::vector<std::string>& paths, const ProgressFn& progress = {},
                                    std::stop_token stop = {}, unsigned threads = 0);

// For the projector with names anonymised: each participant's portfolio gets
// the stand-ins of rules::anonymised (the same as the trainer's copy, since
// the copies share their ids), participants become "Participant 1", … in the
// order given and skipped files "File 1", …; reasons stay.
void anonymise(LoadedParticipants& loaded, i18n::Language language);

// --- the comparison ---------------------------------------------------------

struct PrepareAnswer {
    bool has_plan = false;
    // Checkpoints of the exercise's steps first_step..last_step, in step order.
    std::vector<std::array<bool, method::kCheckpointsPerStep>> checkpoints;
    std::string hook;
    std::string intention;
    std::vector<std::string> questions;   // situation questions and goal hypotheses
    std::vector<std::string> proposals;   // "feature → advantage → benefit"
    std::vector<std::string> objections;  // "objection → answer"
};

struct ActivityAnswer {
    model::Id activity_id = model::kNoId;
    std::string text;       // the participant's sentence now; empty when they deleted it
    bool present = false;
    bool concrete = false;  // the coach's verdict on the sentence and its fields
    std::vector<std::string> flag_keys;  // rules::coachFlagKey of each finding
};

struct ClassAnswer {
    model::Id customer_id = model::kNoId;
    std::string customer;  // the customer's name in the workshop file
    method::CustomerClass proposed = method::CustomerClass::C;  // the ABC proposal of the workshop file
    method::CustomerClass chosen = method::CustomerClass::C;    // the class in effect in the participant's file
    bool overridden = false;
    std::string reason;  // why the participant decided differently
    bool present = false;
};

struct DebriefAnswer {
    bool has_review = false;
    model::ReviewOutcome outcome = model::ReviewOutcome::Unset;
    std::array<model::StepRating, method::kConversationStepCount> steps{};
    model::LifePosition own_position = model::LifePosition::Unset;
    std::string went_well;
    std::string do_differently;
    std::string commitment;
    // The observer's sheet of the same role-play (an Observation in the file
    // linked to this review; the last one when there are several).
    bool observed = false;
    std::string observer;
    int observed_seconds = 0;
    std::array<model::StepRating, method::kConversationStepCount> observed_steps{};
    std::array<model::RatingGap, method::kConversationStepCount> gaps{};  // model::ratingGap(steps[i], observed_steps[i])
    int seller_better = 0;  // steps where the seller rated themselves better than the observer did
    int seller_worse = 0;
};

// One participant's work on one exercise. `score` of `out_of` is the figure of
// the summary table: checkpoints ticked of those asked for; concrete sentences
// of those to rephrase; choices equal to the proposal of those to classify;
// steps rated of the 16 (or elements of the 5).
struct ExerciseAnswer {
    bool done = false;
    int score = 0;
    int out_of = 0;
    PrepareAnswer prepare;
    std::vector<ActivityAnswer> activities;
    std::vector<ClassAnswer> classes;
    DebriefAnswer debrief;
};

struct ParticipantSummary {
    std::string file;
    std::string label;
    int checkpoints_ticked = 0;  // in all plans of the file
    int activities = 0;
    int concrete_activities = 0;  // the coach finds nothing to improve
    int pseudo_activities = 0;    // every other activity: concrete + pseudo = activities
    std::array<int, 3> classes{};  // customers per class in effect: A, B, C
    int exercises_done = 0;
    int observations = 0;  // observer sheets in the file, linked or not
    std::vector<ExerciseAnswer> answers;  // parallel to Comparison::exercises
};

struct Comparison {
    std::vector<model::Exercise> exercises;  // the workshop's, in order
    std::vector<ParticipantSummary> participants;
    std::vector<SkippedFile> skipped;
};

// Compares the participants per exercise of `workshop`. `workshop` is the file
// as the trainer handed it out: its exercises are the rows, and a plan or review
// a participant left exactly as handed out does not count as their answer; the
// ABC proposal is the workshop's (so every participant is measured against the
// same one). With no workshop (the command line), the first participant's
// exercises are the rows, each file's last plan and review of the customer are
// its answers and its own proposal the reference. A participant whose file
// lacks one of the exercises (by id and kind) is a foreign file: moved to
// `skipped`. `today` (ISO) is the coach's date.
// `progress(done, total)` as each participant is taken up; a requested `stop` ends it
// early (the result is then incomplete and meant to be dropped).
Comparison compare(const model::Portfolio* workshop, std::vector<ParticipantFile> participants,
                   std::vector<SkippedFile> skipped, std::string_view today, const ProgressFn& progress = {},
                   std::stop_token stop = {});

}  // namespace etappe::workshop
