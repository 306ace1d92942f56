// validatePortfolio: what the file format forbids, checked after every load
// and before every save (cereal narrows and accepts far more than we allow).
#include <string>
#include <unordered_map>

#include "storage/format.h"
#include "storage/json_scan.h"
#include "storage/portfolio_file.h"
#include "storage/text_checks.h"

namespace etappe::storage {

namespace {

constexpr std::size_t kMaxNotesBytes = 100'000;
constexpr std::size_t kMaxTextBytes = 1'000;
constexpr std::size_t kMaxListItems = 1'000;

// Where a value sits, turned into text like "customers[4].contacts[1].email"
// only when something is wrong (most portfolios are fine).
struct Place {
    std::size_t customer = SIZE_MAX;
    std::size_t contact = SIZE_MAX;
    const char* field = "";
    std::size_t plan = SIZE_MAX;

    std::string text() const {
        std::string out;
        if (customer != SIZE_MAX) out = "customers[" + std::to_string(customer) + "]";
        if (contact != SIZE_MAX) out += ".contacts[" + std::to_string(contact) + "]";
        if (plan != SIZE_MAX) out += ".plans[" + std::to_string(plan) + "]";
        if (*field && !out.empty()) out += '.';
        out += field;
        return out;
    }
    Place with(const char* name) const { return Place{customer, contact, name, plan}; }
};

struct Issue {
    LoadProblem problem = LoadProblem::None;
    std::string detail;
    explicit operator bool() const { return problem != LoadProblem::None; }
};

Issue issue(LoadProblem problem, const Place& place, const std::string& what) {
    return Issue{problem, place.text() + " " + what};
}

Issue checkText(std::string_view value, const Place& place, std::size_t max_bytes) {
    if (value.find('\0') != std::string_view::npos) return issue(LoadProblem::NulCharacter, place, "contains a NUL");
    if (const auto bad = findInvalidUtf8(value)) {
        return issue(LoadProblem::InvalidUtf8, place, "is not valid UTF-8 at byte " + std::to_string(*bad));
    }
    if (value.size() > max_bytes) {
        return issue(LoadProblem::InvalidValue, place,
                     "is " + std::to_string(value.size()) + " bytes long, at most " + std::to_string(max_bytes));
    }
    return {};
}

Issue checkMoney(const model::Money& money, const Place& place) {
    if (money.cents < 0 || money.cents > model::kMaxMoneyCents) {
        return Issue{LoadProblem::InvalidValue,
                     place.text() + ".cents " + std::to_string(money.cents) + " is out of range"};
    }
    if (!isCurrencyCode(money.currency)) {
        return Issue{LoadProblem::InvalidValue, place.text() + ".currency is not three capital letters"};
    }
    return {};
}

// Ids are unique across customers and contacts, positive, and below next_id.
class IdCheck {
public:
    explicit IdCheck(const model::Portfolio& portfolio) : next_id_(portfolio.next_id) {}

