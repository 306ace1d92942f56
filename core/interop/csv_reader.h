#pragma once
// Reading a CSV file as spreadsheets and CRMs write it: RFC 4180 records
// (quoted fields may hold separators, quotes and line breaks), comma or
// semicolon (detected), UTF-8 with or without BOM, or Windows-1252 as Excel
// writes it in Germany (see csv_encoding.h). Hostile input is bounded:
// every problem is either a refusal of the whole file or a reason on one row.
#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/message.h"
#include "interop/csv_encoding.h"

namespace etappe::interop {

// Bounds that keep a hostile file from taking the machine.
inline constexpr std::size_t kMaxCsvBytes = 128u * 1024 * 1024;
inline constexpr std::size_t kMaxCsvRows = 1'000'000;
inline constexpr std::size_t kMaxCsvColumns = 500;
inline constexpr std::size_t kMaxCellBytes = 1024 * 1024;  // longer cells are cut here and their row rejected

// Shared with a worker thread: how far it is (0..1), and a request to stop.
struct CsvProgress {
    std::atomic<double> fraction{0.0};
    std::atomic<bool> cancel{false};
};

struct CsvRow {
    int number = 0;                  // the row as a spreadsheet numbers it: the header is row 1
    std::vector<std::string> cells;  // as many as the header has
    i18n::Message problem;           // set: the reader rejects this row (why)
};

struct CsvTable {
    CsvEncoding encoding = CsvEncoding::Utf8;
    std::string charset;  // a Detected encoding's name
    std::string encodingName() const { return csvEncodingName(encoding, charset); }
    char separator = ',';
    std::vector<std::string> header;
    std::vector<CsvRow> rows;          // blank rows left out
    std::vector<i18n::Message> notes;  // worth knowing, not wrong (a duplicate column name)
};

struct CsvReadResult {
    std::optional<CsvTable> table;
    i18n::Message refusal;  // why nothing can be read, when there is no table
    bool ok() const { return table.has_value(); }
};

// Reads the whole text. `progress` may be null; when it asks to cancel, the
// result is a refusal "csv.refused.cancelled".
CsvReadResult readCsv(std::string_view bytes, CsvProgress* progress = nullptr);

// Reads a file (refuses files larger than kMaxCsvBytes before reading them).
CsvReadResult readCsvFile(const std::string& path, CsvProgress* progress = nullptr);

}  // namespace etappe::interop
