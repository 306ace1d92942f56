// The customer import: customers and their contacts, one row each (a row
// may hold a customer, a contact of it, or both).
#include <unordered_map>
#include <unordered_set>

#include "history/entities.h"
#include "i18n/translator.h"
#include "interop/csv_import_detail.h"
#include "method/customer_class.h"
#include "method/sales_phase.h"
#include "storage/text_checks.h"

namespace etappe::interop::detail {

namespace {

using enum CsvField;

// A customer this import touches, as it will be after the rows so far.
struct Touched {
    model::Customer customer;  // without plans: the history keeps plans as entities of their own
    std::optional<model::Customer> before;  // empty: created by this import
};

std::optional<method::SalesPhase> readPhase(const std::string& text) {
    const std::string key = nameKey(text);
    if (auto phase = method::salesPhaseFromKey(key)) return phase;
    static const i18n::Translator english(i18n::Language::English);
    static const i18n::Translator german(i18n::Language::German);
    for (const method::SalesPhase phase : method::kSalesPhases) {
        const std::string label_key = "phase." + std::string(method::salesPhaseKey(phase));
        if (nameKey(english.text(label_key)) == key || nameKey(german.text(label_key)) == key) return phase;
    }
    return std::nullopt;
}

std::optional<method::CustomerClass> readClass(const std::string& text) {
    std::string key = nameKey(text);
    // "A-Kunde", "A customer", "Class A" are meant as A too.
    for (const char* noise : {"-kunde", " kunde", " customer", "klasse ", "class "}) {
        if (const auto at = key.find(noise); at != std::string::npos) key.erase(at, std::string_view(noise).size());
    }
    if (key.size() != 1) return std::nullopt;
    const char upper[2] = {static_cast<char>(std::toupper(static_cast<unsigned char>(key[0]))), '\0'};
    return method::customerClassFromKey(upper);
}

class CustomerImport {
public:
    CustomerImport(const model::Portfolio& portfolio, const CsvTable& table, const std::vector<int>& column_of,
                   std::string_view today)
        : portfolio_(portfolio), table_(table), column_of_(column_of), today_(today), next_id_(portfolio.next_id) {
        for (std::size_t i = 0; i < portfolio.customers.size(); ++i) {
            const model::Customer& c = portfolio.customers[i];
            existing_[c.id] = i;
            by_name_[nameKey(c.name)].push_back(c.id);
        }
    }

    ImportPlan run(CsvProgress* progress) {
        return importRows(
            table_, progress, [this](const CsvRow& row) { return importRow(row); }, [this] { return edit(); });
    }

private:
    ImportRow importRow(const CsvRow& row) {
        ImportRow result;
        result.number = row.number;
        const RowCells cells(table_, column_of_, row);
        result.label = cells.text(Company);
        if (!row.problem.empty()) return rejected(std::move(result), row.problem);

        // Find the customer: by Etappe id, else by name.
        // An id from another portfolio's export may name someone else here: it
        // counts only when the row's company agrees (or the row names none).
        std::optional<model::Id> id;
        const std::string company = cells.text(Company);
        if (const std::string id_text = cells.text(CustomerId); !id_text.empty()) {
            const auto parsed = parseId(id_text);
            if (!parsed) return rejected(std::move(result), i18n::message("csv.reason.bad_id", {id_text}));
            if (existing_.contains(*parsed) && (company.empty() || nameKey(current(*parsed).name) == nameKey(company))) id = parsed;
        }
        if (!id) {
            if (company.empty()) return rejected(std::move(result), i18n::message("csv.reason.no_company"));
            const auto found = by_name_.find(nameKey(company));
            if (found != by_name_.end() && found->second.size() > 1)
                return rejected(std::move(result), i18n::message("csv.reason.ambiguous_company", {company}));
            if (found != by_name_.end()) id = found->second.front();
        }

        // Work on a draft: a rejected row changes nothing, not even the ids handed out.
        row_next_id_ = next_id_;
        const bool exists = id.has_value();
        model::Customer draft;
        if (exists) {
            draft = current(*id);
        } else {
            draft.id = row_next_id_++;
            draft.name = company;
            draft.created_on = std::string(today_);
        }
        if (result.label.empty()) result.label = draft.name;
        if (i18n::Message why = applyCustomerFields(cells, draft); !why.empty()) return rejected(std::move(result), why);
        bool contact_created = false;
        if (i18n::Message why = applyContact(cells, draft, contact_created, result.label); !why.empty())
            return rejected(std::move(result), why);

        next_id_ = row_next_id_;
        if (!exists) {
            by_name_[nameKey(draft.name)].push_back(draft.id);
            order_.push_back(draft.id);
            touched_.emplace(draft.id, Touched{std::move(draft), std::nullopt});
            result.outcome = RowOutcome::Created;
            return result;
        }
        Touched& entry = touch(*id);
        if (draft == entry.customer) {
            result.outcome = RowOutcome::Unchanged;
            return result;
        }
        entry.customer = std::move(draft);
        result.outcome = contact_created ? RowOutcome::Created : RowOutcome::Updated;
        return result;
    }

