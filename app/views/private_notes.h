#pragma once
// Notes a rep marked private (a customer's notes, its knowledge notes and the
// notes-to-self in its plans) stay off the projector: while presenting, views
// show a short hint in their place.
#include "model/customer.h"
#include "shell/ui_context.h"

namespace etappe::app {

inline bool privateHidden(const UiContext& ctx, const model::Customer& customer) {
    return ctx.presenting && customer.private_notes;
}

// The muted line drawn instead of a hidden note (probe "private.hidden").
void privateNotesHint(const i18n::Translator& tr);

}  // namespace etappe::app
