#pragma once
#include <string>

#include "model/ids.h"

namespace etappe::model {

enum class ActivityStatus { Planned, Done, Cancelled };

// One concrete, dated step that realises the goals (METHOD §8): on a date, with
// a named person, an action with an object — "On 23 November present the
// concept to Ms Gerens".
struct Activity {
    Id id = kNoId;
    std::string date;          // ISO YYYY-MM-DD; empty = not dated yet (the coach flags it)
    std::string time;          // HH:MM, optional
    int duration_minutes = 0;  // 0 = not given
    Id customer_id = kNoId;    // kNoId = not tied to a customer
    Id contact_id = kNoId;     // a contact of that customer, or kNoId
    std::string action;        // the action in the rep's words
    std::string step_key;      // optional link: a 16-step key ("proposals") or "reduced.<element>"
    Id goal_plan_id = kNoId;   // optional link to a goal plan
    ActivityStatus status = ActivityStatus::Planned;
    std::string outcome;       // what came of it

    bool operator==(const Activity&) const = default;
};

}  // namespace etappe::model
