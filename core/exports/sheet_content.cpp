// The printable sheets' words, gathered from the method catalogue and the translator.
#include "exports/sheet_content.h"

#include "method/conversation_steps.h"
#include "method/reduced_elements.h"

namespace etappe::exports::detail {

namespace {

std::vector<std::string> texts(const i18n::Translator& tr, const std::string& prefix,
                               std::initializer_list<const char*> keys, const std::string& suffix = "") {
    std::vector<std::string> out;
    for (const char* key : keys) out.emplace_back(tr.text(prefix + key + suffix));
    return out;
}

Named named(const i18n::Translator& tr, const std::string& key) {
    Named out{tr.text(key + ".name"), tr.text(key + ".term")};
    if (out.term == out.name) out.term.clear();
    return out;
}

std::string stepKey(std::size_t index) {
    return "step." + std::string(method::conversationStepKey(method::conversationStepAt(index)));
}

}  // namespace

std::vector<WritingLine> sheetHead(SheetKind kind, const i18n::Translator& tr) {
    std::vector<WritingLine> out{{tr.text("sheet.customer")},
                                 {tr.text(kind == SheetKind::BuyingCenter ? "sheet.bc.project" : "sheet.contact")},
                                 {tr.text("sheet.date")}};
    if (kind == SheetKind::Plan) out.push_back({tr.text("sheet.meeting_goal"), true});
    return out;
}

PlanSheet planSheet(const i18n::Translator& tr) {
    PlanSheet out{tr.text("sheet.plan.intro"), tr.text("sheet.step"), tr.text("sheet.checkpoints"),
                  tr.text("sheet.plan.notes"), {}};
    for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
        PlanSheet::Step step{named(tr, stepKey(i)), {}};
        for (std::size_t c = 1; c <= method::kCheckpointsPerStep; ++c)
            step.checkpoints.emplace_back(tr.text(stepKey(i) + ".checkpoint." + std::to_string(c)));
        out.steps.push_back(std::move(step));
    }
    return out;
}

ReducedSheet reducedSheet(const i18n::Translator& tr) {
    ReducedSheet out{tr.text("sheet.reduced.intro"), tr.text("sheet.prepared"), {}};
    for (std::size_t e = 0; e < method::kReducedElements.size(); ++e) {
        const std::string key = "reduced." + std::string(method::kReducedElements[e]);
        ReducedSheet::Element element{named(tr, key), tr.text(key + ".coaching"), {}};
        for (const auto& f : method::kReducedFields)
            if (f.element == e) element.fields.emplace_back(tr.text("reduced.field." + std::string(f.key)));
        out.elements.push_back(std::move(element));
    }
    return out;
}

DebriefSheet debriefSheet(const i18n::Translator& tr) {
    DebriefSheet out;
    out.outcome_heading = tr.text("review.section.outcome");
    out.outcomes = texts(tr, "review.outcome.", {"order", "advance", "continuation", "no_sale"});
    out.goal_reached = tr.text("review.goal_reached");
    out.reached = texts(tr, "review.reached.", {"yes", "partly", "no"});
    out.agreed = tr.text("review.agreed");
    out.replay_heading = tr.text("review.section.replay");
    out.step_heading = tr.text("sheet.step");
    out.ratings = texts(tr, "review.rating.", {"well", "partly", "missed", "not_relevant"}, ".short");
    out.note_heading = tr.text("sheet.debrief.note");
    for (std::size_t i = 0; i < method::kConversationStepCount; ++i) out.steps.emplace_back(tr.text(stepKey(i) + ".name"));
    out.attitude_heading = tr.text("review.section.attitude");
    out.positions_hint = tr.text("sheet.debrief.positions_hint");
    out.positions = Grid{"",
                         {tr.text("review.you_not_ok"), tr.text("review.you_ok")},
                         {tr.text("review.i_ok"), tr.text("review.i_not_ok")},
                         {{{tr.text("review.position.ok_not_ok"), tr.text("review.position.ok_ok")},
                           {tr.text("review.position.not_ok_not_ok"), tr.text("review.position.not_ok_ok")}}}};
    out.balance_heading = tr.text("review.section.balance");
    out.balance_hint = tr.text("sheet.debrief.balance_hint");
    out.balance = Grid{std::string(tr.text("method.balance.seller")) + " ↓ · " + tr.text("method.balance.customer") + " →",
                       {tr.text("method.balance.no"), tr.text("method.balance.yes")},
                       {tr.text("method.balance.yes"), tr.text("method.balance.no")},
                       {{{tr.text("balance.win_lose.name"), tr.text("balance.win_win.name")},
                         {tr.text("balance.lose_lose.name"), tr.text("balance.lose_win.name")}}}};
    out.lessons_heading = tr.text("review.section.lessons");
    out.lessons = texts(tr, "review.commitment.", {"keep", "start", "stop"});
    out.follow_up_heading = tr.text("review.section.follow_up");
    out.next_activity = tr.text("review.next_activity");
    out.next_activity_required = tr.text("review.next_activity_required");
    return out;
}

BuyingCenterSheet buyingCenterSheet(const i18n::Translator& tr) {
    BuyingCenterSheet out;
    out.intro = tr.text("sheet.bc.intro");
    out.purchase_label = tr.text("sheet.bc.purchase");
    out.purchases = texts(tr, "sheet.bc.purchase.", {"new_buy", "straight_rebuy", "modified_rebuy"});
    out.phase = tr.text("sheet.bc.phase");
    out.roles_heading = tr.text("sheet.bc.roles");
    out.columns = {tr.text("sheet.bc.role"), tr.text("sheet.bc.names"), tr.text("sheet.bc.attitude"),
                   tr.text("sheet.bc.influence"), tr.text("sheet.bc.motives")};
    for (const auto role : kBuyingCenterRoles) {
        const std::string key = "sheet.bc.role." + std::string(role);
        out.roles.push_back(Named{tr.text(key), tr.text(key + ".hint")});
    }
    out.attitudes = texts(tr, "sheet.bc.attitude.", {"supports", "neutral", "opposes"});
    out.influences = texts(tr, "sheet.bc.influence.", {"high", "medium", "low"});
    out.uncertainty = tr.text("sheet.bc.uncertainty");
    out.next = tr.text("sheet.bc.next");
    return out;
}

}  // namespace etappe::exports::detail