    static ImportRow rejected(ImportRow row, i18n::Message why) {
        row.outcome = RowOutcome::Rejected;
        row.reason = std::move(why);
        return row;
    }

    // The customer as the rows so far left it.
    model::Customer current(model::Id id) const {
        if (const auto it = touched_.find(id); it != touched_.end()) return it->second.customer;
        return history::withoutPlans(portfolio_.customers[existing_.at(id)]);
    }

    Touched& touch(model::Id id) {
        auto it = touched_.find(id);
        if (it == touched_.end()) {
            model::Customer original = history::withoutPlans(portfolio_.customers[existing_.at(id)]);
            it = touched_.emplace(id, Touched{original, original}).first;
            order_.push_back(id);
        }
        return it->second;
    }

    // The customer's own fields; an empty cell leaves a field as it is.
    i18n::Message applyCustomerFields(const RowCells& cells, model::Customer& c) {
        for (const CsvField field : {Company, Industry, City, Currency}) {
            if (auto why = tooLong(cells, field, kMaxShortText); !why.empty()) return why;
        }
        if (auto why = tooLong(cells, Notes, kMaxLongText); !why.empty()) return why;
        // A matched customer keeps the portfolio's spelling of its name.
        if (const std::string v = cells.text(Industry); !v.empty()) c.industry = v;
        if (const std::string v = cells.text(City); !v.empty()) c.city = v;
        if (const std::string v = cells.raw(Notes); !trim(v).empty()) c.notes = v;
        if (const std::string v = cells.text(Class); !v.empty()) {
            const auto cls = readClass(v);
            if (!cls) return i18n::message("csv.reason.bad_class", {v});
            c.customer_class = *cls;
            c.class_decision.overridden = true;  // a class in the file is the rep's decision
        }
        if (const std::string v = cells.text(Phase); !v.empty()) {
            const auto phase = readPhase(v);
            if (!phase) return i18n::message("csv.reason.bad_phase", {v});
            c.phase = *phase;
        }
        if (const std::string v = cells.text(Currency); !v.empty()) {
            std::string code;
            for (const char ch : v) code += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            if (code == "€") code = "EUR";
            if (!storage::isCurrencyCode(code)) return i18n::message("csv.reason.bad_currency", {v});
            c.annual_revenue.currency = code;
            c.potential.currency = code;
        }
        for (const auto& [field, money] : {std::pair{AnnualRevenue, &c.annual_revenue}, {Potential, &c.potential}}) {
            const std::string v = cells.text(field);
            if (v.empty()) continue;
            const auto cents = parseCsvMoney(v);
            if (!cents) return i18n::message("csv.reason.bad_money", {cells.header(field), v});
            money->cents = *cents;
        }
        return {};
    }

