#pragma once
// The printable sheets (exports/sheets.h) as A4 PDF, DejaVu Sans embedded, with the same words
// as the HTML sheets (exports/sheet_content.h): tick boxes, writing lines and empty boxes drawn.
#include <string>
#include <string_view>

#include "exports/pdf/pdf_document.h"
#include "exports/sheets.h"
#include "i18n/translator.h"
#include "storage/portfolio_file.h"

namespace etappe::exports {

// One page per sheet; the planning sheet's 16 steps take two.
PdfDocument sheetPdf(SheetKind kind, const i18n::Translator& tr);

// Whether a sheet can be written to a file of this name: .html, .htm or .pdf, any case.
bool isSheetFileName(std::string_view path);

// Writes the sheet in the format its file name asks for: a PDF here, HTML through writeSheet.
// Same target checks and atomic replace as every export (storage::writeExport).
storage::SaveResult writeSheetFile(const std::string& path, SheetKind kind, const i18n::Translator& tr,
                                   bool replace_existing);

}  // namespace etappe::exports
