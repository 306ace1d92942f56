#pragma once
#include "history/document.h"
#include "i18n/translator.h"
#include "rules/abc_classification.h"
#include "ui/notifications.h"

namespace etappe::app {

// Handed to every view each frame: what it may read and the one way to change
// the document (an edit through the history).
struct UiContext {
    history::Document& document;
    const i18n::Translator& tr;
    ui::Notifications& notifications;
    bool read_only = false;
    const rules::Classification* classification = nullptr;  // derived, cached per revision by the shell
    double now = 0.0;  // the shell's clock in seconds, for status messages

    // The class in effect for portfolio.customers[index] (the rep's class when nothing is derived).
    method::CustomerClass effectiveClass(std::size_t index) const {
        if (classification && index < classification->customers.size()) return classification->customers[index].effective;
        return portfolio().customers[index].customer_class;
    }
    // A customers and B/C customers that could become A get the full 16-step process.
    bool treatedAsA(std::size_t index) const {
        if (classification && index < classification->customers.size()) return classification->customers[index].treated_as_a;
        return portfolio().customers[index].customer_class == method::CustomerClass::A;
    }
    bool treatedAsA(model::Id customer_id) const {
        const int index = portfolio().indexOfCustomer(customer_id);
        return index >= 0 && treatedAsA(static_cast<std::size_t>(index));
    }

    const model::Portfolio& portfolio() const { return document.portfolio(); }
    i18n::Language language() const { return tr.language(); }

    // Refused (returns false) while the file is open read-only.
    bool apply(history::Edit edit) { return !read_only && document.apply(std::move(edit)); }
    void status(std::string text) { notifications.status(std::move(text), now); }
};

}  // namespace etappe::app
