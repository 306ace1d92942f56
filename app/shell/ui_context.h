#pragma once
#include <optional>
#include <string>

#include "history/document.h"
#include "history/edit.h"
#include "i18n/translator.h"
#include "rules/abc_classification.h"
#include "rules/derived.h"
#include "ui/notifications.h"

namespace etappe::app {

// The one way a view changes the document: an edit through the history.
// Refused (returns false) while the file is open read-only.
class EditSink {
public:
    EditSink(history::Document& document, bool read_only) : document_(document), read_only_(read_only) {}
    bool apply(history::Edit edit) { return !read_only_ && document_.apply(std::move(edit)); }
    bool readOnly() const { return read_only_; }

private:
    history::Document& document_;
    bool read_only_;
};

// A view asks the shell to open a plan in the planner (a meeting clicked in
// the calendar). plan_id kNoId: the customer's reduced plan.
struct OpenPlanRequest {
    model::Id customer_id = model::kNoId;
    model::Id plan_id = model::kNoId;
};

// Handed to every view each frame: what it may read (the document is const),
// the derived data the shell keeps per revision and day, the clock, and the
// edit sink.
struct UiContext {
    const history::Document& document;
    EditSink edits;
    const i18n::Translator& tr;
    ui::Notifications& notifications;
    const rules::Classification& classification;  // derived once per revision by the shell
    std::string today;  // ISO date of the shell's clock: tests set it, and it moves on at midnight
    double now = 0.0;   // the shell's clock in seconds, for status messages
    bool read_only = false;
    std::optional<OpenPlanRequest> open_plan = std::nullopt;  // set by a view, followed by the shell after drawing

    const model::Portfolio& portfolio() const { return document.portfolio(); }
    i18n::Language language() const { return tr.language(); }
    // Derived data is keyed by the revision and the day.
    rules::DerivedKey derivedKey() const { return rules::DerivedKey{document.revision(), today}; }

    // The class in effect (the rep's class while the classification does not know the customer yet).
    method::CustomerClass effectiveClass(model::Id customer_id) const {
        if (const auto* info = classification.find(customer_id)) return info->effective;
        const model::Customer* customer = portfolio().findCustomer(customer_id);
        return customer ? customer->customer_class : method::CustomerClass::C;
    }
    // A customers and B/C customers that could become A get the full 16-step process.
    bool treatedAsA(model::Id customer_id) const {
        if (const auto* info = classification.find(customer_id)) return info->treated_as_a;
        return effectiveClass(customer_id) == method::CustomerClass::A;
    }

    bool apply(history::Edit edit) { return edits.apply(std::move(edit)); }
    void status(std::string text) { notifications.status(std::move(text), now); }
};

}  // namespace etappe::app
