// Exporting as CSV: the columns the import reads, formula neutralisation,
// and Import(Export(portfolio)) giving the same portfolio.
#include <doctest/doctest.h>

#include "history/document.h"
#include "interop/csv_export.h"
#include "interop/csv_import.h"
#include "storage/portfolio_file.h"
#include "test_storage_support.h"

using namespace etappe;
using interop::ExportKind;
using interop::ImportKind;
using interop::RowOutcome;

namespace {

interop::ImportPlan importText(const model::Portfolio& p, const std::string& text, ImportKind kind) {
    auto r = interop::readCsv(text);
    REQUIRE_MESSAGE(r.ok(), testing::english(r.refusal));
    const auto mapping = interop::autoMapping(r.table->header, kind);
    for (const auto field : mapping) CHECK(field != interop::CsvField::Ignore);  // every exported column is read
    return interop::planImport(p, *r.table, mapping, kind, "2026-01-01");
}

model::Portfolio sample() {
    auto loaded = storage::loadPortfolioFile(ETAPPE_ASSETS_DIR "/sample/sample.etappe");
    REQUIRE(loaded.ok());
    model::Portfolio p = std::move(*loaded.portfolio);
    // Texts a spreadsheet would run, and ones that need quoting.
    p.customers[0].notes = "=HYPERLINK(\"http://evil\")\nzweite Zeile; mit, Trennern";
    p.customers[0].contacts[0].phone = "+49 89 123";
    p.customers[1].industry = "@SUM(A1)";
    p.customers[1].notes = "'=schon neutralisiert";
    p.customers[1].annual_revenue = {123456789, "CHF"};
    p.customers[1].potential = {5, "CHF"};
    p.activities[0].outcome = "-1 Angebot\tweg";
    return p;
}

// The portfolio as the CSV files carry it: customers, contacts and activities without plans, ids or dates of creation.
struct Carried {
    std::vector<std::string> lines;
    explicit Carried(const model::Portfolio& p) {
        for (const auto& c : p.customers) {
            lines.push_back(c.name + "|" + c.industry + "|" + c.city + "|" + c.notes + "|" +
                            (c.class_decision.overridden ? std::string(method::customerClassKey(c.customer_class)) : "-") + "|" +
                            std::to_string(c.annual_revenue.cents) + c.annual_revenue.currency + "|" +
                            std::to_string(c.potential.cents) + c.potential.currency + "|" +
                            std::string(method::salesPhaseKey(c.phase)));
            for (const auto& k : c.contacts) lines.push_back("  " + k.name + "|" + k.role + "|" + k.email + "|" + k.phone);
        }
        for (const auto& a : p.activities) {
            const model::Customer* c = p.findCustomer(a.customer_id);
            const model::Contact* k = c ? c->findContact(a.contact_id) : nullptr;
            lines.push_back("A " + a.date + "|" + a.time + "|" + std::to_string(a.duration_minutes) + "|" +
                            (c ? c->name : "") + "|" + (k ? k->name : "") + "|" + a.action + "|" +
                            std::to_string(static_cast<int>(a.status)) + "|" + a.outcome);
        }
    }
};

}  // namespace

TEST_CASE("a cell a spreadsheet would run as a formula is neutralised, others are quoted as RFC 4180 asks") {
    CHECK(interop::csvCell("=1+1", ',') == "'=1+1");
    CHECK(interop::csvCell("+49 89", ',') == "'+49 89");
    CHECK(interop::csvCell("-5", ',') == "'-5");
    CHECK(interop::csvCell("@x", ',') == "'@x");
    CHECK(interop::csvCell("\tx", ',') == "'\tx");
    CHECK(interop::csvCell("\rx", ',') == "\"'\rx\"");
    CHECK(interop::csvCell("a,b", ',') == "\"a,b\"");
    CHECK(interop::csvCell("a,b", ';') == "a,b");
    CHECK(interop::csvCell("say \"hi\"", ';') == "\"say \"\"hi\"\"\"");
    CHECK(interop::csvCell("Müller", ';') == "Müller");
}

TEST_CASE("an export starts with a BOM, uses the chosen separator and names its columns in the rep's language") {
    const model::Portfolio p = sample();
    const std::string de = interop::exportCsv(p, ExportKind::Customers, {';', i18n::Language::German});
    CHECK(de.starts_with("\xEF\xBB\xBF" "Etappe-Kunden-ID;Firma;Branche;Ort;Klasse;Jahresumsatz;Potenzial;Währung;Verkaufsphase;Notizen\r\n"));
    CHECK(de.find("1234567,89;0,05;CHF") != std::string::npos);
    const std::string en = interop::exportCsv(p, ExportKind::Contacts, {',', i18n::Language::English});
    CHECK(en.starts_with("\xEF\xBB\xBF" "Etappe customer ID,Company,Contact,Role,E-mail,Phone\r\n"));
    CHECK(en.find("'+49 89 123") != std::string::npos);
}

TEST_CASE("Import(Export(portfolio)) gives the same portfolio, with either separator") {
    const model::Portfolio original = sample();
    for (const char sep : {',', ';'}) {
        CAPTURE(sep);
        const interop::CsvExportOptions options{sep, sep == ';' ? i18n::Language::German : i18n::Language::English};
        const std::string customers = interop::exportCsv(original, ExportKind::Customers, options);
        const std::string contacts = interop::exportCsv(original, ExportKind::Contacts, options);
        const std::string activities = interop::exportCsv(original, ExportKind::Activities, options);

        // Into the same portfolio: every row matches, nothing changes.
        for (const auto& [text, kind] : {std::pair{customers, ImportKind::Customers}, {contacts, ImportKind::Customers},
                                          {activities, ImportKind::Activities}}) {
            const auto plan = importText(original, text, kind);
            CHECK(plan.count(RowOutcome::Unchanged) == static_cast<int>(plan.rows.size()));
            CHECK_FALSE(plan.changes());
        }

        // Into an empty portfolio: the same customers, contacts and activities.
        history::Document document;
        for (const auto& [text, kind] : {std::pair{customers, ImportKind::Customers}, {contacts, ImportKind::Customers},
                                          {activities, ImportKind::Activities}}) {
            const auto plan = importText(document.portfolio(), text, kind);
            CHECK(plan.count(RowOutcome::Rejected) == 0);
            REQUIRE(document.apply(plan.edit));
        }
        CHECK(Carried(document.portfolio()).lines == Carried(original).lines);
        CHECK(storage::validatePortfolio(document.portfolio()).ok());
    }
}
