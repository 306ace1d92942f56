// --import-csv and --export-csv (issue 13): exit codes, the file created when
// missing, a portfolio another window holds left alone, re-import unchanged.
#include <doctest/doctest.h>

#include "parsed_command_line.h"
#include "../unit/test_storage_support.h"
#include "storage/file_lock.h"
#include "storage/portfolio_file.h"

using namespace etappe;
using testing::parsed;
using testing::refusal;

TEST_CASE("the CSV options are checked when the command line is read") {
    CHECK(refusal({"--import-csv", "customers", "in.csv"}).find("--into") != std::string::npos);
    CHECK(refusal({"--import-csv", "contacts", "in.csv", "--into", "p.etappe"}).find("customers or activities") != std::string::npos);
    CHECK(refusal({"--export-csv", "leads", "out.csv"}).find("customers, contacts or activities") != std::string::npos);
    CHECK(refusal({"--export-csv", "customers", "out.csv", "--separator", "|"}).find("--separator") != std::string::npos);
    CHECK(parsed({"--export-csv", "contacts", "out.csv", "--separator", ";"}).csv_separator == ';');
}

TEST_CASE("--export-csv then --import-csv into a new file, and again: nothing changes the second time") {
    const testing::TempFolder folder;
    const std::string customers = folder.file("customers.csv");
    const std::string contacts = folder.file("contacts.csv");
    const std::string activities = folder.file("activities.csv");
    const std::string portfolio = folder.file("new.etappe");
    CHECK(app::runExportCsv(parsed({"--sample", "--export-csv", "customers", customers, "--separator", ";"})) == 0);
    CHECK(app::runExportCsv(parsed({"--sample", "--export-csv", "contacts", contacts})) == 0);
    CHECK(app::runExportCsv(parsed({"--sample", "--export-csv", "activities", activities})) == 0);
    CHECK(testing::readBytes(customers).starts_with("\xEF\xBB\xBF"));
    // An existing export is replaced only with --force.
    CHECK(app::runExportCsv(parsed({"--sample", "--export-csv", "customers", customers})) == 1);

    CHECK(app::runImportCsv(parsed({"--import-csv", "customers", customers, "--into", portfolio})) == 0);
    CHECK(app::runImportCsv(parsed({"--import-csv", "customers", contacts, "--into", portfolio})) == 0);
    CHECK(app::runImportCsv(parsed({"--import-csv", "activities", activities, "--into", portfolio})) == 0);
    const auto loaded = storage::loadPortfolioFile(portfolio);
    REQUIRE(loaded.ok());
    // Every customer and activity of the sample arrives once.
    const auto sample = storage::loadPortfolioFile(ETAPPE_ASSETS_DIR "/sample/sample.etappe");
    REQUIRE(sample.ok());
    CHECK(loaded.portfolio->customers.size() == sample.portfolio->customers.size());
    CHECK(loaded.portfolio->activities.size() == sample.portfolio->activities.size());

    const std::string before = testing::readBytes(portfolio);
    CHECK(app::runImportCsv(parsed({"--import-csv", "customers", customers, "--into", portfolio})) == 0);
    CHECK(testing::readBytes(portfolio) == before);
}

TEST_CASE("--import-csv exits 1 when nothing can be imported, and never writes a portfolio another window holds") {
    const testing::TempFolder folder;
    const std::string portfolio = folder.file("p.etappe");
    const std::string bad = folder.file("bad.csv");
    testing::writeBytes(bad, "Company,Class\n,A\nX,Q\n");
    CHECK(app::runImportCsv(parsed({"--import-csv", "customers", bad, "--into", portfolio})) == 1);
    CHECK_FALSE(std::filesystem::exists(portfolio));
    const std::string header_only = folder.file("header.csv");
    testing::writeBytes(header_only, "Company,City\r\n");
    CHECK(app::runImportCsv(parsed({"--import-csv", "customers", header_only, "--into", portfolio})) == 1);

    REQUIRE(storage::savePortfolioFile(portfolio, model::Portfolio{}).ok());
    const std::string good = folder.file("good.csv");
    testing::writeBytes(good, "Company\nAcme\n");
    storage::FileLock::Refusal refusal;
    auto lock = storage::FileLock::acquire(portfolio, refusal);
    REQUIRE(lock);
    const std::string before = testing::readBytes(portfolio);
    CHECK(app::runImportCsv(parsed({"--import-csv", "customers", good, "--into", portfolio})) == 1);
    CHECK(testing::readBytes(portfolio) == before);
    lock.reset();
    CHECK(app::runImportCsv(parsed({"--import-csv", "customers", good, "--into", portfolio})) == 0);
    CHECK(storage::loadPortfolioFile(portfolio).portfolio->customers.size() == 1);
}
