#include "views/reduced_planner_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "dates/clock.h"
#include "dates/date_format.h"
#include "dates/date_input.h"
#include "method/reduced_elements.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace etappe::app {

namespace {

using method::kReducedElements;

// The field's label key, also its widget id and probe name.
std::string labelKey(const method::ReducedField& field) { return "reduced.field." + std::string(field.key); }

}  // namespace

void ReducedPlannerView::draw(UiContext& ctx, model::Id customer_id) {
    const auto& tr = ctx.tr;
    model::Customer* customer = draft_.sync(ctx, customer_id);
    if (!customer) return;
    model::ReducedPlan& plan = customer->reduced_plan;
    ImGui::BeginDisabled(ctx.read_only);
    ui::hintText(tr.text("reduced.intro"));
    if (!plan.hasGoal()) {
        ui::warningText(tr.text("class.hold_contact"));
        ui::reportItem("class.hold_contact");
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.text("reduced.date"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::em(8.0f));
    const auto parse_date = [&ctx](const std::string& text) -> std::optional<std::string> {
        if (text.empty()) return std::string();
        return dates::parseDate(text, ctx.today);
    };
    if (auto date = date_input_.draw("##date", dates::formatIsoDate(plan.date, tr.language()), parse_date, tr.text("plan.date_invalid"))) {
        plan.date = *date;
        draft_.commit(ctx);
    }
    int prepared = 0;
    for (const bool done : plan.done) prepared += done ? 1 : 0;
    ImGui::SameLine(0, ui::em(2.0f));
    ImGui::Text(tr.text("reduced.progress"), prepared, static_cast<int>(kReducedElements.size()));
    ImGui::BeginChild("elements", ImVec2(0, 0));
    for (std::size_t element = 0; element < kReducedElements.size(); ++element) drawElement(ctx, plan, element);
    ImGui::EndChild();
    ImGui::EndDisabled();
    draft_.commitWhenIdle(ctx);
}

void ReducedPlannerView::drawElement(UiContext& ctx, model::ReducedPlan& plan, std::size_t element) {
    const auto& tr = ctx.tr;
    const std::string key = method::reducedStepKey(element);
    ImGui::PushID(static_cast<int>(element));
    ImGui::Separator();
    bool done = plan.done[element];
    if (ImGui::Checkbox("##done", &done)) {
        plan.done[element] = done;
        draft_.commit(ctx);
    }
    ui::reportItem(key + ".done");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.text("reduced.done_tooltip"));
    ImGui::SameLine();
    ImGui::PushFont(ui::boldFont());
    ImGui::Text("%d · %s", static_cast<int>(element + 1), tr.text(key + ".name"));
    ImGui::PopFont();
    if (tr.language() == i18n::Language::English) {
        ImGui::SameLine();
        ImGui::TextColored(ui::kMutedText, "(%s)", tr.text(key + ".term"));
    }
    ui::hintText(tr.text(key + ".coaching"));
    // One label column for all five elements, so their fields line up.
    float label_width = 0.0f;
    for (const method::ReducedField& field : method::kReducedFields) {
        label_width = std::max(label_width, ImGui::CalcTextSize(tr.text(labelKey(field))).x);
    }
    if (ui::beginForm("fields", label_width)) {
        for (const method::ReducedField& field : method::kReducedFields) {
            if (field.element != element) continue;
            const std::string label_key = labelKey(field);
            ui::formRow(tr.text(label_key));
            const std::string id = "##" + label_key;
            // Wrapped at words, as tall as the text needs: a long goal is read whole, not cut at the edge.
            ui::wrappedTextField(id.c_str(), plan.*field.text, "", ImGui::GetContentRegionAvail().x, 6);
            ui::reportItem(label_key);
            draft_.commitIfLeft(ctx);
        }
        ui::endForm();
    }
    ImGui::PopID();
}

}  // namespace etappe::app
