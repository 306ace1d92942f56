// The activity import: date, time, customer, person and text, each row
// judged by the activity coach before anything is imported.
#include <charconv>
#include <unordered_map>

#include "dates/date_input.h"
#include "interop/csv_import_detail.h"

namespace etappe::interop::detail {

namespace {

using enum CsvField;

std::optional<model::ActivityStatus> readStatus(const std::string& text) {
    const std::string key = nameKey(text);
    for (const char* planned : {"planned", "geplant", "open", "offen", "no", "nein", "false", "0", "not started"}) {
        if (key == planned) return model::ActivityStatus::Planned;
    }
    for (const char* done : {"done", "erledigt", "completed", "abgeschlossen", "yes", "ja", "true", "1"}) {
        if (key == done) return model::ActivityStatus::Done;
    }
    for (const char* cancelled : {"cancelled", "canceled", "abgesagt", "storniert", "entfallen"}) {
        if (key == cancelled) return model::ActivityStatus::Cancelled;
    }
    return std::nullopt;
}

// The same activity in a second import: same customer, day, time and words.
std::string matchKey(const model::Activity& a) {
    return std::to_string(a.customer_id) + '\x1f' + a.date + '\x1f' + a.time + '\x1f' + nameKey(a.action);
}

class ActivityImport {
public:
    ActivityImport(const model::Portfolio& portfolio, const CsvTable& table, const std::vector<int>& column_of,
                   std::string_view today)
        : portfolio_(portfolio), table_(table), column_of_(column_of), today_(today), next_id_(portfolio.next_id) {
        for (const model::Customer& c : portfolio.customers) {
            by_name_[nameKey(c.name)].push_back(c.id);
            customers_[c.id] = &c;
        }
        for (std::size_t i = 0; i < portfolio.activities.size(); ++i) {
            const model::Activity& a = portfolio.activities[i];
            existing_[a.id] = i;
            by_key_.emplace(matchKey(a), a.id);
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
        result.label = cells.text(Text);
        if (!row.problem.empty()) return rejected(std::move(result), row.problem);
        for (const CsvField field : {Company, Person, Date, Time, Duration, Status}) {
            if (auto why = tooLong(cells, field, kMaxShortText); !why.empty()) return rejected(std::move(result), why);
        }
        for (const CsvField field : {Text, Outcome}) {
            if (auto why = tooLong(cells, field, kMaxLongText); !why.empty()) return rejected(std::move(result), why);
        }

        // The activity the file names by its Etappe id, when this portfolio has it.
        std::optional<model::Activity> named;
        if (const std::string id_text = cells.text(ActivityId); !id_text.empty()) {
            const auto parsed = parseId(id_text);
            if (!parsed) return rejected(std::move(result), i18n::message("csv.reason.bad_id", {id_text}));
            if (existing_.contains(*parsed) || touched_.contains(*parsed)) named = current(*parsed);
        }

        // Its customer: by Etappe id, else by name; a customer must exist already.
        const model::Customer* customer = named ? findCustomer(named->customer_id) : nullptr;
        const std::string customer_id_text = cells.text(CustomerId);
        const std::string company = cells.text(Company);
        if (!customer_id_text.empty() || !company.empty()) {
            customer = nullptr;
            // An id from another portfolio's export counts only when the names agree.
            if (const auto cid = parseId(customer_id_text)) customer = findCustomer(*cid);
            if (customer && !company.empty() && nameKey(customer->name) != nameKey(company)) customer = nullptr;
            if (!customer && !company.empty()) {
                const auto found = by_name_.find(nameKey(company));
                if (found != by_name_.end() && found->second.size() > 1)
                    return rejected(std::move(result), i18n::message("csv.reason.ambiguous_company", {company}));
                if (found != by_name_.end()) customer = findCustomer(found->second.front());
            }
            if (!customer) {
                return rejected(std::move(result),
                                i18n::message("csv.reason.unknown_customer", {company.empty() ? customer_id_text : company}));
            }
        }

        // The row as written; what it leaves empty, the named activity fills in.
        model::Activity blank;
        blank.customer_id = customer ? customer->id : model::kNoId;
        model::Activity draft = named.value_or(blank);
        draft.customer_id = blank.customer_id;
        if (auto why = fill(cells, customer, draft, result); !why.empty()) return rejected(std::move(result), why);
        if (trim(draft.action).empty()) return rejected(std::move(result), i18n::message("csv.reason.no_text"));
        if (result.label.empty()) result.label = draft.action;

        // Which activity the row is (see csv_import.h): the named one when customer, date, time and
        // text agree; else the one with that customer, date, time and text; else the named one when
        // only its text or only its date and time changed; else a new one.
        std::optional<model::Id> id;
        if (named && matchKey(draft) == matchKey(*named)) {
            id = named->id;
        } else if (const auto found = by_key_.find(matchKey(draft)); found != by_key_.end()) {
            id = found->second;
            // Fields the row leaves empty keep what is known of that activity.
            draft = current(*id);
            fill(cells, customer, draft, result);
        } else if (named && draft.customer_id == named->customer_id &&
                   ((draft.date == named->date && draft.time == named->time) ||
                    nameKey(draft.action) == nameKey(named->action))) {
            id = named->id;
        } else if (named) {
            // Another activity than the named one: only what the row says.
            model::Activity fresh = blank;
            fresh.date = draft.date;
            fresh.time = draft.time;
            fresh.action = draft.action;
            draft = std::move(fresh);
            fill(cells, customer, draft, result);
        }
        result.coach = rules::reviewActivity(draft, &portfolio_, today_);

        if (!id) {
            draft.id = next_id_++;
            by_key_.emplace(matchKey(draft), draft.id);
            order_.push_back(draft.id);
            touched_.emplace(draft.id, Touched{draft, std::nullopt});
            result.outcome = RowOutcome::Created;
            return result;
        }
        const model::Activity before = current(*id);
        draft.id = *id;
        if (draft == before) {
            result.outcome = RowOutcome::Unchanged;
            return result;
        }
        if (matchKey(draft) != matchKey(before)) {
            if (const auto old = by_key_.find(matchKey(before)); old != by_key_.end() && old->second == *id)
                by_key_.erase(old);
            by_key_.emplace(matchKey(draft), *id);
        }
        auto it = touched_.find(*id);
        if (it == touched_.end()) {
            it = touched_.emplace(*id, Touched{before, before}).first;
            order_.push_back(*id);
        }
        it->second.activity = std::move(draft);
        result.outcome = RowOutcome::Updated;
        return result;
    }

    // Writes the row's non-empty cells into `draft`; a cell that cannot be read is the reason returned.
    i18n::Message fill(const RowCells& cells, const model::Customer* customer, model::Activity& draft,
                       ImportRow& result) const {
        if (const std::string v = cells.text(Date); !v.empty()) {
            const auto date = dates::parseDate(v, today_);
            if (!date) return i18n::message("csv.reason.bad_date", {v});
            draft.date = *date;
        }
        if (const std::string v = cells.text(Time); !v.empty()) {
            const auto time = dates::parseTime(v);
            if (!time) return i18n::message("csv.reason.bad_time", {v});
            draft.time = *time;
        }
        if (const std::string v = cells.text(Duration); !v.empty()) {
            int minutes = 0;
            const auto parsed = std::from_chars(v.data(), v.data() + v.size(), minutes);
            if (parsed.ec != std::errc() || parsed.ptr != v.data() + v.size() || minutes < 0 || minutes > 7 * 24 * 60)
                return i18n::message("csv.reason.bad_duration", {v});
            draft.duration_minutes = minutes;
        }
        if (const std::string v = cells.text(Status); !v.empty()) {
            const auto status = readStatus(v);
            if (!status) return i18n::message("csv.reason.bad_status", {v});
            draft.status = *status;
        }
        if (const std::string v = cells.raw(Text); !trim(v).empty()) draft.action = v;
        if (const std::string v = cells.raw(Outcome); !trim(v).empty()) draft.outcome = v;

        // The person: a contact of the customer, by e-mail or name.
        if (const std::string person = cells.text(Person); !person.empty()) {
            const model::Contact* contact = nullptr;
            const std::string key = nameKey(person);
            if (customer) {
                for (const model::Contact& k : customer->contacts) {
                    if (nameKey(k.name) == key || (!k.email.empty() && nameKey(k.email) == key)) contact = &k;
                }
            }
            if (contact) {
                draft.contact_id = contact->id;
            } else {
                result.reason = i18n::message("csv.note.unknown_person", {person});
            }
        }
        return {};
    }

    static ImportRow rejected(ImportRow row, i18n::Message why) {
        row.outcome = RowOutcome::Rejected;
        row.reason = std::move(why);
        row.coach.reset();
        return row;
    }

    const model::Customer* findCustomer(model::Id id) const {
        const auto it = customers_.find(id);
        return it == customers_.end() ? nullptr : it->second;
    }

    model::Activity current(model::Id id) const {
        if (const auto it = touched_.find(id); it != touched_.end()) return it->second.activity;
        return portfolio_.activities[existing_.at(id)];
    }

    history::Edit edit() {
        history::Edit edit;
        edit.next_id_before = portfolio_.next_id;
        edit.next_id_after = next_id_;
        for (const model::Id id : order_) {
            Touched& t = touched_.at(id);
            if (!t.before) {
                edit.changes.push_back(history::Change<model::Activity>{std::nullopt, std::move(t.activity)});
            } else if (*t.before != t.activity) {
                edit.changes.push_back(history::Change<model::Activity>{std::move(t.before), std::move(t.activity)});
            }
        }
        return edit;
    }

    struct Touched {
        model::Activity activity;
        std::optional<model::Activity> before;  // empty: created by this import
    };

    const model::Portfolio& portfolio_;
    const CsvTable& table_;
    const std::vector<int>& column_of_;
    std::string_view today_;
    model::Id next_id_;
    std::unordered_map<std::string, std::vector<model::Id>> by_name_;
    std::unordered_map<model::Id, const model::Customer*> customers_;
    std::unordered_map<model::Id, std::size_t> existing_;
    std::unordered_map<std::string, model::Id> by_key_;
    std::unordered_map<model::Id, Touched> touched_;
    std::vector<model::Id> order_;
};

}  // namespace

ImportPlan planActivities(const model::Portfolio& portfolio, const CsvTable& table, const std::vector<int>& column_of,
                          std::string_view today, CsvProgress* progress) {
    return ActivityImport(portfolio, table, column_of, today).run(progress);
}

}  // namespace etappe::interop::detail
