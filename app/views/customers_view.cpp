#include "views/customers_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "dates/date_format.h"
#include "history/edit.h"
#include "history/integrity.h"
#include "rules/knowledge.h"
#include "i18n/format.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/impact_lines.h"
#include "ui/theme.h"
#include "ui/keys.h"
#include "ui/probe.h"
#include "ui/widgets.h"

namespace etappe::app {

namespace {

enum Column { kName, kClass, kCity, kRevenue, kPhase, kKnowledge, kColumnCount };

rules::CustomerSortKey sortKeyOf(int column) {
    switch (column) {
        case kClass: return rules::CustomerSortKey::Class;
        case kCity: return rules::CustomerSortKey::City;
        case kRevenue: return rules::CustomerSortKey::Revenue;
        case kPhase: return rules::CustomerSortKey::Phase;
        case kKnowledge: return rules::CustomerSortKey::Knowledge;
        default: return rules::CustomerSortKey::Name;
    }
}

}  // namespace

// Only while this screen shows: elsewhere Del must not arm a deletion the user cannot see.
std::vector<Shortcut> CustomersView::shortcuts() {
    return {
        {ui::ctrlKey('N'), true, [this](UiContext& ctx) { addCustomer(ctx); }},
        {ui::ctrlKey('F'), true, [this](UiContext&) { focusSearch(); }},
        {ui::plainKey(ImGuiKey_Delete), false, [this](UiContext&) { requestDeleteSelected(); }},
    };
}

std::string CustomersView::sidebarBadge(const UiContext& ctx) const {
    return std::to_string(ctx.portfolio().customers.size());
}

void CustomersView::select(UiContext& ctx, model::Id id) {
    if (id == selected_) return;
    editor_.commit(ctx);  // a half-typed field belongs to the customer it was typed for
    selected_ = id;
}

void CustomersView::addCustomer(UiContext& ctx) {
    if (ctx.read_only) return;
    editor_.commit(ctx);
    model::Customer customer;
    customer.id = history::nextFreeId(ctx.portfolio());
    customer.name = ctx.tr.text("customer.new_name");
    if (!ctx.apply(history::addCustomer(ctx.portfolio(), customer))) return;
    selected_ = customer.id;
    query_.text.clear();  // the new customer must be visible
    query_.classes = {true, true, true};
    editor_.focusName();
    scroll_to_selected_ = true;
}

void CustomersView::draw(UiContext& ctx) {
    const auto& portfolio = ctx.portfolio();
    if (selected_ != model::kNoId && !portfolio.findCustomer(selected_)) selected_ = model::kNoId;
    const std::vector<int>& rows = cache_.rows(portfolio, ctx.derivedKey(), query_, &ctx.classification);
    drawToolbar(ctx, static_cast<int>(rows.size()), static_cast<int>(portfolio.customers.size()));

    // With nothing selected, show the first customer rather than an empty pane.
    if (selected_ == model::kNoId && !rows.empty()) selected_ = portfolio.customers[static_cast<std::size_t>(rows.front())].id;
    // Side by side only while the names keep room (a narrow table leaves out phase and knowledge, which
    // the editor shows); below that the editor goes under the table, so neither squeezes the other.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ui::PaneSplit split = ui::splitPanes(avail.x, ImGui::GetStyle().ItemSpacing.x, ui::em(36.0f), ui::em(22.0f), 0.58f);
    const float table_height = split.stacked ? ui::stackedFirstHeight(avail.y, 0.4f, ui::em(8.0f), ui::em(14.0f)) : 0.0f;
    ImGui::BeginChild("customer_table", ImVec2(split.stacked ? 0.0f : split.first_width, table_height));
    drawTable(ctx, rows);
    ImGui::EndChild();
    if (!split.stacked) ImGui::SameLine();
    ImGui::BeginChild("customer_detail", ImVec2(0, 0), true);
    if (selected_ == model::kNoId) {
        ui::hintText(ctx.tr.text("customers.select_hint"));
    } else if (editor_.draw(ctx, selected_)) {
        confirm_delete_ = true;
    }
    ImGui::EndChild();
    drawDeleteConfirmation(ctx);
}

void CustomersView::drawToolbar(UiContext& ctx, int shown, int total) {
    const auto& tr = ctx.tr;
    if (focus_search_) {
        ImGui::SetKeyboardFocusHere();
        focus_search_ = false;
    }
    ImGui::SetNextItemWidth(ui::em(15.0f));
    ImGui::InputTextWithHint("##search", tr.text("customers.search_hint"), &query_.text);
    ui::reportItem("customers.search");
    for (const method::CustomerClass c : method::kCustomerClasses) {
        bool& included = query_.classes[static_cast<std::size_t>(c)];
        ImGui::PushStyleColor(ImGuiCol_CheckMark, ui::classColour(c));
        const std::string label = std::string(tr.text("customers.filter_class")) + " " +
                                  std::string(method::customerClassKey(c)) + "###filter" +
                                  std::string(method::customerClassKey(c));
        ui::sameLineOrWrap(ui::checkboxWidth(label.c_str()));
        ImGui::Checkbox(label.c_str(), &included);
        ui::reportItem("customers.filter." + std::string(method::customerClassKey(c)));
        ImGui::PopStyleColor();
    }
    static constexpr std::array<const char*, 4> kDecisionKeys = {"filter.all_decisions", "filter.overridden",
                                                                 "filter.follows_proposal", "filter.could_become_a"};
    // As wide as its longest choice, so "Alle Einstufungen" is not cut.
    float decisions_width = 0.0f;
    for (const char* key : kDecisionKeys) decisions_width = std::max(decisions_width, ui::textWidth(tr.text(key)));
    decisions_width += ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2.0f;
    ui::sameLineOrWrap(decisions_width);
    ImGui::SetNextItemWidth(decisions_width);
    if (ImGui::BeginCombo("##decisions", tr.text(kDecisionKeys[static_cast<std::size_t>(query_.decisions)]))) {
        for (std::size_t i = 0; i < kDecisionKeys.size(); ++i) {
            if (ImGui::Selectable(tr.text(kDecisionKeys[i]), static_cast<std::size_t>(query_.decisions) == i))
                query_.decisions = static_cast<rules::DecisionFilter>(i);
        }
        ImGui::EndCombo();
    }
    char count[96];
    std::snprintf(count, sizeof count, tr.text("customers.count"), shown, total);
    ui::sameLineOrWrap(ui::textWidth(count));
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ui::kMutedText, "%s", count);
    const char* add_label = tr.label("customers.add");
    const float add_width = ui::buttonWidth(add_label);
    ui::sameLineOrWrap(add_width);
    ui::alignRight(add_width);
    ImGui::BeginDisabled(ctx.read_only);
    if (ImGui::Button(add_label)) addCustomer(ctx);
    ui::reportItem("customers.add");
    ImGui::EndDisabled();
}

