#include "views/customer_editor.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "dates/date_format.h"
#include "history/edit.h"
#include "history/integrity.h"
#include "ui/fonts.h"
#include "ui/impact_lines.h"
#include "rules/knowledge.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "views/private_notes.h"

namespace etappe::app {

namespace {

std::string phaseLabel(const i18n::Translator& tr, method::SalesPhase phase) {
    const std::string key = "phase." + std::string(method::salesPhaseKey(phase));
    return std::to_string(static_cast<int>(phase) + 1) + " · " + tr.text(key);
}

}  // namespace

void CustomerEditor::commit(UiContext& ctx) { draft_.commit(ctx); }

void CustomerEditor::commitIfLeft(UiContext& ctx) { draft_.commitIfLeft(ctx); }

bool CustomerEditor::draw(UiContext& ctx, model::Id customer_id) {
    model::Customer* draft = draft_.sync(ctx, customer_id);
    if (!draft) return false;
    const auto& tr = ctx.tr;
    // Header: the name, and the delete button always in view at the top right.
    const char* delete_label = tr.label("customer.delete");
    const float delete_width = ImGui::CalcTextSize(delete_label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PushFont(ui::titleFont());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - delete_width - ui::em(1.0f));
    ImGui::TextWrapped("%s", draft->name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const ImVec2 after_title = ImGui::GetCursorPos();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - delete_width);
    ImGui::BeginDisabled(ctx.read_only);
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kDanger);
    const bool delete_requested = ImGui::Button(delete_label);
    ImGui::PopStyleColor();
    ui::reportItem("customer.delete");
    ImGui::EndDisabled();
    ImGui::SetCursorPos(after_title);
    if (!draft->created_on.empty()) {
        const std::string since = dates::formatIsoDate(draft->created_on, ctx.language());
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kMutedText);
        ImGui::Text(tr.text("customer.since"), since.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
    ImGui::BeginDisabled(ctx.read_only);
    drawMasterData(ctx);
    ImGui::Spacing();
    drawKnowledge(ctx);
    ImGui::Spacing();
    drawContacts(ctx);
    ImGui::EndDisabled();
    ImGui::Spacing();
    if (const model::Customer* stored = ctx.portfolio().findCustomer(customer_id)) history_.draw(ctx, *stored);
    draft_.commitWhenIdle(ctx);
    return delete_requested;
}

void CustomerEditor::drawMasterData(UiContext& ctx) {
    const auto& tr = ctx.tr;
    model::Customer& d = *draft_.get();
    if (!ui::beginForm("customer_form", tr, {"customer.name", "customer.class", "customer.phase", "customer.industry",
                                              "customer.city", "customer.revenue", "customer.potential", "customer.notes"}))
        return;
    ui::formRow(tr.text("customer.name"));
    if (focus_name_) {
        ImGui::SetKeyboardFocusHere();
        focus_name_ = false;
    }
    ImGui::InputText("##name", &d.name);
    ui::reportItem("customer.name");
    commitIfLeft(ctx);
    if (d.name.empty() && ImGui::IsItemActive()) ui::hintText(tr.text("customer.name_required"));

    ui::formRow(tr.text("customer.class"));
    drawClassDecision(ctx, d);

    ui::formRow(tr.text("customer.phase"));
    const std::string current_phase = phaseLabel(tr, d.phase);
    if (ImGui::BeginCombo("##phase", current_phase.c_str())) {
        for (const method::SalesPhase phase : method::kSalesPhases) {
            if (ImGui::Selectable(phaseLabel(tr, phase).c_str(), phase == d.phase) && phase != d.phase) {
                d.phase = phase;
                commit(ctx);
            }
        }
        ImGui::EndCombo();
    }
    ui::formRow(tr.text("customer.industry"));
    ImGui::InputText("##industry", &d.industry);
    commitIfLeft(ctx);
    ui::formRow(tr.text("customer.city"));
    ImGui::InputText("##city", &d.city);
    ui::reportItem("customer.city");
    commitIfLeft(ctx);
    ui::formRow(tr.text("customer.revenue"));
    if (revenue_input_.draw("##revenue", d.annual_revenue.cents, d.annual_revenue.currency, tr)) commit(ctx);
    ui::formRow(tr.text("customer.potential"));
    if (potential_input_.draw("##potential", d.potential.cents, d.potential.currency, tr)) commit(ctx);
    ui::formRow(tr.text("customer.notes"));
    if (privateHidden(ctx, d)) {
        privateNotesHint(tr);
    } else {
        ui::wrappedTextEditor("##notes", d.notes, 0.0f, 4);
        ui::reportItem("customer.notes");
        commitIfLeft(ctx);
    }
    // Marked at the desk, not in front of the room: the mark is not offered while presenting.
    if (!ctx.presenting) {
        if (ImGui::Checkbox(tr.label("customer.private_notes"), &d.private_notes)) commit(ctx);
        ui::reportItem("customer.private_notes");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.text("customer.private_notes.hint"));
    }
    ui::endForm();
}

