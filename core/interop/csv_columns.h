#pragma once
// What a CSV column means to Etappe, the column names Etappe recognises
// (its own export in English and German, Salesforce, HubSpot, Pipedrive) and
// the names its export writes. The list is documented in the README.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/message.h"
#include "i18n/translator.h"

namespace etappe::interop {

enum class CsvField {
    Ignore,
    // customers and contacts
    CustomerId, Company, Industry, City, Class, AnnualRevenue, Potential, Currency, Phase, Notes,
    ContactName, ContactFirstName, ContactLastName, ContactRole, ContactEmail, ContactPhone,
    // activities (with CustomerId and Company for the customer)
    ActivityId, Date, Time, Duration, Person, Text, Status, Outcome,
};

enum class ImportKind { Customers, Activities };
enum class ExportKind { Customers, Contacts, Activities };

// The fields a column can be mapped to for this import, Ignore first.
std::span<const CsvField> importFields(ImportKind kind);
// The columns an export writes, in order (the import reads every one of them).
std::span<const CsvField> exportColumns(ExportKind kind);

// i18n key of the field's name in the mapping ("csv.field.company").
std::string_view csvFieldKey(CsvField field);
// The column name Etappe's export writes in this language ("Company" / "Firma").
std::string_view csvHeader(CsvField field, i18n::Language language);

// One field per column, from the column names: the first column whose name
// is known gets the field; later columns with the same meaning are ignored.
std::vector<CsvField> autoMapping(const std::vector<std::string>& header, ImportKind kind);

// The mapping with `field` given to `column` and taken from any other column.
void assignField(std::vector<CsvField>& mapping, std::size_t column, CsvField field);

// Lower case for ASCII and the Latin-1 capitals ("Ä" → "ä"); other bytes kept.
std::string foldCase(std::string_view text);

// A column name as compared: lower case, everything but letters and digits dropped.
std::string headerKey(std::string_view name);

}  // namespace etappe::interop
