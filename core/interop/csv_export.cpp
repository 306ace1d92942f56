#include "interop/csv_export.h"

#include <cstdio>

#include "method/customer_class.h"
#include "method/sales_phase.h"

namespace etappe::interop {

namespace {

using enum CsvField;

// Amounts without grouping, with the decimal mark the separator suggests:
// "1234,50" beside semicolons (German Excel), "1234.50" beside commas.
std::string money(const model::Money& m, char separator) {
    char text[40];
    std::snprintf(text, sizeof text, "%lld%c%02lld", static_cast<long long>(m.cents / 100), separator == ';' ? ',' : '.',
                  static_cast<long long>(m.cents % 100));
    return text;
}

std::string_view statusKey(model::ActivityStatus status) {
    switch (status) {
        case model::ActivityStatus::Planned: return "planned";
        case model::ActivityStatus::Done: return "done";
        case model::ActivityStatus::Cancelled: return "cancelled";
    }
    return "planned";
}

std::string customerValue(const model::Customer& c, CsvField field, char separator) {
    switch (field) {
        case CustomerId: return std::to_string(c.id);
        case Company: return c.name;
        case Industry: return c.industry;
        case City: return c.city;
        // The class only when the rep decided it; otherwise the ABC analysis decides.
        case Class: return c.class_decision.overridden ? std::string(method::customerClassKey(c.customer_class)) : "";
        case AnnualRevenue: return money(c.annual_revenue, separator);
        case Potential: return money(c.potential, separator);
        case Currency: return c.annual_revenue.currency;
        case Phase: return std::string(method::salesPhaseKey(c.phase));
        case Notes: return c.notes;
        default: return {};
    }
}

std::string contactValue(const model::Customer& c, const model::Contact& k, CsvField field) {
    switch (field) {
        case CustomerId: return std::to_string(c.id);
        case Company: return c.name;
        case ContactName: return k.name;
        case ContactRole: return k.role;
        case ContactEmail: return k.email;
        case ContactPhone: return k.phone;
        default: return {};
    }
}

std::string activityValue(const model::Portfolio& p, const model::Activity& a, CsvField field) {
    const model::Customer* customer = a.customer_id == model::kNoId ? nullptr : p.findCustomer(a.customer_id);
    switch (field) {
        case ActivityId: return std::to_string(a.id);
        case Date: return a.date;
        case Time: return a.time;
        case Duration: return a.duration_minutes > 0 ? std::to_string(a.duration_minutes) : "";
        case CustomerId: return customer ? std::to_string(customer->id) : "";
        case Company: return customer ? customer->name : "";
        case Person: {
            const model::Contact* contact = customer ? customer->findContact(a.contact_id) : nullptr;
            return contact ? contact->name : "";
        }
        case Text: return a.action;
        case Status: return std::string(statusKey(a.status));
        case Outcome: return a.outcome;
        default: return {};
    }
}

}  // namespace

std::string csvCell(std::string_view text, char separator) {
    std::string cell;
    const std::string_view formula_start = "=+-@\t\r";
    // A text that already starts with ' before such a character gets one more,
    // so the import (which takes one off) gives it back as it was.
    const bool neutralise = !text.empty() && (formula_start.find(text.front()) != std::string_view::npos ||
                                              (text.size() > 1 && text[0] == '\'' && formula_start.find(text[1]) != std::string_view::npos));
    if (neutralise) cell += '\'';
    cell += text;
    if (cell.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos) return cell;
    std::string quoted = "\"";
    for (const char ch : cell) {
        if (ch == '"') quoted += '"';
        quoted += ch;
    }
    quoted += '"';
    return quoted;
}

std::string exportCsv(const model::Portfolio& portfolio, ExportKind kind, const CsvExportOptions& options) {
    const char sep = options.separator == ';' ? ';' : ',';
    const auto columns = exportColumns(kind);
    std::string out = "\xEF\xBB\xBF";
    auto line = [&](auto value_of) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i > 0) out += sep;
            out += csvCell(value_of(columns[i]), sep);
        }
        out += "\r\n";
    };
    line([&](CsvField f) { return std::string(csvHeader(f, options.headers)); });
    switch (kind) {
        case ExportKind::Customers:
            for (const auto& c : portfolio.customers) line([&](CsvField f) { return customerValue(c, f, sep); });
            break;
        case ExportKind::Contacts:
            for (const auto& c : portfolio.customers) {
                for (const auto& k : c.contacts) line([&](CsvField f) { return contactValue(c, k, f); });
            }
            break;
        case ExportKind::Activities:
            for (const auto& a : portfolio.activities) line([&](CsvField f) { return activityValue(portfolio, a, f); });
            break;
    }
    return out;
}

std::optional<ExportKind> exportKindFromName(std::string_view name) {
    if (name == "customers") return ExportKind::Customers;
    if (name == "contacts") return ExportKind::Contacts;
    if (name == "activities") return ExportKind::Activities;
    return std::nullopt;
}

}  // namespace etappe::interop
