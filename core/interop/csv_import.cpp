#include "interop/csv_import.h"

#include <charconv>

#include "i18n/format.h"
#include "interop/csv_import_detail.h"

namespace etappe::interop {

namespace detail {

namespace {
bool isSpace(char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; }
}  // namespace

std::string RowCells::raw(CsvField field) const {
    const int column = column_of_[static_cast<std::size_t>(field)];
    if (column < 0 || static_cast<std::size_t>(column) >= row_.cells.size()) return {};
    const std::string& cell = row_.cells[static_cast<std::size_t>(column)];
    // Etappe's export neutralises formula-like text with a leading ' (and adds one
    // before a text that already starts with ' and such a character); take it off again.
    const std::string_view formula_start = "=+-@\t\r";
    auto formulaLike = [&](std::size_t at) {
        return at < cell.size() && formula_start.find(cell[at]) != std::string_view::npos;
    };
    if (!cell.empty() && cell[0] == '\'' && (formulaLike(1) || (cell.size() > 2 && cell[1] == '\'' && formulaLike(2))))
        return cell.substr(1);
    return cell;
}

std::string RowCells::text(CsvField field) const { return trim(raw(field)); }

std::string RowCells::header(CsvField field) const {
    const int column = column_of_[static_cast<std::size_t>(field)];
    if (column < 0 || static_cast<std::size_t>(column) >= table_.header.size()) return {};
    return table_.header[static_cast<std::size_t>(column)];
}

std::string trim(std::string_view text) {
    std::size_t first = 0;
    std::size_t last = text.size();
    while (first < last && isSpace(text[first])) ++first;
    while (last > first && isSpace(text[last - 1])) --last;
    return std::string(text.substr(first, last - first));
}

std::string nameKey(std::string_view text) {
    std::string key;
    bool space = false;
    for (const char ch : foldCase(text)) {
        if (isSpace(ch)) {
            space = !key.empty();
            continue;
        }
        if (space) key += ' ';
        space = false;
        key += ch;
    }
    return key;
}

std::optional<model::Id> parseId(std::string_view text) {
    model::Id id = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), id);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || id <= 0) return std::nullopt;
    return id;
}

i18n::Message tooLong(const RowCells& cells, CsvField field, std::size_t limit) {
    if (cells.raw(field).size() <= limit) return {};
    return i18n::message("csv.reason.too_long", {cells.header(field), std::to_string(limit)});
}

void countRow(ImportPlan& plan, ImportRow row) {
    plan.counts[static_cast<std::size_t>(row.outcome)] += 1;
    plan.rows.push_back(std::move(row));
}

void reportProgress(CsvProgress* progress, std::size_t done, std::size_t total) {
    if (progress && (done & 511) == 0 && total > 0)
        progress->fraction.store(static_cast<double>(done) / static_cast<double>(total));
}

}  // namespace detail

std::string_view rowOutcomeKey(RowOutcome outcome) {
    switch (outcome) {
        case RowOutcome::Created: return "created";
        case RowOutcome::Updated: return "updated";
        case RowOutcome::Unchanged: return "unchanged";
        case RowOutcome::Rejected: return "rejected";
    }
    return "unchanged";
}

std::string companyKey(std::string_view name) { return detail::nameKey(name); }

std::optional<std::int64_t> parseCsvMoney(std::string_view text) {
    const std::string trimmed = detail::trim(text);
    if (trimmed.empty()) return std::nullopt;
    // Which mark is the decimal one: the later of the two when both appear;
    // a lone mark followed by exactly three digits groups thousands.
    const auto dot = trimmed.rfind('.');
    const auto comma = trimmed.rfind(',');
    auto digitsAfter = [&](std::size_t at) {
        std::size_t n = 0;
        for (std::size_t i = at + 1; i < trimmed.size() && std::isdigit(static_cast<unsigned char>(trimmed[i])); ++i) ++n;
        return n;
    };
    i18n::Language language = i18n::Language::English;
    if (dot != std::string::npos && comma != std::string::npos) {
        language = comma > dot ? i18n::Language::German : i18n::Language::English;
    } else if (comma != std::string::npos) {
        const bool grouping = digitsAfter(comma) == 3 && trimmed.find(',') != comma;  // "1,234,567"
        const bool lone_three = digitsAfter(comma) == 3 && trimmed.find(',') == comma;
        language = (grouping || lone_three) ? i18n::Language::English : i18n::Language::German;
    } else if (dot != std::string::npos) {
        language = digitsAfter(dot) == 3 ? i18n::Language::German : i18n::Language::English;
    }
    return i18n::parseMoneyCents(trimmed, language);
}

ImportPlan planImport(const model::Portfolio& portfolio, const CsvTable& table, const std::vector<CsvField>& mapping,
                      ImportKind kind, std::string_view today, CsvProgress* progress) {
    std::vector<int> column_of(static_cast<std::size_t>(CsvField::Outcome) + 1, -1);
    for (std::size_t c = 0; c < mapping.size() && c < table.header.size(); ++c) {
        auto& slot = column_of[static_cast<std::size_t>(mapping[c])];
        if (mapping[c] != CsvField::Ignore && slot < 0) slot = static_cast<int>(c);
    }
    ImportPlan plan = kind == ImportKind::Customers ? detail::planCustomers(portfolio, table, column_of, today, progress)
                                                    : detail::planActivities(portfolio, table, column_of, today, progress);
    plan.kind = kind;
    if (progress && progress->cancel.load()) plan.edit = {};
    return plan;
}

}  // namespace etappe::interop
