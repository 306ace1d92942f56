#pragma once
// The comparison leaves the app as A4 HTML (for the trainer's handout or the
// projector) or as JSON (language-neutral: keys and numbers, see README).
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "storage/portfolio_file.h"
#include "workshop/compare.h"

namespace etappe::workshop {

std::string comparisonHtml(const Comparison& c, const i18n::Translator& tr);
std::string comparisonJson(const Comparison& c);

// Writes through storage::writeExport; .html/.htm or .json, anything else is refused.
storage::SaveResult writeComparison(const std::string& path, const Comparison& c, const i18n::Translator& tr,
                                    bool replace_existing);

}  // namespace etappe::workshop
