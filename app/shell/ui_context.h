#pragma once
#include "history/document.h"
#include "i18n/translator.h"
#include "ui/notifications.h"

namespace etappe::app {

// Handed to every view each frame: what it may read and the one way to change
// the document (an edit through the history).
struct UiContext {
    history::Document& document;
    const i18n::Translator& tr;
    ui::Notifications& notifications;
    bool read_only = false;

    const model::Portfolio& portfolio() const { return document.portfolio(); }
    i18n::Language language() const { return tr.language(); }

    // Refused (returns false) while the file is open read-only.
    bool apply(history::Edit edit) { return !read_only && document.apply(std::move(edit)); }
};

}  // namespace etappe::app
