// Importing customers, contacts and activities from CSV: matching, the
// preview's counts and reasons, money in both notations, one undo step.
#include <doctest/doctest.h>

#include "history/document.h"
#include "interop/csv_export.h"
#include "interop/csv_import.h"
#include "storage/portfolio_file.h"
#include "test_storage_support.h"

using namespace etappe;
using interop::CsvField;
using interop::ImportKind;
using interop::RowOutcome;

namespace {

constexpr const char* kToday = "2026-03-02";

interop::CsvTable read(std::string_view text) {
    auto r = interop::readCsv(text);
    REQUIRE_MESSAGE(r.ok(), testing::english(r.refusal));
    return std::move(*r.table);
}

interop::ImportPlan plan(const model::Portfolio& p, std::string_view text, ImportKind kind = ImportKind::Customers) {
    const auto t = read(text);
    return interop::planImport(p, t, interop::autoMapping(t.header, kind), kind, kToday);
}

model::Portfolio applied(model::Portfolio p, const interop::ImportPlan& plan) {
    history::Document document(std::move(p));
    if (plan.changes()) REQUIRE(document.apply(plan.edit));
    return document.portfolio();
}

model::Portfolio withCustomer(const char* name) {
    model::Portfolio p;
    model::Customer c;
    c.id = p.allocateId();
    c.name = name;
    model::Contact k;
    k.id = p.allocateId();
    k.name = "Anna Weber";
    k.email = "a.weber@example.de";
    c.contacts.push_back(k);
    p.customers.push_back(c);
    return p;
}

}  // namespace

TEST_CASE("the usual headers of Salesforce, HubSpot, Pipedrive and Etappe are recognised") {
    using enum CsvField;
    CHECK(interop::autoMapping({"Account Name", "Billing City", "Industry", "Annual Revenue", "First Name", "Last Name",
                                "Title", "Email", "Phone"},
                               ImportKind::Customers) ==
          std::vector{Company, City, Industry, AnnualRevenue, ContactFirstName, ContactLastName, ContactRole, ContactEmail,
                      ContactPhone});
    CHECK(interop::autoMapping({"Company name", "City", "Email", "Phone Number", "Job Title"}, ImportKind::Customers) ==
          std::vector{Company, City, ContactEmail, ContactPhone, ContactRole});
    CHECK(interop::autoMapping({"Organization - Name", "Person - Name", "Person - Email - Work"}, ImportKind::Customers) ==
          std::vector{Company, ContactName, ContactEmail});
    CHECK(interop::autoMapping({"Etappe-Kunden-ID", "Firma", "Ort", "Klasse", "Jahresumsatz", "Verkaufsphase", "Notizen"},
                               ImportKind::Customers) ==
          std::vector{CustomerId, Company, City, Class, AnnualRevenue, Phase, Notes});
    // "Name" is the company, unless the company has its own column.
    CHECK(interop::autoMapping({"Name", "Ort"}, ImportKind::Customers) == std::vector{Company, City});
    CHECK(interop::autoMapping({"Organization", "Name"}, ImportKind::Customers) == std::vector{Company, ContactName});
    // A second column of the same meaning stays unmapped.
    CHECK(interop::autoMapping({"Company", "Firma", "Unknown"}, ImportKind::Customers) == std::vector{Company, Ignore, Ignore});
    CHECK(interop::autoMapping({"Datum", "Uhrzeit", "Kunde", "Ansprechpartner", "Aktivität", "Status"}, ImportKind::Activities) ==
          std::vector{Date, Time, Company, Person, Text, Status});
    CHECK(interop::autoMapping({"Activity - Due date", "Activity - Subject", "Activity - Organization",
                                "Activity - Contact person", "Activity - Done"},
                               ImportKind::Activities) == std::vector{Date, Text, Company, Person, Status});
}

TEST_CASE("the rep's mapping wins: a field moves from one column to another") {
    std::vector mapping{CsvField::Company, CsvField::Ignore};
    interop::assignField(mapping, 1, CsvField::Company);
    CHECK(mapping == std::vector{CsvField::Ignore, CsvField::Company});
    const auto t = read("Kundennr,Bezeichnung\n17,Acme\n");
    const auto p = interop::planImport({}, t, mapping, ImportKind::Customers, kToday);
    REQUIRE(p.count(RowOutcome::Created) == 1);
    CHECK(applied({}, p).customers[0].name == "Acme");
}

