// validatePortfolio: what the file format forbids, checked after every load
// and before every save (cereal narrows and accepts far more than we allow).
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "method/plan_fields.h"
#include "method/reduced_elements.h"
#include "storage/format.h"
#include "storage/json_scan.h"
#include "storage/portfolio_file.h"
#include "storage/text_checks.h"
#include "storage/validate_checks.h"
#include "i18n/message.h"

namespace etappe::storage {

namespace {

using namespace validate_checks;

Issue checkMoney(const model::Money& money, const Place& place) {
    if (money.cents < 0 || money.cents > model::kMaxMoneyCents) {
        return issueAt(LoadProblem::InvalidValue, place.text() + ".cents", "detail.out_of_range",
                       {std::to_string(money.cents)});
    }
    if (!isCurrencyCode(money.currency)) {
        return issueAt(LoadProblem::InvalidValue, place.text() + ".currency", "detail.not_currency");
    }
    return {};
}

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
        return issue(LoadProblem::InvalidValue, at.with("class"), "detail.not_class");
    }
    if (static_cast<std::size_t>(c.phase) >= method::kSalesPhases.size()) {
        return issue(LoadProblem::InvalidValue, at.with("phase"), "detail.not_phase");
    }
    return {};
}

Issue checkCustomerFields(const model::Customer& c, const Place& at) {
    if (auto bad = checkEnums(c, at)) return bad;
    if (auto bad = checkText(c.name, at.with("name"), kMaxTextBytes)) return bad;
    if (c.name.empty()) return issue(LoadProblem::InvalidValue, at.with("name"), "detail.empty");
    if (auto bad = checkText(c.industry, at.with("industry"), kMaxTextBytes)) return bad;
    if (auto bad = checkText(c.city, at.with("city"), kMaxTextBytes)) return bad;
    if (auto bad = checkText(c.notes, at.with("notes"), kMaxNotesBytes)) return bad;
    if (auto bad = checkMoney(c.annual_revenue, at.with("annual_revenue"))) return bad;
    if (auto bad = checkMoney(c.potential, at.with("potential"))) return bad;
    if (auto bad = checkText(c.created_on, at.with("created_on"), kMaxTextBytes)) return bad;
    if (!c.created_on.empty() && !isIsoDate(c.created_on)) {
        return issue(LoadProblem::InvalidValue, at.with("created_on"), "detail.not_date", {c.created_on});
    }
    return {};
}

Issue checkKnowledge(const model::Customer& c, const Place& at) {
    for (const model::KnowledgeNote& note : c.knowledge) {
        if (static_cast<int>(note.level) < 0 || static_cast<int>(note.level) > 2)
            return issue(LoadProblem::InvalidValue, at.with("knowledge"), "detail.unknown_level");
        if (auto bad = checkText(note.note, at.with("knowledge"), kMaxTextBytes)) return bad;
    }
    return {};
}

// Every field the method describes: no list longer than kMaxListItems, every
// text (entry, record part) valid. Reported under the field's JSON key.
Issue checkPlanFields(const model::ConversationPlan& plan, const Place& at) {
    for (const method::PlanField& field : method::kPlanFields) {
        const Place here = at.with(field.key.data());
        if (method::entryCount(plan, field) > kMaxListItems) return issue(LoadProblem::InvalidValue, here, "detail.too_many_entries");
        Issue bad;
        method::forEachText(plan, field, [&](const std::string& text) {
            if (!bad) bad = checkText(text, here, kMaxNotesBytes);
        });
        if (bad) return bad;
    }
    return {};
}

Issue checkPlanTexts(const model::ConversationPlan& plan, const Place& at) {
    for (const auto& [text, field] : {std::pair{&plan.place, "place"}, {&plan.goal, "goal"}}) {
        if (auto bad = checkText(*text, at.with(field), kMaxNotesBytes)) return bad;
    }
    if (auto bad = checkPlanFields(plan, at)) return bad;
    for (const auto& step : plan.steps) {
        if (auto bad = checkText(step.notes, at.with("steps"), kMaxNotesBytes)) return bad;
    }
    return {};
}

// A plan belongs to its customer: attendees are that customer's contacts.
Issue checkPlan(const model::Customer& c, const model::ConversationPlan& plan, const Place& at, IdCheck& ids) {
    if (auto bad = ids.add(plan.id, at.with("id"))) return bad;
    if (!plan.date.empty() && !isIsoDate(plan.date))
        return issue(LoadProblem::InvalidValue, at.with("date"), "detail.not_date", {plan.date});
    if (!plan.time.empty() && !isClockTime(plan.time))
        return issue(LoadProblem::InvalidValue, at.with("time"), "detail.not_time_like", {plan.time});
    if (plan.attendee_ids.size() > c.contacts.size())
        return issue(LoadProblem::InvalidValue, at.with("attendee_ids"), "detail.too_many_attendees");
    for (std::size_t i = 0; i < plan.attendee_ids.size(); ++i) {
        const model::Id id = plan.attendee_ids[i];
        if (!c.findContact(id))
            return issue(LoadProblem::DanglingReference, at.with("attendee_ids"), "detail.not_contact_of_customer",
                         {std::to_string(id)});
        for (std::size_t j = 0; j < i; ++j) {
            if (plan.attendee_ids[j] == id)
                return issue(LoadProblem::InvalidValue, at.with("attendee_ids"), "detail.listed_twice", {std::to_string(id)});
        }
    }
    return checkPlanTexts(plan, at);
}