void CustomerEditor::drawClassDecision(UiContext& ctx, model::Customer& d) {
    const auto& tr = ctx.tr;
    // The classification is derived once per revision; right after an add it may not know this customer yet.
    const rules::CustomerClassInfo* found = ctx.classification.find(d.id);
    if (!found) return;
    const rules::CustomerClassInfo& info = *found;
    method::CustomerClass shown = d.class_decision.overridden ? d.customer_class : info.proposed;
    if (ui::classPicker("class", shown)) {
        // Choosing the proposal means following it again; anything else is an override.
        d.customer_class = shown;
        d.class_decision.overridden = shown != info.proposed;
        if (!d.class_decision.overridden) d.class_decision.reason.clear();
        commit(ctx);
    }
    ImGui::TextColored(ui::kMutedText, tr.text(d.class_decision.overridden ? "class.proposal_was" : "class.follows_proposal"),
                       method::customerClassKey(info.proposed).data());
    if (d.class_decision.overridden) {
        ui::wrappedTextField("##reason", d.class_decision.reason, tr.text("class.reason_hint"), ImGui::GetContentRegionAvail().x);
        ui::reportItem("customer.class_reason");
        commitIfLeft(ctx);
    }
    if (info.effective != method::CustomerClass::A) {
        if (ImGui::Checkbox(tr.label("class.could_become_a"), &d.class_decision.could_become_a)) commit(ctx);
        ui::reportItem("customer.could_become_a");
    }
    const bool full_process = info.treated_as_a;
    const bool has_goal = full_process ? std::any_of(d.plans.begin(), d.plans.end(), [](const auto& p) { return !p.goal.empty(); })
                                       : d.reduced_plan.hasGoal();
    if (!has_goal) {
        ui::warningText(tr.text("class.hold_contact"));
        ui::reportItem("class.hold_contact");
    }
    if (ImGui::TreeNode(tr.label("class.effort_heading"))) {
        const auto cls = static_cast<std::size_t>(info.effective);
        const model::ClassEffort& effort = ctx.portfolio().priorities.effort[cls];
        const std::string prefix = "effort." + std::string(method::customerClassKey(info.effective)) + ".";
        for (const auto& [field, text] : {std::pair{"appointment", &effort.appointment}, {"preparation", &effort.preparation},
                                          {"conversation", &effort.conversation}, {"follow_up", &effort.follow_up}}) {
            ImGui::TextColored(ui::kMutedText, "%s", tr.text(std::string("effort.field.") + field));
            ImGui::SameLine();
            ImGui::TextWrapped("%s", text->empty() ? tr.text(prefix + field) : text->c_str());
        }
        ImGui::TreePop();
    }
}

