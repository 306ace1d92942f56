// The CSV import dialog driven headless: the preview comes first (nothing
// changes), a column's field can be changed, Import is one undo step, and a
// file that cannot be read is refused with its reason (issue 13).
#include <doctest/doctest.h>

#include "../unit/test_storage_support.h"
#include "app_fixture.h"

using namespace etappe;

namespace {

// The dialog reads and plans on a worker thread: draw frames until it is done.
void waitForPreview(testing::AppDriver& d) {
    for (int i = 0; i < 5'000 && d.app->importDialog().busy(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        d.frames(1);
    }
    REQUIRE_FALSE(d.app->importDialog().busy());
    d.frames(2);
}

std::string csvFile(const testing::AppDriver& d, const std::string& name, const std::string& text) {
    const std::string path = d.home.root() + "/" + name;
    testing::writeBytes(path, text);
    return path;
}

}  // namespace

TEST_CASE("import customers: the preview changes nothing, a column is remapped, Import is one undo step") {
    testing::AppDriver d;
    const std::string path = csvFile(d, "crm.csv",
                                     "Account Name;Standort;Email;Jahresumsatz\n"
                                     "Müller GmbH;Köln;anna@mueller.de;\"1.234,50 €\"\n"
                                     "Müller GmbH;Köln;jonas@mueller.de;\n"
                                     ";Bonn;;\n");
    d.app->importCsv(path, interop::ImportKind::Customers);
    d.frames(1);
    waitForPreview(d);
    CHECK(d.portfolio().customers.empty());  // nothing before the rep confirms
    const interop::ImportPlan* plan = d.app->importDialog().plan();
    REQUIRE(plan);
    CHECK(plan->count(interop::RowOutcome::Created) == 2);
    CHECK(plan->count(interop::RowOutcome::Rejected) == 1);
    CHECK(plan->rows[2].number == 4);
    CHECK(d.probes.count("import.count.rejected"));

    // "Standort" is not a known name: the rep maps it to the city.
    CHECK(d.app->importDialog().mapping()[1] == interop::CsvField::Ignore);
    d.click("import.column.1");
    d.frames(1);
    d.click("import.field.csv.field.city");
    waitForPreview(d);
    CHECK(d.app->importDialog().mapping()[1] == interop::CsvField::City);

    d.click("import.confirm");
    CHECK_FALSE(d.app->importDialog().isOpen());
    REQUIRE(d.portfolio().customers.size() == 1);
    const model::Customer& muller = d.portfolio().customers[0];
    CHECK(muller.city == "Köln");
    CHECK(muller.contacts.size() == 2);
    CHECK(muller.annual_revenue.cents == 123450);
    d.app->undo();
    CHECK(d.portfolio().customers.empty());
}

TEST_CASE("import activities: each row is judged by the coach in the preview") {
    testing::AppDriver d(testing::sampleOn("activities"));
    const std::size_t before = d.portfolio().activities.size();
    const std::string customer = d.portfolio().customers[0].name;
    const std::string path = csvFile(d, "acts.csv",
                                     "Datum,Kunde,Aktivität\n"
                                     "2099-03-12," + customer + ",Auf Entscheidung warten\n"
                                     "2099-03-13,Niemand AG,Angebot senden\n");
    d.app->importCsv(path, interop::ImportKind::Activities);
    waitForPreview(d);
    const interop::ImportPlan* plan = d.app->importDialog().plan();
    REQUIRE(plan);
    REQUIRE(plan->rows[0].coach);
    CHECK(plan->rows[0].coach->has(rules::CoachFlag::PseudoActivity));
    CHECK(plan->rows[1].reason.key == "csv.reason.unknown_customer");
    d.click("import.confirm");
    CHECK(d.portfolio().activities.size() == before + 1);
}

TEST_CASE("a file that cannot be imported is refused with its reason, and Cancel leaves everything as it was") {
    testing::AppDriver d(testing::sampleOn("customers"));
    const model::Portfolio start = d.portfolio();
    d.app->importCsv(csvFile(d, "empty.csv", "Company,City\r\n"), interop::ImportKind::Customers);
    waitForPreview(d);
    REQUIRE(d.probes.count("import.ok"));
    d.click("import.ok");
    CHECK_FALSE(d.app->importDialog().isOpen());

    d.app->importCsv(csvFile(d, "ok.csv", "Company\nNeu AG\n"), interop::ImportKind::Customers);
    waitForPreview(d);
    d.click("import.cancel");
    CHECK_FALSE(d.app->importDialog().isOpen());
    CHECK(d.portfolio() == start);
}
