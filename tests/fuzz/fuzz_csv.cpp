// libFuzzer harness for the CSV reader and import (FUZZ_TARGET=csv scripts/fuzz);
// also linked into etappe_unit_tests (with ETAPPE_FUZZ_REPLAY), where
// test_csv_fuzz_replay.cpp feeds it the corpus and every crash ever found.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "history/document.h"
#include "interop/csv_export.h"
#include "interop/csv_import.h"
#include "storage/portfolio_file.h"

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_csv: %s\n", what);
    std::abort();
}

etappe::model::Portfolio smallPortfolio() {
    etappe::model::Portfolio p;
    etappe::model::Customer c;
    c.id = p.allocateId();
    c.name = "Acme GmbH";
    etappe::model::Contact k;
    k.id = p.allocateId();
    k.name = "Anna Weber";
    k.email = "a@acme.de";
    c.contacts.push_back(k);
    p.customers.push_back(c);
    return p;
}

}  // namespace

// Any input: the reader returns a table or a refusal, never crashes; an
// import planned from it applies to the portfolio, and the result still
// passes the file's validation (so it can be saved), and exports and reads back.
extern "C" int etappeFuzzCsv(const std::uint8_t* data, std::size_t size) {
    using namespace etappe;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const interop::CsvReadResult read = interop::readCsv(bytes);
    if (!read.ok()) {
        if (read.refusal.empty()) fail("a refusal without a reason");
        return 0;
    }
    const interop::CsvTable& table = *read.table;
    for (const auto& row : table.rows) {
        if (row.cells.size() != table.header.size()) fail("a row without one cell per column");
    }
    for (const auto kind : {interop::ImportKind::Customers, interop::ImportKind::Activities}) {
        const auto mapping = interop::autoMapping(table.header, kind);
        history::Document document(smallPortfolio());
        const interop::ImportPlan plan = interop::planImport(document.portfolio(), table, mapping, kind, "2026-03-02");
        if (plan.rows.size() != table.rows.size()) fail("a row missing from the preview");
        if (!plan.changes()) continue;
        if (!document.apply(plan.edit)) fail("a planned import does not apply");
        if (!storage::validatePortfolio(document.portfolio()).ok()) fail("an import made a portfolio that cannot be saved");
        const std::string exported = interop::exportCsv(document.portfolio(), interop::ExportKind::Customers);
        if (!interop::readCsv(exported).ok()) fail("an export does not read back");
    }
    return 0;
}

#ifndef ETAPPE_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { return etappeFuzzCsv(data, size); }
#endif
