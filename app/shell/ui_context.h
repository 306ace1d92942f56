#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>

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

// A view asks the shell to show something on another screen: a meeting clicked
// in the calendar, a plan or an activity in a customer's history. The shell
// follows it after drawing: it shows `screen` and hands the request to it.
struct NavigationRequest {
    std::string_view screen;  // a screen id, e.g. "plan"
    model::Id customer_id = model::kNoId;
    model::Id plan_id = model::kNoId;      // the plan screen: this plan (kNoId: the newest, or the reduced plan)
    model::Id activity_id = model::kNoId;  // the activities screen: this activity
    std::string date = {};                 // the review screen: a reduced contact's meeting on this ISO date
    model::Id review_id = model::kNoId;    // the review screen: this review
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
    // On the projector: the rep's self-reviews stay private, so views leave out
    // what shows or opens them (the Review screen itself is hidden by the shell).
    bool presenting = false;
    bool anonymised = false;  // the document is the anonymised copy: what a view reads from elsewhere must be too
    std::optional<NavigationRequest> navigate = std::nullopt;  // set by a view, followed by the shell
    // Exports a view writes itself (a review, the development report) start where the rep put the last
    // export, and a written one moves that folder on. Set by the shell; empty in view tests.
    std::function<std::string()> export_folder = nullptr;
    std::function<void(const std::string&)> exported = nullptr;

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
    std::string exportFolder() const { return export_folder ? export_folder() : std::string("."); }
    void rememberExport(const std::string& path) {
        if (exported) exported(path);
    }
};

}  // namespace etappe::app
