#pragma once
// Planned meetings, the most important entries of a rep's week: every
// conversation plan with a date (A customers, METHOD §5) and every reduced
// plan with a date (B and C customers, METHOD §10). Agenda, calendar and the
// .ics export show them beside the activities.
#include <string>
#include <vector>

#include "model/portfolio.h"
#include "rules/abc_classification.h"

namespace etappe::rules {

struct Meeting {
    model::Id customer_id = model::kNoId;
    model::Id plan_id = model::kNoId;  // kNoId: the customer's reduced plan
    std::string date;                  // ISO
    std::string time;                  // HH:MM or empty (a reduced plan has no time)
    bool reduced() const { return plan_id == model::kNoId; }
    bool operator==(const Meeting&) const = default;
};

// In customer order, each customer's plans oldest first. A reduced plan counts
// only while its customer gets the reduced process: once treated as A, the
// planner no longer shows it, so its old date could not be changed or removed.
// Without a classification every dated reduced plan counts.
std::vector<Meeting> meetingsOf(const model::Portfolio& portfolio, const Classification* classes);

}  // namespace etappe::rules