TEST_CASE("money in German and English notation") {
    CHECK(interop::parseCsvMoney("1.234,50 €") == 123450);
    CHECK(interop::parseCsvMoney("€1,234.50") == 123450);
    CHECK(interop::parseCsvMoney("1234.5") == 123450);
    CHECK(interop::parseCsvMoney("1234,5") == 123450);
    CHECK(interop::parseCsvMoney("1.234.567") == 123456700);
    CHECK(interop::parseCsvMoney("1,234,567") == 123456700);
    CHECK(interop::parseCsvMoney("EUR 2.500") == 250000);
    CHECK(interop::parseCsvMoney("12") == 1200);
    CHECK_FALSE(interop::parseCsvMoney("-5"));
    CHECK_FALSE(interop::parseCsvMoney("viel"));
}

TEST_CASE("customers match by id, else by name ignoring case and spaces; GmbH and GmbH & Co. KG stay apart") {
    const model::Portfolio start = withCustomer("Müller Maschinenbau GmbH");
    const auto p = plan(start,
                        "Firma;Ort;Jahresumsatz\n"
                        "  müller   maschinenbau gmbh ;Köln;\"1.234,50 €\"\n"
                        "Müller Maschinenbau GmbH & Co. KG;Bonn;€1,234.50\n"
                        "MÜLLER MASCHINENBAU GMBH;Köln;1234.5\n");
    CHECK(p.count(RowOutcome::Updated) == 1);
    CHECK(p.count(RowOutcome::Created) == 1);
    CHECK(p.count(RowOutcome::Unchanged) == 1);
    const model::Portfolio after = applied(start, p);
    REQUIRE(after.customers.size() == 2);
    CHECK(after.customers[0].name == "Müller Maschinenbau GmbH");  // matched by name: the portfolio's spelling stays
    CHECK(after.customers[0].city == "Köln");
    CHECK(after.customers[0].annual_revenue.cents == 123450);
    CHECK(after.customers[0].contacts.size() == 1);  // untouched
    CHECK(after.customers[1].name == "Müller Maschinenbau GmbH & Co. KG");
    CHECK(after.customers[1].created_on == kToday);

    // An Etappe id counts when the row names no company or the same one; an id
    // beside another name comes from another portfolio's export and is not trusted.
    const auto by_id = plan(after, "Etappe ID,City\n1,Berlin\n");
    CHECK(by_id.count(RowOutcome::Updated) == 1);
    CHECK(applied(after, by_id).customers[0].city == "Berlin");
    const auto foreign = plan(after, "Etappe ID,Company\n1,Fremd AG\n");
    CHECK(foreign.count(RowOutcome::Created) == 1);
    CHECK(applied(after, foreign).customers[0].name == "Müller Maschinenbau GmbH");
}

TEST_CASE("contacts match by e-mail, else by name within the customer; never duplicated") {
    const model::Portfolio start = withCustomer("Acme GmbH");
    const auto p = plan(start,
                        "Company,First Name,Last Name,Email,Title\n"
                        "Acme GmbH,Anna,Weber-Schulz,A.Weber@example.de,Einkauf\n"  // same e-mail: renamed
                        "Acme GmbH,Jonas,Berg,,Technik\n"                           // new
                        "acme gmbh,Jonas,Berg,j.berg@example.de,\n"                 // by name: gets the e-mail
                        "Other AG,Jonas,Berg,j.berg@example.de,\n");               // another customer: another contact
    CHECK(p.count(RowOutcome::Updated) == 2);
    CHECK(p.count(RowOutcome::Created) == 2);
    const model::Portfolio after = applied(start, p);
    REQUIRE(after.customers[0].contacts.size() == 2);
    CHECK(after.customers[0].contacts[0].name == "Anna Weber-Schulz");
    CHECK(after.customers[0].contacts[0].role == "Einkauf");
    CHECK(after.customers[0].contacts[1].name == "Jonas Berg");
    CHECK(after.customers[0].contacts[1].email == "j.berg@example.de");
    CHECK(after.customers[1].contacts.size() == 1);
    // A shared mailbox: two people with info@ stay two people.
    const auto shared = plan({}, "Company,Contact,Email\nX,Eva,info@x.de\nX,Paul,info@x.de\n");
    CHECK(applied({}, shared).customers[0].contacts.size() == 2);
}

TEST_CASE("rejected rows carry their number and reason, and nothing of them is imported") {
    const auto p = plan({},
                        "Company;Class;Annual revenue;Sales phase;Role\n"
                        "Gut AG;A;1000;Angebot;\n"
                        ";B;;;\n"
                        "Schlecht AG;X;;;\n"
                        "Teuer AG;;viel;;\n"
                        "Phase AG;;;Mondphase;\n"
                        "Rolle AG;;;;Chef\n");
    CHECK(p.count(RowOutcome::Created) == 1);
    CHECK(p.count(RowOutcome::Rejected) == 5);
    REQUIRE(p.rows.size() == 6);
    CHECK(p.rows[1].number == 3);
    CHECK(p.rows[1].reason.key == "csv.reason.no_company");
    CHECK(p.rows[2].reason.key == "csv.reason.bad_class");
    CHECK(p.rows[3].reason.key == "csv.reason.bad_money");
    CHECK(p.rows[4].reason.key == "csv.reason.bad_phase");
    CHECK(p.rows[5].reason.key == "csv.reason.contact_without_name");
    const model::Portfolio after = applied({}, p);
    REQUIRE(after.customers.size() == 1);
    CHECK(after.customers[0].phase == method::SalesPhase::Offer);
    CHECK(after.customers[0].customer_class == method::CustomerClass::A);
    CHECK(after.customers[0].class_decision.overridden);
    CHECK(storage::validatePortfolio(after).ok());
}

