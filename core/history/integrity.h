#pragma once
// Keeping references whole. An edit that removes or re-links an entity drags
// along what refers to it, so the portfolio always passes the validation a
// save runs:
//   customer deleted  → its activities are deleted; bookings keep their revenue
//                       but no longer name the customer;
//   contact removed   → it leaves the attendees of its customer's plans, and
//                       activities that named it keep only the customer;
//   goal plan deleted → activities that served it are no longer linked to it;
//   customer deleted  → its reviews are deleted with it (a review is about the
//                       rep's meeting with this customer; undo brings both back);
//   plan deleted      → its review stays (the rep's lessons are not the plan's):
//                       it loses the link and is marked "meeting deleted";
//   activity deleted  → a review that made it its next activity loses the link;
//   customer or activity deleted → a workshop exercise about it keeps its
//                       instruction but loses that target (the workshop screen
//                       marks an exercise left without a target);
//   review deleted    → a role-play observation of it keeps its ratings and
//                       loses the link (review_id becomes kNoId);
//   an activity, plan or goal plan changed to point at something that does not
//                       exist → that link is cleared.
#include "history/change.h"

namespace etappe::history {

// The repairs `edit` needs, read from `state`: the portfolio after the edit
// (Document::apply appends them to the same undo step), or before it (to tell
// the user what a deletion will affect).
Edit repairsFor(const model::Portfolio& state, const Edit& edit);

// What an edit would do to other entities, for the confirmation a user reads first.
struct Impact {
    int activities_deleted = 0;
    int activities_unlinked = 0;
    int bookings_unlinked = 0;
    int plans_changed = 0;  // plans that lose an attendee
    int reviews_deleted = 0;
    int reviews_unlinked = 0;  // reviews whose meeting (plan) or next activity goes
    int exercises_changed = 0;  // workshop exercises that lose a target
    int observations_unlinked = 0;  // role-play observations whose review goes
    bool none() const {
        return activities_deleted + activities_unlinked + bookings_unlinked + plans_changed + reviews_deleted +
                   reviews_unlinked + exercises_changed + observations_unlinked ==
               0;
    }
};
Impact impactOf(const model::Portfolio& portfolio, const Edit& edit);

}  // namespace etappe::history
