// Small helpers the workshop's exercise editor and its compare tab (workshop_compare_view.cpp,
// workshop_compare_detail.cpp) share.
#pragma once

#include <string>

#include "i18n/translator.h"
#include "method/conversation_steps.h"
#include "model/exercise.h"

namespace etappe::app::workshop_helpers {

inline std::string kindText(const i18n::Translator& tr, model::ExerciseKind kind) {
    return tr.text("exercise.kind." + std::string(model::exerciseKindKey(kind)));
}

inline std::string titleOf(const i18n::Translator& tr, const model::Exercise& e) { return e.title.empty() ? kindText(tr, e.kind) : e.title; }

inline std::string stepName(const i18n::Translator& tr, int step) {
    return std::to_string(step) + " " +
           tr.text("step." + std::string(method::conversationStepKey(method::conversationStepAt(static_cast<std::size_t>(step - 1)))) +
                   ".name");
}

// A table cell shaded from white (0) to the method's green (all of `out_of`),
// with `text` in it (workshop_compare_detail.cpp).
void heatCell(int score, int out_of, const std::string& text);

}  // namespace etappe::app::workshop_helpers
