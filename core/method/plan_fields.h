#pragma once
// The structured fields of a conversation plan (METHOD §5), described once.
// Storage, validation, the meeting brief, the planner's editor and the undo
// budget iterate this table instead of naming members, so a new field is
// added to the model, here and to the string table — nowhere else.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "method/conversation_steps.h"
#include "model/conversation_plan.h"

namespace etappe::method {

// How a field is edited and shown. Text is one line with a hint, MultiLineText
// a paragraph; the lists hold entries, proposals and objections hold records.
enum class PlanFieldKind { Text, MultiLineText, TextList, ProposalList, ObjectionList };

template <class T>
using PlanMember = T model::ConversationPlan::*;

// Which member a field is; the alternative's index follows the kind
// (both text kinds share the first one), checked in test_plan_fields.
using PlanFieldMember = std::variant<PlanMember<std::string>, PlanMember<std::vector<std::string>>,
                                     PlanMember<std::vector<model::Proposal>>,
                                     PlanMember<std::vector<model::PreparedObjection>>>;

// One structured field. `key` is the JSON name in the file and the stem of
// its texts: "plan.<key>" (editor caption), "brief.<key>" (brief heading) and,
// for Text and TextList, "plan.<key>.hint". Keys are string literals, so
// key.data() is NUL-terminated (cereal wants a C string).
struct PlanField {
    std::string_view key;
    ConversationStep step;
    PlanFieldKind kind;
    PlanFieldMember member;
};

// In file order: changing the order changes every saved file.
inline constexpr std::array<PlanField, 12> kPlanFields = {{
    {"sales_goals", ConversationStep::Preparation, PlanFieldKind::MultiLineText, &model::ConversationPlan::sales_goals},
    {"missing_information", ConversationStep::Preparation, PlanFieldKind::MultiLineText,
     &model::ConversationPlan::missing_information},
    {"hook", ConversationStep::Opening, PlanFieldKind::Text, &model::ConversationPlan::hook},
    {"intention", ConversationStep::Opening, PlanFieldKind::Text, &model::ConversationPlan::intention},
    {"situation_questions", ConversationStep::CustomerSituation, PlanFieldKind::TextList,
     &model::ConversationPlan::situation_questions},
    {"goal_hypotheses", ConversationStep::CustomerGoals, PlanFieldKind::TextList,
     &model::ConversationPlan::goal_hypotheses},
    {"proposals", ConversationStep::Proposals, PlanFieldKind::ProposalList, &model::ConversationPlan::proposals},
    {"objections", ConversationStep::Objections, PlanFieldKind::ObjectionList, &model::ConversationPlan::objections},
    {"decision_criteria", ConversationStep::Decision, PlanFieldKind::TextList,
     &model::ConversationPlan::decision_criteria},
    {"decision_impulses", ConversationStep::Decision, PlanFieldKind::TextList,
     &model::ConversationPlan::decision_impulses},
    {"additional_offers", ConversationStep::AdditionalBusiness, PlanFieldKind::TextList,
     &model::ConversationPlan::additional_offers},
    {"after_sales_mail", ConversationStep::Support, PlanFieldKind::MultiLineText,
     &model::ConversationPlan::after_sales_mail},
}};

// Members of a ConversationPlan that are not in kPlanFields: id, date, time,
// place, goal, attendee_ids and steps (the plan's header and the checkpoints
// and notes, which the step catalogue describes). test_plan_fields counts the
// struct's members against this plus the table.
inline constexpr std::size_t kPlanHeaderMembers = 7;

// One text part of a record in a list field. Texts "plan.<key>"; in the file
// the record's member "<key>".
template <class Record>
struct RecordPart {
    std::string_view key;
    std::string Record::*text;
};

// Feature → advantage → benefit, in file and reading order.
inline constexpr std::array<RecordPart<model::Proposal>, 3> kProposalParts = {{
    {"feature", &model::Proposal::feature},
    {"advantage", &model::Proposal::advantage},
    {"benefit", &model::Proposal::benefit},
}};

inline constexpr std::array<RecordPart<model::PreparedObjection>, 2> kObjectionParts = {{
    {"objection", &model::PreparedObjection::objection},
    {"answer", &model::PreparedObjection::answer},
}};

constexpr const auto& partsOf(const model::Proposal*) { return kProposalParts; }
constexpr const auto& partsOf(const model::PreparedObjection*) { return kObjectionParts; }

// How many entries a field holds: 1 for a text, the list's length otherwise.
inline std::size_t entryCount(const model::ConversationPlan& plan, const PlanField& field) {
    return std::visit(
        [&plan](auto member) -> std::size_t {
            if constexpr (std::is_same_v<decltype(member), PlanMember<std::string>>) {
                return 1;
            } else {
                return (plan.*member).size();
            }
        },
        field.member);
}

// Calls fn(text) for every string a field holds: the text itself, each list
// entry, or each part of each record. `Plan` may be const or not.
template <class Plan, class Fn>
void forEachText(Plan& plan, const PlanField& field, Fn&& fn) {
    std::visit(
        [&](auto member) {
            auto& value = plan.*member;
            using Value = std::remove_cvref_t<decltype(value)>;
            if constexpr (std::is_same_v<Value, std::string>) {
                fn(value);
            } else if constexpr (std::is_same_v<Value, std::vector<std::string>>) {
                for (auto& entry : value) fn(entry);
            } else {
                for (auto& record : value) {
                    for (const auto& part : partsOf(&record)) fn(record.*part.text);
                }
            }
        },
        field.member);
}

// Every described text of a plan, field by field.
template <class Plan, class Fn>
void forEachText(Plan& plan, Fn&& fn) {
    for (const PlanField& field : kPlanFields) forEachText(plan, field, fn);
}

}  // namespace etappe::method
