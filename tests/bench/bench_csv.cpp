// CSV import of 10,000 customers with 3 contacts each (issue 13: ≤ 2 s), and
// the same file again, which must change nothing.
#include <cstdio>
#include <string>

#include "bench.h"
#include "history/document.h"
#include "interop/csv_export.h"
#include "interop/csv_import.h"

namespace etappe::bench {

namespace {

// As a CRM export writes it: one row per contact, the company repeated.
std::string crmExport(int customers, int contacts_each) {
    std::string text = "Account Name;Industry;Billing City;Annual Revenue;First Name;Last Name;Title;Email;Phone\r\n";
    static const char* kCities[] = {"München", "Köln", "Düsseldorf", "Nürnberg", "Würzburg", "Lübeck"};
    for (int i = 0; i < customers; ++i) {
        for (int k = 0; k < contacts_each; ++k) {
            const std::string n = std::to_string(i);
            text += "Kunde " + n + " GmbH & Co. KG;Maschinenbau;" + kCities[i % 6] + ";\"" + std::to_string(1000 + i) +
                    ".250,50 €\";Anna " + std::to_string(k) + ";Müller-" + n + ";Einkaufsleiterin;anna" + std::to_string(k) +
                    ".mueller" + n + "@example.de;+49 89 " + n + "-" + std::to_string(k) + "\r\n";
        }
    }
    return text;
}

void importInto(history::Document& document, const std::string& text, interop::ImportPlan& plan) {
    const auto read = interop::readCsv(text);
    plan = interop::planImport(document.portfolio(), *read.table,
                               interop::autoMapping(read.table->header, interop::ImportKind::Customers),
                               interop::ImportKind::Customers, "2026-03-02");
    if (plan.changes()) {
        history::EditGroup group(document);
        document.apply(plan.edit);
    }
}

}  // namespace

bool benchCsv() {
    const std::string text = crmExport(10'000, 3);
    bool ok = true;
    interop::ImportPlan plan;
    const double first = medianMs(5, [&] {
        history::Document document;
        importInto(document, text, plan);
    });
    const bool all_created = plan.count(interop::RowOutcome::Created) == 30'000;
    ok &= report("CSV import 10,000 customers x 3 contacts", first, "ms", 2000) && all_created;

    history::Document document;
    importInto(document, text, plan);
    const std::size_t customers = document.portfolio().customers.size();
    const double again = medianMs(5, [&] { importInto(document, text, plan); });
    const bool unchanged = !plan.changes() && plan.count(interop::RowOutcome::Unchanged) == 30'000 &&
                           document.portfolio().customers.size() == customers && document.undoDepth() == 1;
    ok &= report("CSV re-import of the same file (changes nothing)", again, "ms", 2000) && unchanged;
    if (!all_created || !unchanged) std::printf("  ! the import did not create, or the re-import changed, what it should\n");

    const double exported = medianMs(5, [&] {
        (void)interop::exportCsv(document.portfolio(), interop::ExportKind::Contacts, {';', i18n::Language::German});
    });
    ok &= report("CSV export of 30,000 contacts", exported, "ms", 500);
    return ok;
}

}  // namespace etappe::bench
