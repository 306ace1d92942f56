// The method's field descriptions (core/method/plan_fields.h, reduced_elements.h):
// they cover every member of the plans, their keys have texts in both languages,
// and storage, validation and the brief really go through them.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <variant>

#include "exports/meeting_brief.h"
#include "fill_plan_field.h"
#include "i18n/translator.h"
#include "method/plan_fields.h"
#include "method/reduced_elements.h"
#include "storage/portfolio_file.h"

using namespace etappe;
using i18n::Language;
using method::PlanFieldKind;
using testing::fillPlanField;

namespace {

// The number of members of an aggregate: the longest brace list it accepts.
// AnyMember converts to any member type; it is only named in requires-clauses,
// never called. Counting this way makes a new member that nobody described fail here.
struct AnyMember {
    template <class T>
    operator T() const;  // NOLINT: implicit by design
};

template <class T, class... Members>
constexpr std::size_t memberCount() {
    if constexpr (requires { T{Members{}..., AnyMember{}}; }) {
        return memberCount<T, Members..., AnyMember>();
    } else {
        return sizeof...(Members);
    }
}

// A valid one-customer portfolio holding `plan`.
model::Portfolio portfolioWith(const model::ConversationPlan& plan, const model::ReducedPlan& reduced = {}) {
    model::Portfolio portfolio;
    portfolio.title = "Fields";
    portfolio.next_id = 10;
    model::Customer customer;
    customer.id = 1;
    customer.name = "Huber";
    customer.plans = {plan};
    customer.plans.front().id = 2;
    customer.reduced_plan = reduced;
    portfolio.customers = {customer};
    return portfolio;
}

void checkText(const i18n::Translator& tr, const std::string& key) {
    INFO("key: " << key << " (" << i18n::languageCode(tr.language()) << ")");
    const std::string text = tr.text(key);
    CHECK(text != "[missing text]");
    CHECK_FALSE(text.empty());
}

}  // namespace

TEST_CASE("plan fields: the table describes every member of a plan, a record and a reduced plan") {
    static_assert(memberCount<model::ConversationPlan>() == method::kPlanHeaderMembers + method::kPlanFields.size(),
                  "a new ConversationPlan member: describe it in method/plan_fields.h (or count it as header)");
    static_assert(memberCount<model::ReducedPlan>() == method::kReducedHeaderMembers + method::kReducedFields.size(),
                  "a new ReducedPlan member: describe it in method/reduced_elements.h (or count it as header)");
    static_assert(memberCount<model::Proposal>() == method::kProposalParts.size());
    static_assert(memberCount<model::PreparedObjection>() == method::kObjectionParts.size());

    // Each field, set alone, changes a fresh plan, and no two fields share a member.
    std::vector<model::ConversationPlan> single;
    for (const method::PlanField& field : method::kPlanFields) {
        INFO("field: " << field.key);
        model::ConversationPlan plan;
        fillPlanField(plan, field, "x");
        CHECK(plan != model::ConversationPlan{});
        for (const auto& other : single) CHECK(plan != other);
        single.push_back(plan);
        int texts = 0;
        method::forEachText(std::as_const(plan), field, [&texts](const std::string& text) { texts += text == "x"; });
        CHECK(texts >= 1);
        CHECK(method::entryCount(plan, field) == 1);
    }
    std::vector<model::ReducedPlan> reduced;
    for (const method::ReducedField& field : method::kReducedFields) {
        INFO("reduced field: " << field.key);
        model::ReducedPlan plan;
        plan.*field.text = "x";
        CHECK(plan != model::ReducedPlan{});
        for (const auto& other : reduced) CHECK(plan != other);
        reduced.push_back(plan);
    }
}

TEST_CASE("plan fields: keys are unique C strings, kinds match members, steps and elements are in order") {
    std::set<std::string_view> keys;
    std::size_t last_step = 0;
    for (const method::PlanField& field : method::kPlanFields) {
        INFO("field: " << field.key);
        CHECK(keys.insert(field.key).second);
        CHECK(field.key.data()[field.key.size()] == '\0');  // handed to cereal as a C string
        const auto step = static_cast<std::size_t>(field.step);
        CHECK(step < method::kConversationStepCount);
        CHECK(step >= last_step);  // the editor and the brief show them in step order
        last_step = step;
        const std::size_t expected = field.kind == PlanFieldKind::Text || field.kind == PlanFieldKind::MultiLineText ? 0
                                     : field.kind == PlanFieldKind::TextList                                           ? 1
                                     : field.kind == PlanFieldKind::ProposalList                                       ? 2
                                                                                                                       : 3;
        CHECK(field.member.index() == expected);
    }
    std::set<std::string_view> reduced_keys;
    std::set<std::size_t> elements_with_fields;
    std::size_t last_element = 0;
    for (const method::ReducedField& field : method::kReducedFields) {
        INFO("reduced field: " << field.key);
        CHECK(reduced_keys.insert(field.key).second);
        CHECK(field.key.data()[field.key.size()] == '\0');
        CHECK(field.element < method::kReducedElements.size());
        CHECK(field.element >= last_element);  // grouped by element
        last_element = field.element;
        elements_with_fields.insert(field.element);
    }
    CHECK(elements_with_fields.size() == method::kReducedElements.size());
}

