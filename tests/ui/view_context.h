#pragma once
// A UiContext for a view drawn on its own (without the App): the derived data
// and the date the shell would hand it, made fresh for every frame.
#include <string>

#include "history/document.h"
#include "rules/derived.h"
#include "shell/ui_context.h"

namespace etappe::testing {

struct ViewContext {
    ViewContext(history::Document& doc, const i18n::Translator& translator, ui::Notifications& notes,
                std::string date = "2026-11-23")
        : document(doc), tr(translator), notifications(notes), today(std::move(date)) {}

    history::Document& document;
    const i18n::Translator& tr;
    ui::Notifications& notifications;
    std::string today;
    bool read_only = false;
    rules::Derived<rules::Classification> classification;

    app::UiContext make() {
        const rules::DerivedKey key{document.revision(), today};
        const auto& classes = classification.get(key, [this] { return rules::classify(document.portfolio()); });
        return app::UiContext{document, app::EditSink{document, read_only}, tr, notifications, classes, today, 0.0,
                              read_only};
    }
};

}  // namespace etappe::testing
