#pragma once
// Reviews leave the app only on purpose: one review as Markdown or HTML (for
// a coaching talk), and the development report as Markdown, A4 HTML or JSON.
// Nothing else (briefs, calendars) ever reads reviews.
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "model/portfolio.h"
#include "rules/development.h"
#include "storage/portfolio_file.h"

namespace etappe::exports {

enum class ReportFormat { Markdown, Html, Json };
// From the file name: .md, .html/.htm, .json; nothing for another ending.
std::optional<ReportFormat> reportFormatOf(std::string_view path);

// One review with its customer, meeting and plan beside it.
std::string reviewMarkdown(const model::Portfolio& portfolio, const model::Review& review, const i18n::Translator& tr);
std::string reviewHtml(const model::Portfolio& portfolio, const model::Review& review, const i18n::Translator& tr);

// The development report. The JSON is language-neutral (keys and numbers, see README).
std::string developmentMarkdown(const rules::Development& d, const i18n::Translator& tr);
std::string developmentHtml(const rules::Development& d, const i18n::Translator& tr);
std::string developmentJson(const rules::Development& d);

// Writes atomically through storage::writeExport; the format follows the ending.
storage::SaveResult writeDevelopmentReport(const std::string& path, const rules::Development& d,
                                           const i18n::Translator& tr, bool replace_existing);
storage::SaveResult writeReview(const std::string& path, const model::Portfolio& portfolio,
                                const model::Review& review, const i18n::Translator& tr, bool replace_existing);

}  // namespace etappe::exports
