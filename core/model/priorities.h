#pragma once
#include <array>
#include <string>

#include "method/customer_class.h"

namespace etappe::model {

// How the A/B/C proposal is computed (METHOD §9, ABC analysis): customers are
// ranked by revenue; those that make up the first `a_share_percent` of the
// cumulative revenue are A, the next `b_share_percent` are B, the rest C.
struct AbcThresholds {
    int a_share_percent = 65;
    int b_share_percent = 20;
    bool include_potential = false;  // rank by revenue + potential instead of revenue alone
    bool operator==(const AbcThresholds&) const = default;
};

// How much effort a class gets (METHOD §9). Empty text means the method's
// default for that class, shown from the string table ("effort.<class>.<field>").
struct ClassEffort {
    std::string appointment;
    std::string preparation;
    std::string conversation;
    std::string follow_up;
    bool operator==(const ClassEffort&) const = default;
};

struct PrioritySettings {
    AbcThresholds thresholds;
    std::array<ClassEffort, 3> effort{};  // A, B, C
    bool operator==(const PrioritySettings&) const = default;
};

// The rep's own decision about a customer's class, next to the proposal.
struct ClassDecision {
    bool overridden = false;  // false: the class in effect is the ABC proposal
    std::string reason;       // why the rep decided differently (Customer::customer_class holds the chosen class)
    bool could_become_a = false;  // a B or C customer treated as A (METHOD §10)
    bool operator==(const ClassDecision&) const = default;
};

}  // namespace etappe::model