TEST_CASE("plan fields: every key has its texts in English and German") {
    for (const Language language : {Language::English, Language::German}) {
        const i18n::Translator tr(language);
        for (const method::PlanField& field : method::kPlanFields) {
            const std::string key(field.key);
            checkText(tr, "plan." + key);
            checkText(tr, "brief." + key);
            if (field.kind == PlanFieldKind::Text || field.kind == PlanFieldKind::TextList) checkText(tr, "plan." + key + ".hint");
        }
        for (const auto& part : method::kProposalParts) checkText(tr, "plan." + std::string(part.key));
        for (const auto& part : method::kObjectionParts) checkText(tr, "plan." + std::string(part.key));
        for (const std::string_view element : method::kReducedElements) {
            for (const char* suffix : {".name", ".term", ".coaching"}) checkText(tr, "reduced." + std::string(element) + suffix);
        }
        for (const method::ReducedField& field : method::kReducedFields) checkText(tr, "reduced.field." + std::string(field.key));
    }
}

TEST_CASE("plan fields: a plan with every field filled is saved under the fields' keys and loads back equal") {
    model::ConversationPlan plan;
    for (const method::PlanField& field : method::kPlanFields) fillPlanField(plan, field, "text of " + std::string(field.key));
    model::ReducedPlan reduced;
    for (const method::ReducedField& field : method::kReducedFields) reduced.*field.text = "text of " + std::string(field.key);
    const model::Portfolio portfolio = portfolioWith(plan, reduced);
    const std::string text = storage::portfolioToText(portfolio);
    for (const method::PlanField& field : method::kPlanFields) {
        INFO("field: " << field.key);
        CHECK(text.find("\"" + std::string(field.key) + "\": ") != std::string::npos);
    }
    for (const auto& part : method::kProposalParts) CHECK(text.find("\"" + std::string(part.key) + "\": \"text of proposals\"") != std::string::npos);
    for (const method::ReducedField& field : method::kReducedFields) {
        INFO("reduced field: " << field.key);
        CHECK(text.find("\"" + std::string(field.key) + "\": \"text of " + std::string(field.key) + "\"") != std::string::npos);
    }
    const storage::LoadResult back = storage::loadPortfolioText(text);
    REQUIRE(back.ok());
    CHECK(*back.portfolio == portfolio);
}

TEST_CASE("plan fields: validation finds invalid text in every field and names it by its key") {
    for (const method::PlanField& field : method::kPlanFields) {
        INFO("field: " << field.key);
        model::ConversationPlan plan;
        fillPlanField(plan, field, "caf\xC3");  // cut inside a character
        i18n::Message detail;
        CHECK(storage::findProblem(portfolioWith(plan), detail) == storage::LoadProblem::InvalidUtf8);
        CHECK(i18n::debugText(detail).find("plans[0]." + std::string(field.key)) != std::string::npos);
    }
    for (const method::ReducedField& field : method::kReducedFields) {
        INFO("reduced field: " << field.key);
        model::ReducedPlan reduced;
        reduced.*field.text = std::string("a\0b", 3);
        i18n::Message detail;
        CHECK(storage::findProblem(portfolioWith({}, reduced), detail) == storage::LoadProblem::NulCharacter);
    }
}

TEST_CASE("plan fields: the meeting brief shows every filled field of the meeting under its heading") {
    const i18n::Translator tr(Language::German);
    model::Customer customer;
    customer.id = 1;
    customer.name = "Huber";
    for (const method::PlanField& field : method::kPlanFields) {
        INFO("field: " << field.key);
        model::ConversationPlan plan;
        plan.id = 2;
        fillPlanField(plan, field, "Inhalt");
        const std::string md = exports::meetingBrief(customer, plan, tr, exports::BriefFormat::Markdown);
        // The brief goes into the meeting; what is written for the steps after it (the
        // after-sales mail) is used at the desk and stays in the planner.
        const bool in_meeting = field.step <= method::ConversationStep::Ending;
        CHECK((md.find(tr.text("brief." + std::string(field.key))) != std::string::npos) == in_meeting);
        CHECK((md.find("Inhalt") != std::string::npos) == in_meeting);
    }
}