    // A contact of the customer: found by e-mail, else by name; created when new.
    i18n::Message applyContact(const RowCells& cells, model::Customer& c, bool& created, std::string& label) {
        for (const CsvField field : {ContactName, ContactFirstName, ContactLastName, ContactRole, ContactEmail, ContactPhone}) {
            if (auto why = tooLong(cells, field, kMaxShortText); !why.empty()) return why;
        }
        std::string name = cells.text(ContactName);
        if (name.empty()) name = trim(cells.text(ContactFirstName) + " " + cells.text(ContactLastName));
        const std::string email = cells.text(ContactEmail);
        const std::string role = cells.text(ContactRole);
        const std::string phone = cells.text(ContactPhone);
        if (name.empty() && email.empty()) {
            if (!role.empty() || !phone.empty()) return i18n::message("csv.reason.contact_without_name");
            return {};
        }
        label += " · " + (name.empty() ? email : name);
        model::Contact* contact = findContact(c, name, email);
        if (!contact) {
            model::Contact fresh;
            fresh.id = row_next_id_++;
            c.contacts.push_back(fresh);
            contact = &c.contacts.back();
            created = true;
        }
        claimed_.insert(contact->id);
        if (!name.empty()) contact->name = name;
        if (!email.empty()) contact->email = email;
        if (!role.empty()) contact->role = role;
        if (!phone.empty()) contact->phone = phone;
        return {};
    }

    // By e-mail, else by name. Several people may share a mailbox (info@…): among
    // those with the e-mail, the one of the same name; another one only when no
    // earlier row of this file has claimed it (then it is a renamed person).
    model::Contact* findContact(model::Customer& c, const std::string& name, const std::string& email) const {
        const std::string name_key = nameKey(name);
        if (!email.empty()) {
            const std::string email_key = nameKey(email);
            model::Contact* unclaimed = nullptr;
            int with_email = 0;
            for (auto& k : c.contacts) {
                if (nameKey(k.email) != email_key) continue;
                if (name_key.empty() || nameKey(k.name) == name_key) return &k;
                ++with_email;
                if (!claimed_.contains(k.id)) unclaimed = &k;
            }
            if (with_email == 1 && unclaimed) return unclaimed;
        }
        if (name_key.empty()) return nullptr;
        for (auto& k : c.contacts) {
            // Two people of one name are told apart by their e-mail addresses.
            if (nameKey(k.name) == name_key && (email.empty() || k.email.empty())) return &k;
        }
        return nullptr;
    }

    history::Edit edit() {
        history::Edit edit;
        edit.next_id_before = portfolio_.next_id;
        edit.next_id_after = next_id_;
        for (const model::Id id : order_) {
            Touched& t = touched_.at(id);
            if (!t.before) {
                edit.changes.push_back(history::Change<model::Customer>{std::nullopt, std::move(t.customer)});
            } else if (*t.before != t.customer) {
                edit.changes.push_back(history::Change<model::Customer>{std::move(t.before), std::move(t.customer)});
            }
        }
        if (edit.changes.empty()) edit.next_id_after = edit.next_id_before;
        return edit;
    }

    const model::Portfolio& portfolio_;
    const CsvTable& table_;
    const std::vector<int>& column_of_;
    std::string_view today_;
    model::Id next_id_;
    model::Id row_next_id_ = 0;
    std::unordered_map<model::Id, std::size_t> existing_;  // id → index in the portfolio
    std::unordered_map<std::string, std::vector<model::Id>> by_name_;
    std::unordered_map<model::Id, Touched> touched_;
    std::unordered_set<model::Id> claimed_;  // contacts an earlier row of this file matched or created
    std::vector<model::Id> order_;  // touched customers, first touch first
};

}  // namespace

ImportPlan planCustomers(const model::Portfolio& portfolio, const CsvTable& table, const std::vector<int>& column_of,
                         std::string_view today, CsvProgress* progress) {
    return CustomerImport(portfolio, table, column_of, today).run(progress);
}

}  // namespace etappe::interop::detail
