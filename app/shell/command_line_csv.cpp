// --import-csv and --export-csv: CSV in and out without a window (issue 13).
#include <sys/stat.h>

#include <cstdio>

#include "dates/clock.h"
#include "history/document.h"
#include "interop/csv_export.h"
#include "interop/csv_import.h"
#include "shell/command_line.h"
#include "storage/edit_access.h"
#include "storage/export_target.h"

namespace etappe::app {

namespace {

std::string rendered(const i18n::Translator& tr, const char* key, const std::string& value) {
    char line[1024];
    std::snprintf(line, sizeof line, tr.text(key), value.c_str());
    return line;
}

void printPreview(const interop::ImportPlan& plan, const i18n::Translator& tr) {
    std::printf(tr.text("csv.cli.counts"), plan.count(interop::RowOutcome::Created), plan.count(interop::RowOutcome::Updated),
                plan.count(interop::RowOutcome::Unchanged), plan.count(interop::RowOutcome::Rejected));
    std::printf("\n");
    for (const interop::ImportRow& row : plan.rows) {
        if (row.outcome == interop::RowOutcome::Rejected || !row.reason.empty()) {
            std::printf("  ");
            std::printf(tr.text("csv.cli.rejected_row"), row.number, i18n::render(tr, row.reason).c_str());
            std::printf("\n");
        }
        if (!row.coach || row.coach->concrete()) continue;
        std::string flags;
        for (const rules::CoachFinding& finding : row.coach->findings) {
            if (!flags.empty()) flags += " ";
            flags += rendered(tr, ("coach." + std::string(rules::coachFlagKey(finding.flag)) + ".why").c_str(), finding.matched);
        }
        std::printf("  ");
        std::printf(tr.text("csv.cli.coach_row"), row.number, flags.c_str());
        std::printf("\n");
    }
}

bool fileExists(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0;
}

}  // namespace

int runImportCsv(const CommandLine& cl) {
    const i18n::Translator tr(cl.app.language.value_or(i18n::Language::English));
    const interop::ImportKind kind =
        cl.csv_import == "activities" ? interop::ImportKind::Activities : interop::ImportKind::Customers;
    const interop::CsvReadResult read = interop::readCsvFile(cl.csv_in);
    if (!read.ok()) {
        std::fprintf(stderr, "%s: %s\n", cl.csv_in.c_str(), i18n::render(tr, read.refusal).c_str());
        return 1;
    }
    const interop::CsvTable& table = *read.table;
    std::printf(tr.text("csv.cli.read"), cl.csv_in.c_str(), table.encodingName().c_str(),
                std::string(1, table.separator).c_str(), static_cast<int>(table.rows.size()));
    std::printf("\n");
    for (const i18n::Message& note : table.notes) std::printf("  %s\n", i18n::render(tr, note).c_str());

    // The portfolio is locked like a window locks it, so a window holding it is never overwritten.
    storage::EditAccess access = storage::acquireEditAccess(cl.csv_into);
    if (!access.writable()) {
        if (!access.holder.empty()) {
            std::fprintf(stderr, tr.text("csv.cli.held"), cl.csv_into.c_str(), access.holder.c_str());
            std::fprintf(stderr, "\n");
        } else {
            std::fprintf(stderr, "%s: %s\n", cl.csv_into.c_str(), i18n::render(tr, access.read_only_reason).c_str());
        }
        return 1;
    }
    model::Portfolio portfolio;
    if (fileExists(access.real_path)) {
        storage::LoadResult loaded = storage::loadPortfolioFile(access.real_path);
        if (!loaded.ok()) {
            const std::string key = "load_problem." + std::string(storage::loadProblemKey(loaded.problem));
            std::fprintf(stderr, "%s: %s %s\n", cl.csv_into.c_str(), tr.text(key), i18n::render(tr, loaded.detail).c_str());
            return 1;
        }
        portfolio = std::move(*loaded.portfolio);
    }

    const interop::ImportPlan plan =
        interop::planImport(portfolio, table, interop::autoMapping(table.header, kind), kind, dates::todayIso());
    printPreview(plan, tr);
    if (plan.nothingImportable()) {
        std::fprintf(stderr, tr.text("csv.cli.nothing_imported"), cl.csv_into.c_str());
        std::fprintf(stderr, "\n");
        return 1;
    }
    if (!plan.changes()) {
        std::printf(tr.text("csv.cli.nothing_changed"), cl.csv_into.c_str());
        std::printf("\n");
        return 0;
    }
    history::Document document(std::move(portfolio));
    if (!document.apply(plan.edit)) return 1;  // planned on this very portfolio: cannot happen
    if (const int code = reportWrite(storage::savePortfolioFile(access.real_path, document.portfolio()), cl.csv_into, tr))
        return code;
    std::printf(tr.text("csv.cli.written"), cl.csv_into.c_str());
    std::printf("\n");
    return 0;
}

int runExportCsv(const CommandLine& cl) {
    const i18n::Translator tr(cl.app.language.value_or(i18n::Language::English));
    const auto portfolio = loadForExport(cl, tr);
    if (!portfolio) return 1;
    const auto kind = interop::exportKindFromName(cl.csv_export).value_or(interop::ExportKind::Customers);
    const std::string text = interop::exportCsv(*portfolio, kind, {cl.csv_separator, tr.language()});
    if (const int code = reportWrite(storage::writeExport(cl.csv_out, text, cl.force), cl.csv_out, tr)) return code;
    int rows = 0;
    switch (kind) {
        case interop::ExportKind::Customers: rows = static_cast<int>(portfolio->customers.size()); break;
        case interop::ExportKind::Contacts:
            for (const auto& c : portfolio->customers) rows += static_cast<int>(c.contacts.size());
            break;
        case interop::ExportKind::Activities: rows = static_cast<int>(portfolio->activities.size()); break;
    }
    std::printf(tr.text("csv.cli.exported"), rows, cl.csv_out.c_str());
    std::printf("\n");
    return 0;
}

}  // namespace etappe::app
