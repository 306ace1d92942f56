#include "interop/csv_columns.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace etappe::interop {

namespace {

using enum CsvField;

constexpr std::array kCustomerFields = {Ignore,      CustomerId,   Company,          Industry,        City,
                                        Class,       AnnualRevenue, Potential,       Currency,        Phase,
                                        Notes,       ContactName,  ContactFirstName, ContactLastName, ContactRole,
                                        ContactEmail, ContactPhone};
constexpr std::array kActivityFields = {Ignore, ActivityId, Date, Time,   Duration, CustomerId,
                                        Company, Person,    Text, Status, Outcome};

constexpr std::array kCustomerColumns = {CustomerId, Company,   Industry, City,  Class,
                                         AnnualRevenue, Potential, Currency, Phase, Notes};
constexpr std::array kContactColumns = {CustomerId, Company, ContactName, ContactRole, ContactEmail, ContactPhone};
constexpr std::array kActivityColumns = {ActivityId, Date,   Time,   Duration, CustomerId,
                                         Company,    Person, Text,   Status,   Outcome};

struct FieldText {
    CsvField field;
    const char* key;
    const char* en;  // what Etappe's export writes
    const char* de;
};

constexpr FieldText kTexts[] = {
    {Ignore, "csv.field.ignore", "", ""},
    {CustomerId, "csv.field.customer_id", "Etappe customer ID", "Etappe-Kunden-ID"},
    {Company, "csv.field.company", "Company", "Firma"},
    {Industry, "csv.field.industry", "Industry", "Branche"},
    {City, "csv.field.city", "City", "Ort"},
    {Class, "csv.field.class", "Class", "Klasse"},
    {AnnualRevenue, "csv.field.annual_revenue", "Annual revenue", "Jahresumsatz"},
    {Potential, "csv.field.potential", "Potential", "Potenzial"},
    {Currency, "csv.field.currency", "Currency", "Währung"},
    {Phase, "csv.field.phase", "Sales phase", "Verkaufsphase"},
    {Notes, "csv.field.notes", "Notes", "Notizen"},
    {ContactName, "csv.field.contact_name", "Contact", "Ansprechpartner"},
    {ContactFirstName, "csv.field.contact_first_name", "First name", "Vorname"},
    {ContactLastName, "csv.field.contact_last_name", "Last name", "Nachname"},
    {ContactRole, "csv.field.contact_role", "Role", "Funktion"},
    {ContactEmail, "csv.field.contact_email", "E-mail", "E-Mail"},
    {ContactPhone, "csv.field.contact_phone", "Phone", "Telefon"},
    {ActivityId, "csv.field.activity_id", "Etappe activity ID", "Etappe-Aktivitäts-ID"},
    {Date, "csv.field.date", "Date", "Datum"},
    {Time, "csv.field.time", "Time", "Uhrzeit"},
    {Duration, "csv.field.duration", "Duration (min)", "Dauer (Min.)"},
    {Person, "csv.field.person", "Person", "Person"},
    {Text, "csv.field.text", "Activity", "Aktivität"},
    {Status, "csv.field.status", "Status", "Status"},
    {Outcome, "csv.field.outcome", "Outcome", "Ergebnis"},
};

struct Synonyms {
    CsvField field;
    std::vector<const char*> names;  // besides the field's own export names
};

// Salesforce, HubSpot and Pipedrive exports and usual spreadsheet headings.
const std::vector<Synonyms>& customerSynonyms() {
    static const std::vector<Synonyms> list = {
        {CustomerId, {"Etappe ID", "Etappe-ID"}},
        {Company, {"Company name", "Firmenname", "Unternehmen", "Account Name", "Account", "Organization",
                   "Organisation", "Organization - Name", "Organization name", "Associated Company", "Kunde",
                   "Customer", "Kundenname"}},
        {Industry, {"Organization - Industry", "Sector", "Sektor"}},
        {City, {"Stadt", "Billing City", "Billing Address City", "Organization - City", "Town", "Town/City"}},
        {Class, {"Kundenklasse", "ABC", "ABC class", "ABC-Klasse", "Customer class"}},
        {AnnualRevenue, {"Revenue", "Umsatz", "Annual Revenue", "Jahresumsatz (EUR)"}},
        {Potential, {"Sales potential", "Umsatzpotenzial", "Potenzial (EUR)"}},
        {Currency, {"Currency ISO Code", "Account Currency", "Währungscode"}},
        {Phase, {"Phase", "Verkaufsphase", "Sales phase"}},
        {Notes, {"Notizen", "Description", "Beschreibung", "Bemerkung", "Bemerkungen", "Note", "Notiz", "Comments"}},
        {ContactName, {"Contact name", "Full name", "Person", "Person - Name", "Kontakt", "Contact person",
                       "Ansprechpartner/in", "Ansprechperson"}},
        {ContactFirstName, {"First Name", "Vorname", "Person - First name"}},
        {ContactLastName, {"Last Name", "Nachname", "Person - Last name", "Surname"}},
        {ContactRole, {"Title", "Job Title", "Position", "Funktion", "Rolle", "Person - Job title", "Job title"}},
        {ContactEmail, {"Email", "E-Mail", "Email Address", "E-Mail-Adresse", "Person - Email", "Person - Email - Work",
                        "Mail"}},
        {ContactPhone, {"Phone Number", "Telefon", "Telefonnummer", "Tel", "Tel.", "Person - Phone",
                        "Person - Phone - Work", "Mobile Phone", "Mobil", "Business Phone"}},
    };
    return list;
}

const std::vector<Synonyms>& activitySynonyms() {
    static const std::vector<Synonyms> list = {
        {ActivityId, {"Etappe ID", "Etappe-ID"}},
        {CustomerId, {}},
        {Date, {"Due Date", "Activity Date", "Activity - Due date", "Termin", "Fällig am", "Fälligkeitsdatum",
                "Activity date"}},
        {Time, {"Zeit", "Due time", "Activity - Due time", "Start time"}},
        {Duration, {"Duration", "Dauer", "Activity - Duration", "Dauer (min)"}},
        {Company, {"Customer", "Kunde", "Firma", "Account", "Account Name", "Organization", "Organisation",
                   "Activity - Organization", "Associated Company", "Unternehmen"}},
        {Person, {"Contact", "Ansprechpartner", "Name", "Contact person", "Activity - Contact person",
                  "Associated Contact", "Kontakt"}},
        {Text, {"Aktivität", "Subject", "Betreff", "Action", "Maßnahme", "Activity - Subject", "Aufgabe", "Task", "Text"}},
        {Status, {"Done", "Erledigt", "Activity - Done"}},
        {Outcome, {"Ergebnis", "Comments", "Description", "Activity - Note", "Note", "Notiz", "Notizen", "Notes", "Body",
                   "Kommentar"}},
    };
    return list;
}

const FieldText& textOf(CsvField field) {
    for (const FieldText& t : kTexts) {
        if (t.field == field && *t.key) return t;
    }
    return kTexts[0];
}

CsvField recognise(const std::string& key, ImportKind kind) {
    if (key.empty()) return Ignore;
    for (const Synonyms& s : kind == ImportKind::Customers ? customerSynonyms() : activitySynonyms()) {
        const FieldText& own = textOf(s.field);
        if (headerKey(own.en) == key || headerKey(own.de) == key) return s.field;
        for (const char* name : s.names) {
            if (headerKey(name) == key) return s.field;
        }
    }
    return Ignore;
}

}  // namespace

