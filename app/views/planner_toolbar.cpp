// The planner's toolbar: the customer picker (with search), the plan chooser and the plan buttons.
#include <imgui.h>
#include <imgui_internal.h>  // OpenPopupEx: Ctrl+F opens the customer picker
#include <imgui_stdlib.h>

#include <algorithm>
#include <utility>

#include "dates/date_format.h"
#include "rules/search_text.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "views/planner_view.h"

namespace etappe::app {

namespace {

std::string planLabel(const model::ConversationPlan& plan, const i18n::Translator& tr) {
    std::string label = plan.date.empty() ? tr.text("plan.no_date") : dates::formatIsoDate(plan.date, tr.language());
    if (!plan.goal.empty()) label += " – " + plan.goal;
    return label;
}

}  // namespace

// The customer picker's list: a search field (case, accents and ß ignored), then
// customers treated as A first — they get the full process. Enter opens the first match.
void PlannerView::drawCustomerChoices(UiContext& ctx, model::Id current) {
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool enter = ImGui::InputTextWithHint("##find", ctx.tr.text("plan.find_customer_hint"), &customer_filter_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ui::reportItem("plan.find_customer");
    for (const bool full_process : {true, false}) {
        for (const model::Customer& c : ctx.portfolio().customers) {
            if (ctx.treatedAsA(c.id) != full_process) continue;
            if (!rules::searchMatches(rules::searchHaystack(c.name), customer_filter_)) continue;
            const std::string label = std::string(method::customerClassKey(ctx.effectiveClass(c.id))) + " · " + c.name +
                                      "##" + std::to_string(c.id);
            if (ImGui::Selectable(label.c_str(), c.id == current) || std::exchange(enter, false)) {
                openCustomer(c.id);
                ImGui::CloseCurrentPopup();
            }
        }
    }
}

void PlannerView::drawToolbar(UiContext& ctx, const model::Customer& customer) {
    const auto& tr = ctx.tr;
    ImGui::SetNextItemWidth(ui::em(16.0f));
    if (find_customer_) {  // Ctrl+F: open the picker with its search field ready
        ImGui::OpenPopupEx(ImHashStr("##ComboPopup", 0, ImGui::GetID("##customer")));
        find_customer_ = false;
    }
    if (ui::beginFittedCombo("##customer", customer.name, ImGuiComboFlags_HeightLarge, tr.text("plan.customer_tooltip"))) {
        drawCustomerChoices(ctx, customer.id);
        ImGui::EndCombo();
    } else {
        customer_filter_.clear();
        ui::reportItem("plan.customer");
    }
    if (!ctx.treatedAsA(customer.id)) {
        const char* hint = tr.text("plan.reduced_hint");
        ui::sameLineOrWrap(std::min(ui::textWidth(hint), ui::em(12.0f)));
        ImGui::AlignTextToFramePadding();
        ui::fittedTextColored(ui::kMutedText, hint);
        return;
    }
    // The toolbar wraps: in a narrow window the buttons go to the next line instead of off the edge.
    ui::sameLineOrWrap(ui::em(16.0f));
    const model::ConversationPlan* plan = customer.findPlan(plan_id_);
    if (!plan && !customer.plans.empty()) plan = &customer.plans.back();
    ImGui::SetNextItemWidth(ui::em(16.0f));
    const std::string current = plan ? planLabel(*plan, tr) : tr.text("plan.none");
    if (ui::beginFittedCombo("##plan", current)) {
        for (auto it = customer.plans.rbegin(); it != customer.plans.rend(); ++it) {
            ImGui::PushID(static_cast<int>(it->id));
            if (ImGui::Selectable(planLabel(*it, tr).c_str(), it->id == plan_id_)) {
                plan_id_ = it->id;
                step_chosen_ = false;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    } else {
        ui::reportItem("plan.choose");
    }
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("plan.new")));
    ImGui::BeginDisabled(ctx.read_only);
    if (ImGui::Button(tr.label("plan.new"))) newPlan(ctx, false);
    ui::reportItem("plan.new");
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("plan.copy_last")));
    ImGui::BeginDisabled(customer.plans.empty());
    if (ImGui::Button(tr.label("plan.copy_last"))) newPlan(ctx, true);
    ui::reportItem("plan.copy_last");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr.text("plan.copy_last_tooltip"));
    ui::sameLineOrWrap(ui::buttonWidth(tr.label("plan.delete")));
    if (ImGui::Button(tr.label("plan.delete"))) deletePlan(ctx);
    ui::reportItem("plan.delete");
    ImGui::EndDisabled();
    ImGui::EndDisabled();
    // A meeting that has taken place: its review (debrief) is one click away.
    if (plan && !plan->date.empty() && plan->date <= ctx.today && !ctx.presenting) {
        ImGui::SameLine();
        if (ImGui::Button(tr.label("plan.review"))) ctx.navigate = NavigationRequest{"review", customer.id, plan->id};
        ui::reportItem("plan.review");
    }
}

}  // namespace etappe::app