void CustomersView::drawTable(UiContext& ctx, const std::vector<int>& rows) {
    const auto& tr = ctx.tr;
    const auto& customers = ctx.portfolio().customers;
    if (rows.empty()) {
        ui::hintText(tr.text("customers.no_match"));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("customers", kColumnCount, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Name and city share the free width; the other columns fit their longest text.
    const float sort_arrow = ImGui::GetFontSize();
    float phase_width = ImGui::CalcTextSize(tr.label("column.phase"), nullptr, true).x;
    for (const method::SalesPhase phase : method::kSalesPhases)
        phase_width = std::max(phase_width, ImGui::CalcTextSize(tr.text("phase." + std::string(method::salesPhaseKey(phase)))).x);
    const float revenue_width = std::max(ImGui::CalcTextSize(tr.label("column.revenue"), nullptr, true).x,
                                         ImGui::CalcTextSize("99.999.999 €").x);
    const float class_width = ImGui::CalcTextSize(tr.label("column.class"), nullptr, true).x;
    ImGui::TableSetupColumn(tr.label("column.name"), ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthStretch, 2.2f, kName);
    ImGui::TableSetupColumn(tr.label("column.class"), ImGuiTableColumnFlags_WidthFixed, class_width + sort_arrow, kClass);
    ImGui::TableSetupColumn(tr.label("column.city"), ImGuiTableColumnFlags_WidthStretch, 1.0f, kCity);
    ImGui::TableSetupColumn(tr.label("column.revenue"), ImGuiTableColumnFlags_PreferSortDescending | ImGuiTableColumnFlags_WidthFixed,
                            revenue_width + sort_arrow, kRevenue);
    // Below this width the names would be squeezed to a few letters: phase and knowledge make room.
    const ImGuiTableColumnFlags narrow = ImGui::GetContentRegionAvail().x < ui::em(46.0f) ? ImGuiTableColumnFlags_Disabled : 0;
    ImGui::TableSetupColumn(tr.label("column.phase"), ImGuiTableColumnFlags_WidthFixed | narrow, phase_width + sort_arrow, kPhase);
    ImGui::TableSetupColumn(tr.label("column.knowledge"),
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending | narrow,
                            std::max(ImGui::CalcTextSize(tr.label("column.knowledge"), nullptr, true).x, ui::em(3.0f)) + sort_arrow,
                            kKnowledge);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            query_.sort_key = sortKeyOf(static_cast<int>(specs->Specs[0].ColumnUserID));
            query_.ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
        }
        specs->SpecsDirty = false;
    }

    const auto& due_by_customer = dueByCustomer(ctx);
    const float due_width = ui::buttonWidth(tr.text("review.due_short")) + ImGui::GetStyle().ItemSpacing.x;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    if (scroll_to_selected_) {
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (customers[static_cast<std::size_t>(rows[r])].id == selected_) {
                ImGui::SetScrollY(static_cast<float>(r) * (ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().CellPadding.y));
                break;
            }
        }
        scroll_to_selected_ = false;
    }
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const model::Customer& c = customers[static_cast<std::size_t>(rows[static_cast<std::size_t>(r)])];
            ImGui::PushID(static_cast<int>(c.id));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(kName);
            // Cut to the column with "…" (whole in a tooltip) instead of clipped mid-letter; a due review
            // keeps room for its marker after the name.
            const auto due = due_by_customer.find(c.id);
            const bool review_due = due != due_by_customer.end() && !ctx.presenting;
            const float name_width = review_due ? ImGui::GetContentRegionAvail().x - due_width : -1.0f;
            if (ui::fittedSelectable(c.name, "name", c.id == selected_, ImGuiSelectableFlags_SpanAllColumns, name_width))
                select(ctx, c.id);
            ui::reportItem("customers.row." + std::to_string(c.id));
            if (review_due) {
                ImGui::SetItemAllowOverlap();  // the marker over the row's selectable takes its own clicks
                drawReviewDue(ctx, due->second.oldest, due->second.count);
            }
            ImGui::TableSetColumnIndex(kClass);
            ui::classBadge(ctx.effectiveClass(c.id));
            // ✎ marks a class the rep set against the proposal; ↑ a customer that could become A.
            if (c.class_decision.overridden || c.class_decision.could_become_a) {
                ImGui::SameLine(0, ui::em(0.2f));
                ImGui::TextColored(ui::kMutedText, "%s%s", c.class_decision.overridden ? "✎" : "",
                                   c.class_decision.could_become_a ? "↑" : "");
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", tr.text(c.class_decision.overridden ? "class.overridden_tooltip" : "class.could_become_a"));
            }
            ImGui::TableSetColumnIndex(kCity);
            ui::fittedText(c.city);
            ImGui::TableSetColumnIndex(kRevenue);
            const std::string revenue = i18n::formatMoneyRounded(c.annual_revenue, ctx.language());
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                                 ImGui::CalcTextSize(revenue.c_str()).x);
            ImGui::TextUnformatted(revenue.c_str());
            // Left out in a narrow table: drawing into a hidden column would still make the row taller.
            if (ImGui::TableSetColumnIndex(kPhase)) ImGui::TextUnformatted(tr.text("phase." + std::string(method::salesPhaseKey(c.phase))));
            if (ImGui::TableSetColumnIndex(kKnowledge)) {
                const int known = rules::knowledgeReadinessPercent(c);
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetTextLineHeight() * 0.35f);
                ui::readinessBar(known, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 0.3f));
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%d %%", known);
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