void CustomerEditor::drawKnowledge(UiContext& ctx) {
    const auto& tr = ctx.tr;
    model::Customer& d = *draft_.get();
    ImGui::PushFont(ui::boldFont());
    ImGui::Text(tr.text("knowledge.heading"), rules::knowledgeReadinessPercent(d));
    ImGui::PopFont();
    ui::readinessBar(rules::knowledgeReadinessPercent(d), ImVec2(-FLT_MIN, ui::em(0.35f)));
    if (!ImGui::BeginTable("knowledge", 3, ImGuiTableFlags_SizingFixedFit)) return;
    float name_width = 0.0f;
    for (std::size_t i = 0; i < method::kKnowledgeAreaCount; ++i) {
        const auto key = std::string(method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i)));
        name_width = std::max(name_width, ImGui::CalcTextSize(tr.text("knowledge." + key + ".name")).x);
    }
    ImGui::TableSetupColumn("area", ImGuiTableColumnFlags_WidthFixed, name_width);
    ImGui::TableSetupColumn("level", ImGuiTableColumnFlags_WidthFixed, ui::levelToggleWidth());
    ImGui::TableSetupColumn("note", ImGuiTableColumnFlags_WidthStretch);
    for (std::size_t i = 0; i < method::kKnowledgeAreaCount; ++i) {
        const auto area = static_cast<method::KnowledgeArea>(i);
        const std::string key = "knowledge." + std::string(method::knowledgeAreaKey(area));
        model::KnowledgeNote& note = d.knowledge[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr.text(key + ".name"));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.text(key + ".question"));
        ImGui::TableSetColumnIndex(1);
        int level = static_cast<int>(note.level);
        if (ui::levelToggle("##level", level,
                            {tr.text("knowledge_level.unknown"), tr.text("knowledge_level.partly"),
                             tr.text("knowledge_level.known")})) {
            note.level = static_cast<method::KnowledgeLevel>(level);
            commit(ctx);
        }
        ImGui::TableSetColumnIndex(2);
        if (privateHidden(ctx, d)) {
            privateNotesHint(tr);
        } else {
            ui::wrappedTextField("##note", note.note, tr.text(key + ".question"), ImGui::GetContentRegionAvail().x);
            ui::reportItem("customer.knowledge_note." + std::to_string(i));
            commitIfLeft(ctx);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

namespace {

model::Customer withoutContact(model::Customer customer, model::Id contact_id) {
    std::erase_if(customer.contacts, [contact_id](const model::Contact& k) { return k.id == contact_id; });
    return customer;
}

// What removing the contact does to plans and activities that name it.
history::Impact removalImpact(const UiContext& ctx, const model::Customer& d, model::Id contact_id) {
    const model::Customer* stored = ctx.portfolio().findCustomer(d.id);
    if (!stored) return {};
    return history::impactOf(ctx.portfolio(), history::changeCustomer(ctx.portfolio(), *stored, withoutContact(d, contact_id)));
}

}  // namespace

// A contact nothing refers to goes at once; one that plans or activities name
// is asked about first. Either way the edit takes it out of what names it, in
// the same undo step.
void CustomerEditor::removeContact(UiContext& ctx, model::Customer& d, model::Id contact_id) {
    if (removalImpact(ctx, d, contact_id).none()) {
        d = withoutContact(d, contact_id);
        commit(ctx);
        return;
    }
    contact_to_remove_ = contact_id;
    ask_removal_ = true;
}

void CustomerEditor::drawContactRemoval(UiContext& ctx, model::Customer& d) {
    const auto& tr = ctx.tr;
    if (!ui::beginDeleteQuestion(tr.label("contact.remove_title"), ask_removal_)) return;
    const model::Contact* contact = d.findContact(contact_to_remove_);
    if (!contact) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextWrapped(tr.text("contact.remove_question"), contact->name.c_str(), d.name.c_str());
    ui::impactLines(tr, removalImpact(ctx, d, contact_to_remove_));
    ui::hintText(tr.text("delete.undo_hint"));
    if (ui::confirmDeleteButtons(tr.label("contact.remove_confirm"), tr.label("common.cancel"), "contact.remove_confirm")) {
        d = withoutContact(d, contact_to_remove_);
        commit(ctx);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void CustomerEditor::drawContacts(UiContext& ctx) {
    const auto& tr = ctx.tr;
    model::Customer& d = *draft_.get();
    ImGui::PushFont(ui::boldFont());
    ImGui::Text(tr.text("contacts.heading"), static_cast<int>(d.contacts.size()));
    ImGui::PopFont();
    if (d.contacts.empty()) ui::hintText(tr.text("contacts.empty"));
    model::Id remove_id = model::kNoId;
    for (std::size_t i = 0; i < d.contacts.size(); ++i) {
        model::Contact& contact = d.contacts[i];
        ImGui::PushID(static_cast<int>(contact.id));
        ImGui::Separator();
        const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        ImGui::SetNextItemWidth(half);
        ImGui::InputTextWithHint("##name", tr.text("contact.name"), &contact.name);
        commitIfLeft(ctx);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(half);
        ImGui::InputTextWithHint("##role", tr.text("contact.role"), &contact.role);
        commitIfLeft(ctx);
        ImGui::SetNextItemWidth(half);
        ImGui::InputTextWithHint("##email", tr.text("contact.email"), &contact.email);
        commitIfLeft(ctx);
        ImGui::SameLine();
        const float remove_width = ImGui::GetFrameHeight();
        ImGui::SetNextItemWidth(half - remove_width - ImGui::GetStyle().ItemSpacing.x);
        ImGui::InputTextWithHint("##phone", tr.text("contact.phone"), &contact.phone);
        commitIfLeft(ctx);
        ImGui::SameLine();
        if (ui::listRemoveButton(tr.text("contact.remove"))) remove_id = contact.id;
        ui::reportItem("contact.remove." + std::to_string(contact.id));
        ImGui::PopID();
    }
    if (remove_id != model::kNoId) removeContact(ctx, d, remove_id);
    drawContactRemoval(ctx, d);
    const bool add_contact = ImGui::Button(tr.label("contact.add"));
    ui::reportItem("contact.add");
    if (add_contact) {
        model::Contact contact;
        contact.id = history::nextFreeId(ctx.portfolio(), &d);
        d.contacts.push_back(contact);
        commit(ctx);
    }
}

}  // namespace etappe::app
