#pragma once
// Customers, contacts and activities as CSV, in the columns the import reads:
// UTF-8 with BOM (so Excel reads umlauts), comma or semicolon, CRLF line ends,
// and every text cell that a spreadsheet would run as a formula (starting with
// = + - @, tab or CR) neutralised with a leading '.
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "interop/csv_columns.h"
#include "model/portfolio.h"

namespace etappe::interop {

struct CsvExportOptions {
    char separator = ',';  // ',' or ';'
    i18n::Language headers = i18n::Language::English;  // the column names' language
};

std::string exportCsv(const model::Portfolio& portfolio, ExportKind kind, const CsvExportOptions& options = {});

// One cell as written: quoted when it holds the separator, a quote or a line
// break; a formula-like start neutralised.
std::string csvCell(std::string_view text, char separator);

// "customers", "contacts", "activities" (the command line's words).
std::optional<ExportKind> exportKindFromName(std::string_view name);

}  // namespace etappe::interop