const std::unordered_map<model::Id, CustomersView::DueOfCustomer>& CustomersView::dueByCustomer(const UiContext& ctx) {
    return due_by_customer_.get(ctx.derivedKey(), [&] {
        std::unordered_map<model::Id, DueOfCustomer> by_customer;
        // Oldest first, so the first one met is the customer's oldest.
        for (const rules::DueReview& d : rules::reviewsDue(ctx.portfolio(), ctx.today, &ctx.classification)) {
            DueOfCustomer& entry = by_customer.try_emplace(d.customer_id, DueOfCustomer{d, 0}).first->second;
            ++entry.count;
        }
        return by_customer;
    });
}

void CustomersView::drawReviewDue(UiContext& ctx, const rules::DueReview& oldest, int count) {
    const auto& tr = ctx.tr;
    ImGui::SameLine();
    // Text-like (no frame): a marker, not another button in every row.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, oldest.past_24_hours() ? ui::kWarning : ui::kAccent);
    if (ImGui::SmallButton(tr.text("review.due_short")))
        ctx.navigate = NavigationRequest{"review", oldest.customer_id, oldest.plan_id, model::kNoId,
                                         oldest.plan_id == model::kNoId ? oldest.date : std::string()};
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    ui::reportItem("customers.review_due." + std::to_string(oldest.customer_id));
    if (!ImGui::IsItemHovered()) return;
    const std::string date = dates::formatIsoDate(oldest.date, tr.language());
    char what[300];
    if (count > 1) std::snprintf(what, sizeof what, tr.text("customers.review_due_many"), count, date.c_str());
    else std::snprintf(what, sizeof what, tr.text("customers.review_due_one"), date.c_str());
    char when[200];
    if (oldest.past_24_hours()) std::snprintf(when, sizeof when, tr.text("review.due_days"), oldest.days_ago);
    else std::snprintf(when, sizeof when, "%s", tr.text("review.due_yesterday"));
    ImGui::SetTooltip("%s\n%s\n%s", what, when, tr.text("customers.review_due_click"));
}

void CustomersView::drawDeleteConfirmation(UiContext& ctx) {
    const auto& tr = ctx.tr;
    if (!ui::beginDeleteQuestion(tr.label("delete.title"), confirm_delete_)) return;
    const model::Customer* customer = ctx.portfolio().findCustomer(selected_);
    if (!customer) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const int contacts = static_cast<int>(customer->contacts.size());
    const char* question = contacts == 0 ? "delete.question.none" : contacts == 1 ? "delete.question.one" : "delete.question.many";
    ImGui::TextWrapped(tr.text(question), customer->name.c_str(), contacts);
    // What else the deletion changes, so nothing disappears unannounced.
    ui::impactLines(tr, history::impactOf(ctx.portfolio(), history::deleteCustomer(ctx.portfolio(), selected_)));
    ui::hintText(tr.text("delete.undo_hint"));
    if (ui::confirmDeleteButtons(tr.label("delete.confirm"), tr.label("common.cancel"), "delete.confirm")) {
        ctx.apply(history::deleteCustomer(ctx.portfolio(), selected_));
        selected_ = model::kNoId;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace etappe::app