Issue checkReducedPlan(const model::Customer& c, const Place& at) {
    const model::ReducedPlan& r = c.reduced_plan;
    if (!r.date.empty() && !isIsoDate(r.date))
        return issue(LoadProblem::InvalidValue, at.with("reduced_plan.date"), "detail.not_date", {r.date});
    for (const method::ReducedField& field : method::kReducedFields) {
        if (auto bad = checkText(r.*field.text, at.with("reduced_plan"), kMaxNotesBytes)) return bad;
    }
    return checkText(c.class_decision.reason, at.with("class_decision.reason"), kMaxTextBytes);
}

Issue checkPriorities(const model::PrioritySettings& settings) {
    const auto& t = settings.thresholds;
    if (t.a_share_percent < 1 || t.b_share_percent < 0 || t.a_share_percent + t.b_share_percent > 100)
        return issueAt(LoadProblem::InvalidValue, "priorities.thresholds", "detail.not_shares",
                       {std::to_string(t.a_share_percent), std::to_string(t.b_share_percent)});
    for (const model::ClassEffort& effort : settings.effort) {
        for (const std::string* text : {&effort.appointment, &effort.preparation, &effort.conversation, &effort.follow_up}) {
            if (auto bad = checkText(*text, Place{.field = "priorities.effort"}, kMaxTextBytes)) return bad;
        }
    }
    return {};
}

Issue checkCustomer(const model::Customer& c, std::size_t index, IdCheck& ids) {
    const Place at{index, SIZE_MAX, ""};
    if (auto bad = ids.add(c.id, at.with("id"))) return bad;
    if (auto bad = checkCustomerFields(c, at)) return bad;
    if (auto bad = checkKnowledge(c, at)) return bad;
    if (auto bad = checkReducedPlan(c, at)) return bad;
    for (std::size_t k = 0; k < c.contacts.size(); ++k) {
        if (auto bad = checkContact(c.contacts[k], Place{index, k, ""}, ids)) return bad;
    }
    if (c.plans.size() > kMaxListItems) return issue(LoadProblem::InvalidValue, at.with("plans"), "detail.too_many_plans");
    for (std::size_t p = 0; p < c.plans.size(); ++p) {
        if (auto bad = checkPlan(c, c.plans[p], Place{index, SIZE_MAX, "", p}, ids)) return bad;
    }
    return {};
}

// An activity points at a customer, one of its contacts and a goal plan; each must exist.
Issue checkActivityReferences(const model::Portfolio& portfolio, const model::Activity& a, const std::string& where) {
    const model::Customer* customer = nullptr;
    if (a.customer_id != model::kNoId) {
        customer = portfolio.findCustomer(a.customer_id);
        if (!customer) return issueAt(LoadProblem::DanglingReference, where + ".customer_id", "detail.not_customer", {std::to_string(a.customer_id)});
    }
    if (a.contact_id != model::kNoId && (!customer || !customer->findContact(a.contact_id)))
        return issueAt(LoadProblem::DanglingReference, where + ".contact_id", "detail.not_contact_of_its_customer", {std::to_string(a.contact_id)});
    if (a.goal_plan_id != model::kNoId && !portfolio.findGoalPlan(a.goal_plan_id))
        return issueAt(LoadProblem::DanglingReference, where + ".goal_plan_id", "detail.not_goal_plan", {std::to_string(a.goal_plan_id)});
    return {};
}

Issue checkActivity(const model::Portfolio& portfolio, const model::Activity& a, std::size_t index, IdCheck& ids) {
    const std::string where = "activities[" + std::to_string(index) + "]";
    const Place place{.field = ""};
    if (auto bad = ids.add(a.id, Place{.field = "id"})) return within(where, bad);
    if (!a.date.empty() && !isIsoDate(a.date)) return issueAt(LoadProblem::InvalidValue, where + ".date", "detail.not_date", {a.date});
    if (!a.time.empty() && !isClockTime(a.time)) return issueAt(LoadProblem::InvalidValue, where + ".time", "detail.not_time", {a.time});
    if (a.duration_minutes < 0 || a.duration_minutes > 7 * 24 * 60)
        return issueAt(LoadProblem::InvalidValue, where + ".duration_minutes", "detail.out_of_range", {std::to_string(a.duration_minutes)});
    if (!a.step_key.empty() && !method::isActivityStepKey(a.step_key)) return issueAt(LoadProblem::InvalidValue, where + ".step", "detail.not_step", {a.step_key});
    if (auto bad = checkText(a.action, place.with("action"), kMaxNotesBytes)) return within(where, bad);
    if (auto bad = checkText(a.outcome, place.with("outcome"), kMaxNotesBytes)) return within(where, bad);
    return checkActivityReferences(portfolio, a, where);
}