TEST_CASE("a name used by two customers is ambiguous: the row asks for the id") {
    model::Portfolio start = withCustomer("Acme");
    model::Customer twin = start.customers[0];
    twin.id = start.allocateId();
    twin.contacts.clear();
    start.customers.push_back(twin);
    const auto p = plan(start, "Company,City\nACME,Köln\n");
    CHECK(p.rows[0].reason.key == "csv.reason.ambiguous_company");
    CHECK_FALSE(p.changes());
}

TEST_CASE("the import is one undo step and re-importing the same file changes nothing") {
    const std::string file =
        "Company,City,Contact,Email\nA GmbH,Köln,Eva,eva@a.de\nA GmbH,Köln,Paul,paul@a.de\nB AG,Bonn,,\n";
    history::Document document;
    const auto first = plan(document.portfolio(), file);
    CHECK(first.count(RowOutcome::Created) == 3);
    REQUIRE(document.apply(first.edit));
    CHECK(document.undoDepth() == 1);
    CHECK(document.portfolio().customers.size() == 2);
    const auto again = plan(document.portfolio(), file);
    CHECK(again.count(RowOutcome::Unchanged) == 3);
    CHECK_FALSE(again.changes());
    REQUIRE(document.undo());
    CHECK(document.portfolio().customers.empty());
    CHECK(document.portfolio().next_id == 1);
}

TEST_CASE("activities: customer by id or name, person among its contacts, each row judged by the coach") {
    const model::Portfolio start = withCustomer("Acme GmbH");
    const auto p = plan(start,
                        "Datum;Uhrzeit;Kunde;Ansprechpartner;Aktivität;Status\n"
                        "12.03.2026;14:00;acme gmbh;Anna Weber;Frau Weber das Konzept präsentieren;geplant\n"
                        "13.03.2026;;Acme GmbH;;Auf Entscheidung warten;\n"
                        "14.03.2026;;Unbekannt AG;;Angebot senden;\n"
                        "kein Datum;;Acme GmbH;;Angebot senden;\n"
                        "15.03.2026;;Acme GmbH;Herr Niemand;Herrn Niemand anrufen und Termin vereinbaren;\n",
                        ImportKind::Activities);
    REQUIRE(p.rows.size() == 5);
    CHECK(p.rows[0].outcome == RowOutcome::Created);
    REQUIRE(p.rows[0].coach);
    CHECK(p.rows[0].coach->concrete());
    REQUIRE(p.rows[1].coach);
    CHECK(p.rows[1].coach->has(rules::CoachFlag::PseudoActivity));
    CHECK(p.rows[2].reason.key == "csv.reason.unknown_customer");
    CHECK(p.rows[3].reason.key == "csv.reason.bad_date");
    CHECK(p.rows[4].outcome == RowOutcome::Created);
    CHECK(p.rows[4].reason.key == "csv.note.unknown_person");
    const model::Portfolio after = applied(start, p);
    REQUIRE(after.activities.size() == 3);
    CHECK(after.activities[0].date == "2026-03-12");
    CHECK(after.activities[0].time == "14:00");
    CHECK(after.activities[0].contact_id == start.customers[0].contacts[0].id);
    CHECK(after.activities[0].customer_id == start.customers[0].id);
    // The same file again: the same activities, nothing new.
    const auto again = plan(after,
                            "Datum;Uhrzeit;Kunde;Ansprechpartner;Aktivität;Status\n"
                            "12.03.2026;14:00;acme gmbh;Anna Weber;Frau Weber das Konzept präsentieren;erledigt\n",
                            ImportKind::Activities);
    CHECK(again.count(RowOutcome::Updated) == 1);
    CHECK(applied(after, again).activities[0].status == model::ActivityStatus::Done);
}

