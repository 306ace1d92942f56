#pragma once
// Turning a read CSV table into one edit of the portfolio, with a preview of
// what each row will do. Nothing is changed here: the caller shows the plan
// and applies `edit` (one undo step) only when the rep confirms.
//
// Customers: a row matches a customer by Etappe id (when the row names no
// company or the same one: an id from another portfolio's export must not
// update a stranger), else by company name (case and spaces ignored; "GmbH"
// and "GmbH & Co. KG" stay different), and a
// contact of that customer by e-mail, else by name. Matches are updated, never
// duplicated; empty cells never erase what the portfolio knows.
// Activities: the customer must exist (by id or name). A row is the activity
// of its Etappe id when customer, date, time and text agree; else the activity
// with that customer, date, time and text; else the activity of its id when
// only the text, or only the date and time, changed (same customer); else a
// new activity. So an edited export updates what it names, and a row whose id
// points elsewhere never overwrites an unrelated activity.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "history/change.h"
#include "interop/csv_columns.h"
#include "interop/csv_reader.h"
#include "rules/activity_coach.h"

namespace etappe::interop {

enum class RowOutcome { Created, Updated, Unchanged, Rejected };
std::string_view rowOutcomeKey(RowOutcome outcome);  // i18n "csv.outcome.<key>"

struct ImportRow {
    int number = 0;  // spreadsheet row (header = 1)
    RowOutcome outcome = RowOutcome::Unchanged;
    std::string label;                     // the company (and contact), or the activity's text
    i18n::Message reason;                  // why rejected, or a note on an accepted row
    std::optional<rules::CoachVerdict> coach;  // activities: the coach's verdict on the row as it will be
};

struct ImportPlan {
    ImportKind kind = ImportKind::Customers;
    std::array<int, 4> counts{};  // by RowOutcome
    std::vector<ImportRow> rows;
    history::Edit edit;  // empty when nothing changes
    int count(RowOutcome outcome) const { return counts[static_cast<std::size_t>(outcome)]; }
    // Something will be written (created or updated rows).
    bool changes() const { return !edit.empty(); }
    // Every row was rejected: nothing could be imported.
    bool nothingImportable() const {
        return count(RowOutcome::Rejected) == static_cast<int>(rows.size());
    }
};

// Plans the import of `table` with `mapping` (one field per column) into
// `portfolio`. `today` (ISO) dates new customers and is the coach's today.
// `progress` may be null; a cancel request returns the plan so far without an edit.
ImportPlan planImport(const model::Portfolio& portfolio, const CsvTable& table, const std::vector<CsvField>& mapping,
                      ImportKind kind, std::string_view today, CsvProgress* progress = nullptr);

// Reads money as either language writes it: "1.234,50 €", "€1,234.50", "1234.5".
std::optional<std::int64_t> parseCsvMoney(std::string_view text);

// A company name as matched: lower case, runs of spaces as one, trimmed.
std::string companyKey(std::string_view name);

}  // namespace etappe::interop