Issue checkGoalPlan(const model::Portfolio& portfolio, const model::GoalPlan& g, std::size_t index, IdCheck& ids) {
    const std::string where = "goal_plans[" + std::to_string(index) + "]";
    if (auto bad = ids.add(g.id, Place{.field = "id"})) return within(where, bad);
    for (const auto& [date, field] : {std::pair{&g.period_start, "period_start"}, {&g.deadline, "deadline"}}) {
        if (!date->empty() && !isIsoDate(*date)) return issueAt(LoadProblem::InvalidValue, where + "." + field, "detail.not_date", {*date});
    }
    if (g.customers_now < 0 || g.customers_to_win < 0 || g.customers_now > 10'000'000 || g.customers_to_win > 10'000'000)
        return issueAt(LoadProblem::InvalidValue, where, "detail.count_out_of_range");
    for (const model::Money* money : {&g.revenue_existing_now, &g.revenue_existing_gain, &g.revenue_new,
                                      &g.revenue_per_customer_now, &g.revenue_per_customer_gain}) {
        if (auto bad = checkMoney(*money, Place{.field = "revenue"})) return within(where, bad);
    }
    if (auto bad = checkText(g.title, Place{.field = "title"}, kMaxTextBytes)) return within(where, bad);
    for (std::size_t b = 0; b < g.bookings.size(); ++b) {
        const model::Booking& booking = g.bookings[b];
        const std::string booking_at = where + ".bookings[" + std::to_string(b) + "]";
        if (auto bad = ids.add(booking.id, Place{.field = "id"})) return within(booking_at, bad);
        if (!isIsoDate(booking.date)) return issueAt(LoadProblem::InvalidValue, booking_at + ".date", "detail.not_date", {booking.date});
        if (auto bad = checkMoney(booking.amount, Place{.field = "amount"})) return within(booking_at, bad);
        if (booking.customer_id != model::kNoId && !portfolio.findCustomer(booking.customer_id))
            return issueAt(LoadProblem::DanglingReference, booking_at + ".customer_id", "detail.not_customer", {std::to_string(booking.customer_id)});
    }
    return {};
}

Issue check(const model::Portfolio& portfolio) {
    if (portfolio.customers.size() > kMaxCustomers) {
        return Issue{LoadProblem::InvalidValue, i18n::message("detail.too_many_customers")};
    }
    if (portfolio.next_id <= 0) return issue(LoadProblem::InvalidValue, Place{.field = "next_id"}, "detail.not_positive");
    // allocateId() counts up from next_id: with this bound no session can
    // reach the end of Id, and ids stay exact in any JSON tool (2^53). Files
    // are opened only up to kMaxLoadedNextId (validatePortfolio).
    if (portfolio.next_id > kMaxNextId) {
        return issue(LoadProblem::InvalidValue, Place{.field = "next_id"}, "detail.out_of_range",
                     {std::to_string(portfolio.next_id)});
    }
    if (auto bad = checkText(portfolio.title, Place{.field = "title"}, kMaxTextBytes)) return bad;
    if (auto bad = checkPriorities(portfolio.priorities)) return bad;
    IdCheck ids(portfolio);
    for (std::size_t i = 0; i < portfolio.customers.size(); ++i) {
        if (auto bad = checkCustomer(portfolio.customers[i], i, ids)) return bad;
    }
    if (portfolio.activities.size() > kMaxActivities || portfolio.goal_plans.size() > kMaxListItems)
        return Issue{LoadProblem::InvalidValue, i18n::message("detail.too_many_activities")};
    for (std::size_t i = 0; i < portfolio.goal_plans.size(); ++i) {
        if (auto bad = checkGoalPlan(portfolio, portfolio.goal_plans[i], i, ids)) return bad;
    }
    for (std::size_t i = 0; i < portfolio.activities.size(); ++i) {
        if (auto bad = checkActivity(portfolio, portfolio.activities[i], i, ids)) return bad;
    }
    if (auto bad = checkReviews(portfolio, ids)) return bad;
    if (auto bad = checkExercises(portfolio, ids)) return bad;
    return checkObservations(portfolio, ids);
}

}  // namespace

LoadProblem findProblem(const model::Portfolio& portfolio, i18n::Message& detail) {
    Issue bad = check(portfolio);
    detail = std::move(bad.detail);
    return bad.problem;
}

LoadResult validatePortfolio(model::Portfolio portfolio) {
    LoadResult result;
    result.format_version = kFormatVersion;
    // Stricter than saving: the ids this session hands out must still fit below kMaxNextId.
    if (portfolio.next_id > kMaxLoadedNextId) {
        result.problem = LoadProblem::InvalidValue;
        result.detail = i18n::message("detail.next_id_no_room",
                                      {std::to_string(portfolio.next_id), std::to_string(kMaxLoadedNextId)});
        return result;
    }
    result.problem = findProblem(portfolio, result.detail);
    if (result.problem == LoadProblem::None) result.portfolio = std::move(portfolio);
    return result;
}

}  // namespace etappe::storage
