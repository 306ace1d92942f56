#pragma once
// The activity coach (METHOD §8): is an activity concrete and transparent —
// a date, a named person (or role), and a concrete action with an object —
// or a pseudo-activity like "wait for the decision"?
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/activity.h"
#include "model/portfolio.h"

namespace etappe::rules {

enum class CoachFlag {
    PseudoActivity,   // "auf Entscheidung warten", "follow up", "try to reach" …
    MissingDate,      // no date in the form nor in the text
    MissingPerson,    // no contact in the form, no name or role in the text
    PastDatePlanned,  // the date is before today but the activity is still planned
    NoConcreteAction, // too short or no verb with an object ("Meeting", "Kunde")
    FieldConflict,    // the sentence names another date or time than the fields ("am 4.12." but 5 December)
};

// i18n: "coach.<key>.why" (why this is a problem), "coach.<key>.how" (how to
// rephrase), and one example per flag "coach.<key>.example".
std::string_view coachFlagKey(CoachFlag flag);

struct CoachFinding {
    CoachFlag flag;
    std::string matched;  // the pseudo phrase found ("warten") or the date or time in conflict ("am 4.12."), for the message
};

struct CoachVerdict {
    std::vector<CoachFinding> findings;
    std::optional<std::string> date_in_text;    // ISO date read from the text ("Am 18.06." → 2026-06-18)
    std::optional<std::string> time_in_text;    // "HH:MM" read from the text ("um 14 Uhr" → 14:00)
    std::optional<std::string> person_in_text;  // "Herrn Demir", "Ms Novak", "Einkaufsleiter", "plant manager"
    bool concrete() const { return findings.empty(); }
    bool has(CoachFlag flag) const;
};

// Judges an activity as typed. `portfolio` resolves the contact (may be null);
// `today` is ISO YYYY-MM-DD. Done and cancelled activities get no PastDatePlanned.
CoachVerdict reviewActivity(const model::Activity& activity, const model::Portfolio* portfolio, std::string_view today);

// Empty date and time fields take the date and time the sentence names ("Am
// 3.12. um 9:00 …"), so the activity reaches agenda, calendar and export. A
// filled field is never overwritten: a disagreement is the FieldConflict flag.
// True when a field changed.
bool fillFieldsFromText(model::Activity& activity, std::string_view today);

// Judges a sentence alone, as with `etappe --coach "TEXT"`: date and person must be in the text.
CoachVerdict reviewText(std::string_view text, std::string_view today);

}  // namespace etappe::rules