    Issue add(model::Id id, const Place& place) {
        if (id <= 0) return issue(LoadProblem::InvalidValue, place, std::to_string(id) + " is not positive");
        if (id >= next_id_) {
            return issue(LoadProblem::InvalidValue, place,
                         std::to_string(id) + " is not below next_id " + std::to_string(next_id_));
        }
        const auto [it, inserted] = seen_.emplace(id, place);
        if (!inserted) {
            return issue(LoadProblem::DuplicateId, place, std::to_string(id) + " is also " + it->second.text());
        }
        return {};
    }

private:
    model::Id next_id_;
    std::unordered_map<model::Id, Place> seen_;
};

Issue checkContact(const model::Contact& contact, const Place& at, IdCheck& ids) {
    if (auto bad = ids.add(contact.id, at.with("id"))) return bad;
    if (auto bad = checkText(contact.name, at.with("name"), kMaxTextBytes)) return bad;
    if (auto bad = checkText(contact.role, at.with("role"), kMaxTextBytes)) return bad;
    if (auto bad = checkText(contact.email, at.with("email"), kMaxTextBytes)) return bad;
    return checkText(contact.phone, at.with("phone"), kMaxTextBytes);
}

// Enums set by casting (a bug elsewhere) would index past the key tables.
Issue checkEnums(const model::Customer& c, const Place& at) {
    if (static_cast<std::size_t>(c.customer_class) >= method::kCustomerClasses.size()) {
        return issue(LoadProblem::InvalidValue, at.with("class"), "is not A, B or C");
    }
    if (static_cast<std::size_t>(c.phase) >= method::kSalesPhases.size()) {
        return issue(LoadProblem::InvalidValue, at.with("phase"), "is not a sales phase");
    }
    return {};
}

Issue checkCustomerFields(const model::Customer& c, const Place& at) {
    if (auto bad = checkEnums(c, at)) return bad;
    if (auto bad = checkText(c.name, at.with("name"), kMaxTextBytes)) return bad;
    if (c.name.empty()) return issue(LoadProblem::InvalidValue, at.with("name"), "is empty");
    if (auto bad = checkText(c.industry, at.with("industry"), kMaxTextBytes)) return bad;
    if (auto bad = checkText(c.city, at.with("city"), kMaxTextBytes)) return bad;
    if (auto bad = checkText(c.notes, at.with("notes"), kMaxNotesBytes)) return bad;
    if (auto bad = checkMoney(c.annual_revenue, at.with("annual_revenue"))) return bad;
    if (auto bad = checkMoney(c.potential, at.with("potential"))) return bad;
    if (auto bad = checkText(c.created_on, at.with("created_on"), kMaxTextBytes)) return bad;
    if (!c.created_on.empty() && !isIsoDate(c.created_on)) {
        return issue(LoadProblem::InvalidValue, at.with("created_on"), "\"" + c.created_on + "\" is not a date");
    }
    return {};
}

Issue checkKnowledge(const model::Customer& c, const Place& at) {
    for (const model::KnowledgeNote& note : c.knowledge) {
        if (static_cast<int>(note.level) < 0 || static_cast<int>(note.level) > 2)
            return issue(LoadProblem::InvalidValue, at.with("knowledge"), "has an unknown level");
        if (auto bad = checkText(note.note, at.with("knowledge"), kMaxTextBytes)) return bad;
    }
    return {};
}

Issue checkTextList(const std::vector<std::string>& items, const Place& at) {
    if (items.size() > kMaxListItems) return issue(LoadProblem::InvalidValue, at, "has too many entries");
    for (const std::string& item : items) {
        if (auto bad = checkText(item, at, kMaxNotesBytes)) return bad;
    }
    return {};
}

Issue checkPlanTexts(const model::ConversationPlan& plan, const Place& at) {
    for (const auto& [text, field] : {std::pair{&plan.place, "place"}, {&plan.goal, "goal"}, {&plan.hook, "hook"},
                                      {&plan.intention, "intention"}, {&plan.sales_goals, "sales_goals"},
                                      {&plan.missing_information, "missing_information"},
                                      {&plan.after_sales_mail, "after_sales_mail"}}) {
        if (auto bad = checkText(*text, at.with(field), kMaxNotesBytes)) return bad;
    }
    for (const auto& [list, field] : {std::pair{&plan.situation_questions, "situation_questions"},
                                      {&plan.goal_hypotheses, "goal_hypotheses"},
                                      {&plan.decision_criteria, "decision_criteria"},
                                      {&plan.decision_impulses, "decision_impulses"},
                                      {&plan.additional_offers, "additional_offers"}}) {
        if (auto bad = checkTextList(*list, at.with(field))) return bad;
    }
    if (plan.proposals.size() > kMaxListItems || plan.objections.size() > kMaxListItems)
        return issue(LoadProblem::InvalidValue, at, "has too many proposals or objections");
    for (const auto& p : plan.proposals) {
        for (const std::string* text : {&p.feature, &p.advantage, &p.benefit}) {
            if (auto bad = checkText(*text, at.with("proposals"), kMaxNotesBytes)) return bad;
        }
    }
    for (const auto& o : plan.objections) {
        for (const std::string* text : {&o.objection, &o.answer}) {
            if (auto bad = checkText(*text, at.with("objections"), kMaxNotesBytes)) return bad;
        }
    }
    for (const auto& step : plan.steps) {
        if (auto bad = checkText(step.notes, at.with("steps"), kMaxNotesBytes)) return bad;
    }
    return {};
}

// A plan belongs to its customer: attendees are that customer's contacts.
Issue checkPlan(const model::Customer& c, const model::ConversationPlan& plan, const Place& at, IdCheck& ids) {
    if (auto bad = ids.add(plan.id, at.with("id"))) return bad;
    if (!plan.date.empty() && !isIsoDate(plan.date))
        return issue(LoadProblem::InvalidValue, at.with("date"), "\"" + plan.date + "\" is not a date");
    if (!plan.time.empty() && !isClockTime(plan.time))
        return issue(LoadProblem::InvalidValue, at.with("time"), "\"" + plan.time + "\" is not a time like 14:30");
    if (plan.attendee_ids.size() > c.contacts.size())
        return issue(LoadProblem::InvalidValue, at.with("attendee_ids"), "lists more attendees than contacts");
    for (std::size_t i = 0; i < plan.attendee_ids.size(); ++i) {
        const model::Id id = plan.attendee_ids[i];
        if (!c.findContact(id))
            return issue(LoadProblem::DanglingReference, at.with("attendee_ids"),
                         std::to_string(id) + " is not a contact of this customer");
        for (std::size_t j = 0; j < i; ++j) {
            if (plan.attendee_ids[j] == id)
                return issue(LoadProblem::InvalidValue, at.with("attendee_ids"), std::to_string(id) + " is listed twice");
        }
    }
    return checkPlanTexts(plan, at);
}

Issue checkCustomer(const model::Customer& c, std::size_t index, IdCheck& ids) {
    const Place at{index, SIZE_MAX, ""};
    if (auto bad = ids.add(c.id, at.with("id"))) return bad;
    if (auto bad = checkCustomerFields(c, at)) return bad;
    if (auto bad = checkKnowledge(c, at)) return bad;
    for (std::size_t k = 0; k < c.contacts.size(); ++k) {
        if (auto bad = checkContact(c.contacts[k], Place{index, k, ""}, ids)) return bad;
    }
    if (c.plans.size() > kMaxListItems) return issue(LoadProblem::InvalidValue, at.with("plans"), "has too many plans");
    for (std::size_t p = 0; p < c.plans.size(); ++p) {
        if (auto bad = checkPlan(c, c.plans[p], Place{index, SIZE_MAX, "", p}, ids)) return bad;
    }
    return {};
}


Issue check(const model::Portfolio& portfolio) {
    if (portfolio.customers.size() > kMaxCustomers) {
        return Issue{LoadProblem::InvalidValue, "more than 1,000,000 customers"};
    }
    if (portfolio.next_id <= 0) return issue(LoadProblem::InvalidValue, Place{.field = "next_id"}, "is not positive");
    if (auto bad = checkText(portfolio.title, Place{.field = "title"}, kMaxTextBytes)) return bad;
    IdCheck ids(portfolio);
    for (std::size_t i = 0; i < portfolio.customers.size(); ++i) {
        if (auto bad = checkCustomer(portfolio.customers[i], i, ids)) return bad;
    }
    return {};
}

}  // namespace

LoadProblem findProblem(const model::Portfolio& portfolio, std::string& detail) {
    Issue bad = check(portfolio);
    detail = std::move(bad.detail);
    return bad.problem;
}

LoadResult validatePortfolio(model::Portfolio portfolio) {
    LoadResult result;
    result.format_version = kFormatVersion;
    result.problem = findProblem(portfolio, result.detail);
    if (result.problem == LoadProblem::None) result.portfolio = std::move(portfolio);
    return result;
}

}  // namespace etappe::storage
