#pragma once
// A workshop exercise (issue 12): the trainer builds a list of them from the
// open file and hands the file out; each participant works the exercises in
// their own copy, and the trainer compares the copies afterwards. Exercises
// live in the portfolio file (format version 6); ids are shared by every copy
// of the workshop file, which is what lets the comparison line participants up.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "method/conversation_steps.h"
#include "model/ids.h"

namespace etappe::model {

enum class ExerciseKind {
    PrepareMeeting,      // prepare the meeting with one customer, steps first_step–last_step
    RephraseActivities,  // rephrase these pseudo-activities into concrete ones
    ClassifyCustomers,   // decide A/B/C for these customers
    DebriefMeeting,      // debrief the meeting with one customer (a review)
};

inline constexpr int kMaxExercises = 200;

struct Exercise {
    Id id = kNoId;
    ExerciseKind kind = ExerciseKind::PrepareMeeting;
    std::string title;        // short name shown in the banner and the comparison ("Prepare Hotel Adler")
    std::string instruction;  // what the participant is asked to do, in the trainer's words
    // Targets. PrepareMeeting / DebriefMeeting: one customer; ClassifyCustomers: the
    // customers to classify; RephraseActivities: the activities to rephrase.
    // A deleted customer or activity leaves the list (integrity.cpp); the exercise stays.
    std::vector<Id> customer_ids;
    std::vector<Id> activity_ids;
    int first_step = 1;  // PrepareMeeting: steps a–b of the 16, 1-based, inclusive
    int last_step = static_cast<int>(method::kConversationStepCount);
    bool done = false;  // ticked by the participant in their copy

    bool operator==(const Exercise&) const = default;
};

// Stable keys: in the file and as stems of text keys ("exercise.kind.<key>").
std::string_view exerciseKindKey(ExerciseKind kind);
std::optional<ExerciseKind> exerciseKindFromKey(std::string_view key);
inline constexpr ExerciseKind kExerciseKinds[] = {ExerciseKind::PrepareMeeting, ExerciseKind::RephraseActivities,
                                                 ExerciseKind::ClassifyCustomers, ExerciseKind::DebriefMeeting};

}  // namespace etappe::model
