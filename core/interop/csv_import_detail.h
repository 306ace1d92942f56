#pragma once
// Shared by the customer and the activity import (csv_import*.cpp).
#include <string>
#include <string_view>
#include <vector>

#include "interop/csv_import.h"

namespace etappe::interop::detail {

// Same bounds as the file's validation, so an import never makes a portfolio that cannot be saved.
inline constexpr std::size_t kMaxShortText = 1'000;
inline constexpr std::size_t kMaxLongText = 100'000;

// The cells of one row, looked up by field.
class RowCells {
public:
    RowCells(const CsvTable& table, const std::vector<int>& column_of, const CsvRow& row)
        : table_(table), column_of_(column_of), row_(row) {}
    // The cell as written, without the ' an export puts before a formula-like text.
    std::string raw(CsvField field) const;
    // The cell without surrounding spaces.
    std::string text(CsvField field) const;
    bool mapped(CsvField field) const { return column_of_[static_cast<std::size_t>(field)] >= 0; }
    // The column's name, for a reason ("Annual revenue").
    std::string header(CsvField field) const;

private:
    const CsvTable& table_;
    const std::vector<int>& column_of_;
    const CsvRow& row_;
};

std::string trim(std::string_view text);
// Lower case, runs of white space as one space, trimmed.
std::string nameKey(std::string_view text);
// A positive whole number (an Etappe id), or nothing.
std::optional<model::Id> parseId(std::string_view text);
// A text too long for its field: the reason, else empty.
i18n::Message tooLong(const RowCells& cells, CsvField field, std::size_t limit);

// Every row of the table through `import_row`, with progress and cancel (a
// cancelled plan stops where it was), then the plan's edit from `make_edit`.
template <class ImportOne, class MakeEdit>
ImportPlan importRows(const CsvTable& table, CsvProgress* progress, ImportOne&& import_row, MakeEdit&& make_edit);

void countRow(ImportPlan& plan, ImportRow row);
void reportProgress(CsvProgress* progress, std::size_t done, std::size_t total);

template <class ImportOne, class MakeEdit>
ImportPlan importRows(const CsvTable& table, CsvProgress* progress, ImportOne&& import_row, MakeEdit&& make_edit) {
    ImportPlan plan;
    std::size_t done = 0;
    for (const CsvRow& row : table.rows) {
        reportProgress(progress, done++, table.rows.size());
        if (progress && (done & 511) == 0 && progress->cancel.load()) return plan;
        countRow(plan, import_row(row));
    }
    plan.edit = make_edit();
    return plan;
}

ImportPlan planCustomers(const model::Portfolio& portfolio, const CsvTable& table, const std::vector<int>& column_of,
                         std::string_view today, CsvProgress* progress);
ImportPlan planActivities(const model::Portfolio& portfolio, const CsvTable& table, const std::vector<int>& column_of,
                          std::string_view today, CsvProgress* progress);

}  // namespace etappe::interop::detail