std::span<const CsvField> importFields(ImportKind kind) {
    if (kind == ImportKind::Customers) return kCustomerFields;
    return kActivityFields;
}

std::span<const CsvField> exportColumns(ExportKind kind) {
    switch (kind) {
        case ExportKind::Customers: return kCustomerColumns;
        case ExportKind::Contacts: return kContactColumns;
        case ExportKind::Activities: return kActivityColumns;
    }
    return kCustomerColumns;
}

std::string_view csvFieldKey(CsvField field) { return textOf(field).key; }

std::string_view csvHeader(CsvField field, i18n::Language language) {
    const FieldText& t = textOf(field);
    return language == i18n::Language::German ? t.de : t.en;
}

std::string foldCase(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b == 0xC3 && i + 1 < text.size()) {
            // U+00C0..U+00DE except × (U+00D7): capitals whose small letter is 0x20 further.
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) next = static_cast<unsigned char>(next + 0x20);
            out += static_cast<char>(b);
            out += static_cast<char>(next);
            ++i;
        } else {
            out += static_cast<char>(b < 0x80 ? std::tolower(b) : b);
        }
    }
    return out;
}

std::string headerKey(std::string_view name) {
    std::string key;
    for (const char ch : foldCase(name)) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 || std::isalnum(b)) key += ch;
    }
    return key;
}

std::vector<CsvField> autoMapping(const std::vector<std::string>& header, ImportKind kind) {
    std::vector<CsvField> mapping(header.size(), Ignore);
    auto taken = [&](CsvField field) { return std::find(mapping.begin(), mapping.end(), field) != mapping.end(); };
    std::vector<std::size_t> plain_names;  // "Name": a company, or a contact when the company has its own column
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string key = headerKey(header[i]);
        if (kind == ImportKind::Customers && key == "name") {
            plain_names.push_back(i);
            continue;
        }
        const CsvField field = recognise(key, kind);
        if (field != Ignore && !taken(field)) mapping[i] = field;
    }
    for (const std::size_t i : plain_names) {
        if (!taken(Company)) {
            mapping[i] = Company;
        } else if (!taken(ContactName)) {
            mapping[i] = ContactName;
        }
    }
    return mapping;
}

void assignField(std::vector<CsvField>& mapping, std::size_t column, CsvField field) {
    if (column >= mapping.size()) return;
    if (field != Ignore) std::replace(mapping.begin(), mapping.end(), field, Ignore);
    mapping[column] = field;
}

}  // namespace etappe::interop
