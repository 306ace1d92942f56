#include "interop/csv_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <sys/stat.h>


namespace etappe::interop {

namespace {

// Excel writes "sep=;" as the first line when asked to name the separator.
std::optional<char> sepLine(std::string_view text, std::size_t& skip) {
    if (text.size() < 5 || text.substr(0, 4) != "sep=") return std::nullopt;
    const char sep = text[4];
    if (sep != ',' && sep != ';' && sep != '\t') return std::nullopt;
    std::size_t end = 5;
    if (end < text.size() && text[end] == '\r') ++end;
    if (end < text.size() && text[end] == '\n') ++end;
    skip = end;
    return sep;
}

// The separator that splits the header line into more columns (outside quotes).
char detectSeparator(std::string_view text) {
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    std::size_t tabs = 0;
    bool quoted = false;
    for (const char ch : text) {
        if (ch == '"') quoted = !quoted;
        if (quoted) continue;
        if (ch == '\n' || ch == '\r') break;
        commas += ch == ',';
        semicolons += ch == ';';
        tabs += ch == '\t';
    }
    if (semicolons > commas && semicolons >= tabs) return ';';
    if (tabs > commas && tabs > semicolons) return '\t';
    return ',';
}

// The record reader: one record at a time, RFC 4180 with the leniency of
// spreadsheets (a quote inside an unquoted field is kept as it is).
class RecordReader {
public:
    RecordReader(std::string_view text, char separator) : text_(text), sep_(separator) {}

    bool done() const { return pos_ >= text_.size(); }
    std::size_t position() const { return pos_; }

    // Reads one record. `problem` is set for a cell cut at kMaxCellBytes or a quote never closed.
    void next(std::vector<std::string>& cells, i18n::Message& problem, std::size_t& column_count) {
        cells.clear();
        column_count = 0;
        problem = {};
        std::string cell;
        bool cell_cut = false;
        auto finishCell = [&] {
            ++column_count;
            if (cells.size() < kMaxCsvColumns) cells.push_back(std::move(cell));
            cell.clear();
        };
        auto add = [&](char ch) {
            if (cell.size() < kMaxCellBytes) {
                cell += ch;
            } else if (!cell_cut) {
                cell_cut = true;
                problem = message("csv.row.cell_too_long", {std::to_string(column_count + 1)});
            }
        };
        bool quoted = false;
        bool at_cell_start = true;
        while (pos_ < text_.size()) {
            const char ch = text_[pos_++];
            if (quoted) {
                if (ch != '"') {
                    add(ch);
                } else if (pos_ < text_.size() && text_[pos_] == '"') {
                    add('"');
                    ++pos_;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (ch == '"' && at_cell_start) {
                quoted = true;
                at_cell_start = false;
                continue;
            }
            if (ch == sep_) {
                finishCell();
                at_cell_start = true;
                continue;
            }
            if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
                finishCell();
                return;
            }
            at_cell_start = false;
            add(ch);
        }
        if (quoted) problem = i18n::message("csv.row.unclosed_quote");
        finishCell();
    }

private:
    static i18n::Message message(const char* key, std::vector<std::string> args) { return i18n::message(key, std::move(args)); }
    std::string_view text_;
    char sep_;
    std::size_t pos_ = 0;
};

bool blank(const std::vector<std::string>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
        return c.find_first_not_of(" \t") == std::string::npos;
    });
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

// A column name as compared: lower-case ASCII, spaces collapsed.
std::string headerKey(std::string_view name) {
    std::string key;
    for (const char ch : trimmed(name)) key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return key;
}

}  // namespace

CsvReadResult readCsv(std::string_view bytes, CsvProgress* progress) {
    CsvReadResult result;
    if (bytes.size() > kMaxCsvBytes) {
        result.refusal = i18n::message("csv.refused.too_large", {std::to_string(kMaxCsvBytes / (1024 * 1024))});
        return result;
    }
    CsvTable table;
    const auto decoded = decodeCsvBytes(bytes, result.refusal);
    if (!decoded) return result;
    table.encoding = decoded->encoding;
    table.charset = decoded->charset;
    std::string_view text = decoded->text;
    std::size_t skip = 0;
    if (const auto sep = sepLine(text, skip)) {
        table.separator = *sep;
        text.remove_prefix(skip);
    } else {
        table.separator = detectSeparator(text);
    }

    RecordReader reader(text, table.separator);
    std::vector<std::string> cells;
    i18n::Message problem;
    std::size_t columns = 0;
    int number = 0;
    // The header: the first record that is not blank.
    while (!reader.done()) {
        reader.next(cells, problem, columns);
        ++number;
        if (!blank(cells)) break;
    }
    if (blank(cells)) {
        result.refusal = i18n::message("csv.refused.empty");
        return result;
    }
    if (!problem.empty() || columns > kMaxCsvColumns) {
        result.refusal = columns > kMaxCsvColumns ? i18n::message("csv.refused.too_many_columns", {std::to_string(kMaxCsvColumns)})
                                                  : i18n::message("csv.refused.bad_header");
        return result;
    }
    for (std::string& name : cells) {
        if (name.find('\0') != std::string::npos) {
            result.refusal = i18n::message("csv.refused.nul_in_header");
            return result;
        }
        name = trimmed(name);
    }
    table.header = cells;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string key = headerKey(table.header[i]);
        if (key.empty()) continue;
        for (std::size_t j = 0; j < i; ++j) {
            if (headerKey(table.header[j]) == key) {
                table.notes.push_back(i18n::message("csv.note.duplicate_header",
                                                    {table.header[i], std::to_string(j + 1), std::to_string(i + 1)}));
                break;
            }
        }
    }