namespace {

// Acme GmbH with two activities, Beta AG with one: the portfolio a rep exports, edits in a spreadsheet and re-imports.
model::Portfolio withActivities() {
    model::Portfolio p = withCustomer("Acme GmbH");
    model::Customer beta;
    beta.id = p.allocateId();
    beta.name = "Beta AG";
    p.customers.push_back(beta);
    const auto add = [&p](model::Id customer, const char* date, const char* time, const char* action) {
        model::Activity a;
        a.id = p.allocateId();
        a.customer_id = customer;
        a.date = date;
        a.time = time;
        a.action = action;
        p.activities.push_back(a);
    };
    add(p.customers[0].id, "2026-03-10", "09:00", "Frau Weber das Konzept präsentieren");
    add(p.customers[0].id, "2026-03-12", "14:00", "Frau Weber das Angebot senden");
    add(beta.id, "2026-03-11", "10:00", "Herrn Kern die Referenzen zeigen");
    return p;
}

// Columns of Etappe's activity export.
enum Column { Id, Date, Time, Duration, CustomerId, Company, Person, Text };

// The export with one cell changed in the row holding `row_text`, as a spreadsheet would save it.
std::string edited(std::string csv, std::string_view row_text, Column column, std::string_view value) {
    const std::size_t found = csv.find(row_text);
    REQUIRE(found != std::string::npos);
    std::size_t cell = csv.rfind('\n', found) + 1;
    for (int i = 0; i < column; ++i) cell = csv.find(';', cell) + 1;
    const std::size_t end = csv.find_first_of(";\r", cell);
    return csv.replace(cell, end - cell, value);
}

}  // namespace

TEST_CASE("an edited export of activities updates the rows' own activities and never overwrites another one") {
    const model::Portfolio start = withActivities();
    const model::Activity &presentation = start.activities[0], &offer = start.activities[1], &beta = start.activities[2];
    const std::string csv = interop::exportCsv(start, interop::ExportKind::Activities, {';', i18n::Language::German});
    const auto reimport = [&start](const std::string& text) { return plan(start, text, ImportKind::Activities); };

    SUBCASE("unchanged: nothing changes, nothing is created") {
        const auto p = reimport(csv);
        CHECK(p.count(RowOutcome::Unchanged) == 3);
        CHECK_FALSE(p.changes());
    }
    SUBCASE("only the text changed: the row's activity gets the new text") {
        const auto p = reimport(edited(csv, presentation.action, Text, "Frau Weber das neue Konzept präsentieren"));
        CHECK(p.count(RowOutcome::Updated) == 1);
        CHECK(p.count(RowOutcome::Created) == 0);
        const auto after = applied(start, p);
        REQUIRE(after.activities.size() == 3);
        CHECK(after.activities[0].action == "Frau Weber das neue Konzept präsentieren");
    }
    SUBCASE("only the date and time changed: the row's activity moves") {
        const auto p = reimport(edited(edited(csv, offer.action, Date, "19.03.2026"), offer.action, Time, "15:30"));
        CHECK(p.count(RowOutcome::Updated) == 1);
        CHECK(p.count(RowOutcome::Created) == 0);
        const auto after = applied(start, p);
        REQUIRE(after.activities.size() == 3);
        CHECK(after.activities[1].date == "2026-03-19");
        CHECK(after.activities[1].time == "15:30");
    }
    SUBCASE("date and text changed: a new activity, the row's id keeps its own") {
        const auto p = reimport(edited(edited(csv, presentation.action, Date, "2026-04-02"), presentation.action, Text,
                                       "Frau Weber zur Entscheidung anrufen"));
        CHECK(p.count(RowOutcome::Created) == 1);
        CHECK(p.count(RowOutcome::Updated) == 0);
        const auto after = applied(start, p);
        REQUIRE(after.activities.size() == 4);
        CHECK(after.activities[0] == presentation);
        CHECK(after.activities[3].date == "2026-04-02");
        CHECK(after.activities[3].action == "Frau Weber zur Entscheidung anrufen");
        CHECK(after.activities[3].customer_id == presentation.customer_id);
    }
    SUBCASE("the id names another activity of the customer: the row's customer, date, time and text win") {
        const auto p = reimport(edited(csv, presentation.action, Id, std::to_string(offer.id)));
        CHECK(p.count(RowOutcome::Unchanged) == 3);
        CHECK_FALSE(p.changes());
    }
    SUBCASE("the id names an activity of another customer: that one stays, the row is new") {
        std::string text = edited(csv, beta.action, Company, "Acme GmbH");
        text = edited(text, beta.action, CustomerId, std::to_string(start.customers[0].id));
        text = edited(text, beta.action, Text, "Frau Weber die Referenzen zeigen");
        const auto p = reimport(text);
        CHECK(p.count(RowOutcome::Created) == 1);
        CHECK(p.count(RowOutcome::Unchanged) == 2);
        const auto after = applied(start, p);
        REQUIRE(after.activities.size() == 4);
        CHECK(after.activities[2] == beta);
        CHECK(after.activities[3].customer_id == start.customers[0].id);
        CHECK(after.activities[3].date == beta.date);
        CHECK(after.activities[3].action == "Frau Weber die Referenzen zeigen");
    }
}
