#pragma once
// The meeting brief as a PDF, laid out with pango and drawn by cairo from the same content as
// the HTML and Markdown briefs (exports/brief_content.h). Its own library (etappe_pdf), so
// that core, its tests and the fuzz harness keep depending on cereal only.
#include <string>
#include <string_view>

#include "exports/brief_export.h"
#include "exports/pdf/pdf_document.h"
#include "i18n/translator.h"

namespace etappe::exports {

using PdfBrief = PdfDocument;

// An A4 brief, DejaVu Sans embedded: one page for a plan filled as reps fill it, a second one
// only for a very full plan. `target` must be briefable().
PdfBrief briefPdf(const BriefTarget& target, const i18n::Translator& tr);

// Whether a brief can be written to a file of this name: .md, .markdown, .html, .htm or .pdf.
bool isBriefFileName(std::string_view path);

// Writes the brief in the format its file name asks for: a PDF here, Markdown and HTML through
// writeBrief. Same target checks and atomic replace as every export (storage::writeExport).
storage::SaveResult writeBriefFile(const std::string& path, const BriefTarget& target, const i18n::Translator& tr,
                                   bool replace_existing);

}  // namespace etappe::exports