    const std::size_t width = table.header.size();
    while (!reader.done()) {
        if (progress && (number & 1023) == 0) {
            if (progress->cancel.load()) {
                result.refusal = i18n::message("csv.refused.cancelled");
                return result;
            }
            progress->fraction.store(static_cast<double>(reader.position()) / static_cast<double>(text.size()));
        }
        reader.next(cells, problem, columns);
        ++number;
        if (problem.empty() && blank(cells)) continue;
        if (table.rows.size() >= kMaxCsvRows) {
            result.refusal = i18n::message("csv.refused.too_many_rows", {std::to_string(kMaxCsvRows)});
            return result;
        }
        CsvRow row;
        row.number = number;
        if (problem.empty() && columns > width) {
            // Spreadsheets often add empty cells at the end; only content beyond the header is wrong.
            const bool extra_content =
                columns > kMaxCsvColumns ||
                std::any_of(cells.begin() + static_cast<long>(width), cells.end(),
                            [](const std::string& c) { return c.find_first_not_of(" \t") != std::string::npos; });
            if (extra_content) problem = i18n::message("csv.row.too_many_cells", {std::to_string(columns), std::to_string(width)});
        }
        if (problem.empty()) {
            for (std::size_t c = 0; c < cells.size() && c < width; ++c) {
                if (cells[c].find('\0') != std::string::npos) {
                    problem = i18n::message("csv.row.nul", {std::to_string(c + 1)});
                    break;
                }
            }
        }
        cells.resize(width);
        row.cells = std::move(cells);
        cells = {};
        row.problem = std::move(problem);
        problem = {};
        table.rows.push_back(std::move(row));
    }
    if (progress) progress->fraction.store(1.0);
    if (table.rows.empty()) {
        result.refusal = i18n::message("csv.refused.header_only");
        return result;
    }
    result.table = std::move(table);
    return result;
}

CsvReadResult readCsvFile(const std::string& path, CsvProgress* progress) {
    CsvReadResult result;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        result.refusal = i18n::Message{"csv.refused.unreadable", {{path}, i18n::osErrorArg(errno)}};
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.refusal = i18n::message("csv.refused.not_a_file", {path});
        return result;
    }
    if (static_cast<std::uintmax_t>(info.st_size) > kMaxCsvBytes) {
        result.refusal = i18n::message("csv.refused.too_large", {std::to_string(kMaxCsvBytes / (1024 * 1024))});
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
        result.refusal = i18n::Message{"csv.refused.unreadable", {{path}, i18n::osErrorArg(errno ? errno : EIO)}};
        return result;
    }
    return readCsv(bytes, progress);
}

}  // namespace etappe::interop
