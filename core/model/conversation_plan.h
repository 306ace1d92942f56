#pragma once
#include <array>
#include <string>
#include <vector>

#include "method/conversation_steps.h"
#include "model/ids.h"

namespace etappe::model {

// A proposal as the customer should hear it: what it is, what it does better,
// and what that means for this customer (feature → advantage → benefit).
struct Proposal {
    std::string feature;
    std::string advantage;
    std::string benefit;
    bool operator==(const Proposal&) const = default;
};

// An objection the rep expects, with the answer prepared for it.
struct PreparedObjection {
    std::string objection;
    std::string answer;
    bool operator==(const PreparedObjection&) const = default;
};

// The rep's work on one of the 16 steps: the three checkpoints and free notes.
struct StepWork {
    std::array<bool, method::kCheckpointsPerStep> checkpoints{};
    std::string notes;
    bool operator==(const StepWork&) const = default;
};

// The preparation of one meeting with an A customer along the 16 steps (METHOD §5).
struct ConversationPlan {
    Id id = kNoId;
    std::string date;   // ISO-8601 date of the meeting, YYYY-MM-DD
    std::string time;   // HH:MM, may be empty
    std::string place;  // place or channel ("on site in Regensburg", "video call")
    std::string goal;   // the meeting's own goal
    std::vector<Id> attendee_ids;  // contact persons of the same customer
    std::array<StepWork, method::kConversationStepCount> steps{};

    // Structured fields of the steps that call for them.
    std::string sales_goals;            // Preparation: concrete sales goals for this meeting
    std::string missing_information;    // Preparation: what the rep still needs to find out
    std::string hook;                   // Opening: the Aufhänger
    std::string intention;              // Opening: the one-sentence intention
    std::vector<std::string> situation_questions;  // Customer situation
    std::vector<std::string> goal_hypotheses;      // Customer goals
    std::vector<Proposal> proposals;
    std::vector<PreparedObjection> objections;
    std::vector<std::string> decision_criteria;    // Decision: the customer's criteria
    std::vector<std::string> decision_impulses;    // Decision: planned impulses
    std::vector<std::string> additional_offers;    // Additional business
    std::string after_sales_mail;                  // Support: draft of the after-sales mail

    bool operator==(const ConversationPlan&) const = default;

    int checkedCount() const;
};

}  // namespace etappe::model
