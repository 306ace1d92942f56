#pragma once

namespace etappe::storage {

// The version of the file format this build writes. Every version ever written
// keeps loading: add a fixture under tests/fixtures/vN/ whenever this changes.
//   1 — customers with contacts, class, revenue, potential and phase.
//   2 — customer knowledge (7 areas) and conversation plans (16 steps).
//   3 — goal plans with bookings, and dated activities.
//   4 — class decisions (override with reason, "could become A"), priority
//       settings (ABC thresholds, effort per class) and the reduced plan.
//   5 — the rep's reviews of meetings (debriefs: outcome, ratings, attitude,
//       balance of interests, lessons). Older files load with none.
//   6 — workshop exercises (kind, title, instruction, target customers or
//       activities, steps a–b, done). Older files load with none; nothing
//       else changed, so migrateToCurrent has nothing to do for 5 → 6.
//       Later within 6: role-play observations ("observations"), an optional
//       list — a version 6 file without it loads with none, and builds that
//       do not know it ignore it, so the version stays 6.
//   7 — a customer's notes can be marked private ("private_notes"): hidden
//       while presenting. Older files load with nothing marked.
inline constexpr int kFormatVersion = 7;
inline constexpr int kOldestFormatVersion = 1;

// Passed to the serialize functions while loading, so fields added in later
// versions are read only from files that have them.
struct LoadContext {
    int format_version = kFormatVersion;
};

}  // namespace etappe::storage
