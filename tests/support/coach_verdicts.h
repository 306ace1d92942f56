#pragma once
// A trainer's verdicts on activity sentences (METHOD §8) and how the coach
// compares with them: shared by the held-out phrasing blocks.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "rules/activity_coach.h"

namespace etappe::testing {

// The day the trainer's verdicts were written for (a Monday), and the flags
// as the blocks write them: P pseudo, D no day, N no person, A no action.
inline constexpr const char* kVerdictDay = "2026-11-23";
namespace verdict_flags {
inline constexpr rules::CoachFlag P = rules::CoachFlag::PseudoActivity;
inline constexpr rules::CoachFlag D = rules::CoachFlag::MissingDate;
inline constexpr rules::CoachFlag N = rules::CoachFlag::MissingPerson;
inline constexpr rules::CoachFlag A = rules::CoachFlag::NoConcreteAction;
}  // namespace verdict_flags

struct Verdict {
    const char* text;
    std::set<rules::CoachFlag> flags;  // empty: concrete
};

inline std::string describe(const std::set<rules::CoachFlag>& flags) {
    std::string out;
    for (const rules::CoachFlag flag : flags) out += std::string(rules::coachFlagKey(flag)) + " ";
    return out.empty() ? "concrete" : out;
}

struct Agreement {
    int rows = 0;
    int verdicts = 0;  // concrete or not, as the trainer said
    int flags = 0;     // exactly the trainer's flags
};

// Judges every row as a sentence alone (as `etappe --coach`) and reports each
// disagreement; `today` is ISO YYYY-MM-DD.
inline Agreement compareWithTrainer(const std::vector<Verdict>& rows, const char* today) {
    Agreement agreement;
    for (const Verdict& row : rows) {
        const auto verdict = rules::reviewText(row.text, today);
        std::set<rules::CoachFlag> flags;
        for (const auto& finding : verdict.findings) flags.insert(finding.flag);
        const bool same_verdict = verdict.concrete() == row.flags.empty();
        ++agreement.rows;
        agreement.verdicts += same_verdict ? 1 : 0;
        agreement.flags += flags == row.flags ? 1 : 0;
        if (flags != row.flags)
            MESSAGE(std::string(same_verdict ? "flags differ: " : "VERDICT differs: ")
                    << std::string(row.text) << " → coach: " << describe(flags)
                    << "| trainer: " << describe(row.flags));
    }
    MESSAGE("phrasings: " << agreement.rows << ", verdict agrees: " << agreement.verdicts
                          << ", flags agree: " << agreement.flags);
    return agreement;
}

}  // namespace etappe::testing
