#include "views/priorities_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "history/edit.h"
#include "i18n/format.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace etappe::app {

namespace {

constexpr std::array<const char*, 4> kEffortFields = {"appointment", "preparation", "conversation", "follow_up"};

std::string* effortField(model::ClassEffort& effort, std::size_t field) {
    switch (field) {
        case 0: return &effort.appointment;
        case 1: return &effort.preparation;
        case 2: return &effort.conversation;
        default: return &effort.follow_up;
    }
}

int percent(double share) { return static_cast<int>(std::lround(share * 100.0)); }

std::string percentText(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%d %%", percent(share));
    return text;
}

std::string moneyText(std::int64_t cents, const i18n::Translator& tr) {
    return i18n::formatMoneyRounded(model::Money{cents, "EUR"}, tr.language());
}

void heading(const char* text) {
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

std::int64_t rankingCents(const model::Customer& c, bool include_potential) {
    return c.annual_revenue.cents + (include_potential ? c.potential.cents : 0);
}

// A and B within 0–100 %: A at least 1 %, B reduced when both would exceed 100 %.
model::AbcThresholds normalised(model::AbcThresholds t) {
    t.a_share_percent = std::clamp(t.a_share_percent, 1, 100);
    t.b_share_percent = std::clamp(t.b_share_percent, 0, 100 - t.a_share_percent);
    return t;
}

}  // namespace


void PrioritiesView::syncDraft(UiContext& ctx) {
    const std::uint64_t revision = ctx.document.revision();
    if (!editing_ && draft_revision_ != revision) {
        draft_ = ctx.portfolio().priorities;
        draft_revision_ = revision;
    }
    editing_ = false;  // set again by the fields drawn this frame
}

void PrioritiesView::commit(UiContext& ctx) {
    draft_.thresholds = normalised(draft_.thresholds);
    const model::PrioritySettings current = ctx.portfolio().priorities;
    if (draft_ == current) return;
    if (!ctx.apply(history::changePriorities(ctx.portfolio(), current, draft_))) draft_ = current;
}

void PrioritiesView::draw(UiContext& ctx) {
    const auto& tr = ctx.tr;
    syncDraft(ctx);
    const rules::Classification& result = ctx.classification;
    ImGui::PushFont(ui::titleFont());
    ImGui::TextUnformatted(tr.text("priorities.title"));
    ImGui::PopFont();
    ui::hintText(tr.text("priorities.intro"));
    // The effort table needs three readable columns beside its labels: below that width the settings go
    // under the analysis, in one scrolling column, rather than wrapping words letter by letter.
    const ui::PaneSplit split =
        ui::splitPanes(ImGui::GetContentRegionAvail().x, ImGui::GetStyle().ItemSpacing.x, ui::em(30.0f), ui::em(40.0f), 0.52f);
    ImGui::BeginChild("analysis", ImVec2(split.first_width, 0), true);
    drawAnalysis(ctx, result);
    if (split.stacked) {
        ImGui::Separator();
    } else {
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("settings", ImVec2(0, 0), true);
    }
    ImGui::BeginDisabled(ctx.read_only);
    drawThresholds(ctx);
    ImGui::Spacing();
    drawEffort(ctx);
    ImGui::EndDisabled();
    ImGui::EndChild();
}

void PrioritiesView::drawAnalysis(UiContext& ctx, const rules::Classification& result) {
    const auto& tr = ctx.tr;
    if (ctx.portfolio().customers.empty()) {
        ui::hintText(tr.text("priorities.no_customers"));
        return;
    }
    if (result.problem != rules::ClassificationProblem::None) {
        const std::string key = "classification.problem." + std::string(rules::classificationProblemKey(result.problem));
        char text[512];
        std::snprintf(text, sizeof text, tr.text(key), result.problem_detail.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kWarning);
        ImGui::TextWrapped("%s", text);
        ImGui::PopStyleColor();
        return;
    }
    drawChart(ctx, result);
    ImGui::Spacing();
    drawDistribution(ctx, result);
    ImGui::Spacing();
    drawDeviation(ctx, result);
}

void PrioritiesView::rebuildChart(const model::Portfolio& portfolio, const rules::Classification& result) {
    const bool potential = portfolio.priorities.thresholds.include_potential;
    chart_.values.clear();
    chart_.colours.clear();
    chart_.line.clear();
    for (const int index : result.pareto_order) {
        const auto i = static_cast<std::size_t>(index);
        if (i >= portfolio.customers.size() || i >= result.customers.size()) continue;
        chart_.values.push_back(static_cast<double>(std::max<std::int64_t>(rankingCents(portfolio.customers[i], potential), 0)));
        chart_.colours.push_back(ImGui::GetColorU32(ui::classColour(result.customers[i].proposed)));
        chart_.line.push_back(result.customers[i].cumulative_share);
    }
    chart_.line_colour = ImGui::GetColorU32(ImVec4(0.15f, 0.15f, 0.18f, 1.0f));
}

void PrioritiesView::drawChart(UiContext& ctx, const rules::Classification& result) {
    const auto& tr = ctx.tr;
    const model::Portfolio& portfolio = ctx.portfolio();
    if (chart_key_ != ctx.derivedKey()) {
        rebuildChart(portfolio, result);
        chart_key_ = ctx.derivedKey();
        ++chart_rebuilds_;
    }
    const model::AbcThresholds& t = portfolio.priorities.thresholds;
    char text[160];
    std::vector<ui::ReferenceLine> lines;
    std::snprintf(text, sizeof text, tr.text("priorities.line_a"), t.a_share_percent);
    lines.push_back({t.a_share_percent / 100.0, ImGui::GetColorU32(ui::classColour(method::CustomerClass::A)), text});
    std::snprintf(text, sizeof text, tr.text("priorities.line_ab"), t.a_share_percent + t.b_share_percent);
    lines.push_back({(t.a_share_percent + t.b_share_percent) / 100.0, ImGui::GetColorU32(ui::classColour(method::CustomerClass::B)), text});
    ui::ChartLabels labels;
    std::snprintf(text, sizeof text, tr.text(t.include_potential ? "priorities.chart_x_potential" : "priorities.chart_x"),
                  static_cast<int>(chart_.values.size()));
    labels.x = text;
    labels.y = tr.text("priorities.chart_y");
    const float width = ImGui::GetContentRegionAvail().x;
    const ui::ChartHover hover = ui::barChart("priorities.chart", ImVec2(width, std::min(ui::em(18.0f), width * 0.6f)), chart_, lines, labels);
    if (hover.count <= 0) return;
    const auto last = static_cast<std::size_t>(hover.first + hover.count - 1);
    const auto& order = result.pareto_order;
    if (last >= order.size()) return;
    double sum = 0.0;
    for (int i = hover.first; i <= static_cast<int>(last); ++i) sum += chart_.values[static_cast<std::size_t>(i)];
    const std::string money = moneyText(static_cast<std::int64_t>(sum), tr);
    const std::string cumulative = percentText(chart_.line[last]);
    if (hover.count == 1) {
        const model::Customer& c = portfolio.customers[static_cast<std::size_t>(order[last])];
        std::snprintf(text, sizeof text, tr.text("priorities.hover_one"), hover.first + 1, c.name.c_str(), money.c_str(),
                      cumulative.c_str());
    } else {
        std::snprintf(text, sizeof text, tr.text("priorities.hover_many"), hover.first + 1, hover.first + hover.count,
                      money.c_str(), cumulative.c_str());
    }
    ImGui::SetTooltip("%s", text);
}

void PrioritiesView::drawDistribution(UiContext& ctx, const rules::Classification& result) {
    const auto& tr = ctx.tr;
    heading(tr.text("priorities.distribution"));
    // The columns after the class. A cell holds a figure, its share ("(15 %)") beside it or, where the
    // column is narrow, under it, and (when the guideline has no column of its own) the guideline under both.
    struct Cell {
        std::string figure;
        std::string share;
        std::string guideline;
    };
    struct Column {
        const char* header;
        float weight;
        bool guideline;  // the method's figures, in the muted colour
        std::array<Cell, 3> cells;
    };
    const auto inParentheses = [](const std::string& text) {
        std::string out(1, '(');
        out += text;
        out += ')';
        return out;
    };
    std::vector<Column> columns = {{tr.text("priorities.col_customers"), 1.0f, false, {}},
                                   {tr.text("priorities.col_guideline"), 0.7f, true, {}},
                                   {tr.text("priorities.col_revenue"), 1.6f, false, {}},
                                   {tr.text("priorities.col_guideline"), 0.7f, true, {}},
                                   {tr.text("priorities.col_in_effect"), 0.8f, false, {}}};
    for (std::size_t k = 0; k < 3; ++k) {
        const rules::ClassTotals& totals = result.by_proposed_class[k];
        const rules::Guideline& guide = rules::kGuideline[k];
        columns[0].cells[k] = {std::to_string(totals.customers), inParentheses(percentText(totals.customer_share)), ""};
        columns[1].cells[k] = {percentText(guide.customer_share), "", ""};
        columns[2].cells[k] = {moneyText(totals.revenue_cents, tr), inParentheses(percentText(totals.revenue_share)), ""};
        columns[3].cells[k] = {percentText(guide.revenue_share), "", ""};
        columns[4].cells[k] = {std::to_string(result.by_effective_class[k].customers), "", ""};
    }
    // Each column at least as wide as its header and its figures (on a projector "Richtwert" was cut to "Richt…").
    const float padding = 2.0f * ImGui::GetStyle().CellPadding.x;
    const float class_width = ui::textWidth(tr.text("priorities.col_class")) + padding;
    const float available = ImGui::GetContentRegionAvail().x - class_width;
    const auto minimums = [&] {
        std::vector<float> out;
        for (const Column& column : columns) {
            float widest = ui::textWidth(column.header);
            for (const Cell& cell : column.cells)
                widest = std::max({widest, ui::textWidth(cell.figure.c_str()), ui::textWidth(cell.share.c_str()),
                                   ui::textWidth(cell.guideline.c_str())});
            out.push_back(widest + padding);
        }
        return out;
    };
    std::vector<float> minimum = minimums();
    if (std::accumulate(minimum.begin(), minimum.end(), 0.0f) > available) {
        // Too narrow for six columns (a projector): each guideline moves under the figure it belongs to.
        char text[64];
        for (const std::size_t c : {std::size_t{0}, std::size_t{2}}) {
            for (std::size_t k = 0; k < 3; ++k) {
                std::snprintf(text, sizeof text, tr.text("priorities.guideline_value"), columns[c + 1].cells[k].figure.c_str());
                columns[c].cells[k].guideline = text;
            }
        }
        columns.erase(columns.begin() + 3);
        columns.erase(columns.begin() + 1);
        minimum = minimums();
    }
    std::vector<float> weights;
    for (const Column& column : columns) weights.push_back(column.weight);
    const std::vector<float> widths = ui::columnWidths(weights, minimum, available);
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV;
    if (ImGui::BeginTable("distribution", 1 + static_cast<int>(columns.size()), flags)) {
        ImGui::TableSetupColumn(tr.text("priorities.col_class"), ImGuiTableColumnFlags_WidthFixed);
        for (std::size_t c = 0; c < columns.size(); ++c)
            ImGui::TableSetupColumn(columns[c].header, ImGuiTableColumnFlags_WidthStretch, widths[c]);
        // Where even the minimums do not fit, ImGui cuts a header with "…" and shows it whole on hover.
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int c = 0; c <= static_cast<int>(columns.size()); ++c) {
            ImGui::TableSetColumnIndex(c);
            ImGui::PushID(c);  // the two guideline columns share a name
            ImGui::TableHeader(ImGui::TableGetColumnName(c));
            ImGui::PopID();
            ui::reportItem("priorities.distribution.header." + std::to_string(c));
        }
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        for (std::size_t k = 0; k < 3; ++k) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ui::classBadge(method::kCustomerClasses[k]);
            for (std::size_t c = 0; c < columns.size(); ++c) {
                ImGui::TableSetColumnIndex(static_cast<int>(c + 1));
                const Cell& cell = columns[c].cells[k];
                const float cell_right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
                ImGui::TextColored(columns[c].guideline ? ui::kMutedText : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%s",
                                   cell.figure.c_str());
                if (!cell.share.empty()) {
                    if (ImGui::GetItemRectMax().x + spacing + ui::textWidth(cell.share.c_str()) <= cell_right) ImGui::SameLine();
                    ImGui::TextUnformatted(cell.share.c_str());
                }
                if (!cell.guideline.empty()) ImGui::TextColored(ui::kMutedText, "%s", cell.guideline.c_str());
            }
        }
        ImGui::EndTable();
    }
    ui::hintText(tr.text("priorities.distribution_hint"));
}

void PrioritiesView::drawDeviation(UiContext& ctx, const rules::Classification& result) {
    const auto& tr = ctx.tr;
    heading(tr.text("priorities.deviation"));
    for (const rules::DeviationNote& note : rules::describeDeviation(result)) {
        char text[512];
        std::snprintf(text, sizeof text, tr.text(note.key), note.customer_percent, note.revenue_percent);
        ImGui::Bullet();
        ImGui::TextWrapped("%s", text);
    }
}

void PrioritiesView::drawThresholds(UiContext& ctx) {
    const auto& tr = ctx.tr;
    heading(tr.text("priorities.thresholds"));
    if (ui::beginForm("thresholds", tr, {"priorities.a_share", "priorities.b_share", "priorities.c_rest_label"})) {
        const auto percentField = [&](const char* key, const char* id, int& value) {
            ui::formRow(tr.text(key));
            ImGui::SetNextItemWidth(ui::em(4.0f));
            ImGui::InputInt(id, &value, 0);
            editing_ |= ImGui::IsItemActive();
            ui::reportItem(key);
            if (ImGui::IsItemDeactivatedAfterEdit()) commit(ctx);
            ImGui::SameLine();
            ImGui::TextUnformatted("%");
        };
        percentField("priorities.a_share", "##a_share", draft_.thresholds.a_share_percent);
        percentField("priorities.b_share", "##b_share", draft_.thresholds.b_share_percent);
        ui::formRow(tr.text("priorities.c_rest_label"));
        const model::AbcThresholds shown = normalised(draft_.thresholds);
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%d %%", 100 - shown.a_share_percent - shown.b_share_percent);
        ui::endForm();
    }
    if (ImGui::Checkbox(tr.label("priorities.include_potential"), &draft_.thresholds.include_potential)) commit(ctx);
    ui::reportItem("priorities.include_potential");
    ui::hintText(tr.text("priorities.thresholds_hint"));
}

void PrioritiesView::drawEffort(UiContext& ctx) {
    const auto& tr = ctx.tr;
    heading(tr.text("priorities.effort"));
    ui::hintText(tr.text("priorities.effort_hint"));
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg;
    if (!ImGui::BeginTable("effort", 4, flags)) return;
    float label_width = 0.0f;
    for (const char* field : kEffortFields) {
        label_width = std::max(label_width, ImGui::CalcTextSize(tr.text(std::string("priorities.effort.") + field)).x);
    }
    ImGui::TableSetupColumn("##field", ImGuiTableColumnFlags_WidthFixed, label_width);
    for (const auto c : method::kCustomerClasses) {
        ImGui::TableSetupColumn(method::customerClassKey(c).data(), ImGuiTableColumnFlags_WidthStretch);
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (std::size_t k = 0; k < 3; ++k) {
        ImGui::TableSetColumnIndex(static_cast<int>(k + 1));
        ui::classBadge(method::kCustomerClasses[k]);
    }
    constexpr int kEffortLines = 5;  // a rule of a sentence or two; longer ones end in "…" with a tooltip
    for (std::size_t f = 0; f < kEffortFields.size(); ++f) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextWrapped("%s", tr.text(std::string("priorities.effort.") + kEffortFields[f]));
        for (std::size_t k = 0; k < 3; ++k) {
            ImGui::TableSetColumnIndex(static_cast<int>(k + 1));
            const std::string cls(method::customerClassKey(method::kCustomerClasses[k]));
            const std::string id = "effort." + cls + "." + kEffortFields[f];
            std::string& value = *effortField(draft_.effort[k], f);
            ImGui::PushID(id.c_str());
            // Wrapped at words (never "Vorbeischaue/n"); an empty field shows the method's default as its hint.
            const bool left = ui::wrappedTextField("##text", value, tr.text(id), ImGui::GetContentRegionAvail().x, kEffortLines);
            editing_ |= ImGui::IsItemActive();
            ui::reportItem(id);
            if (left) commit(ctx);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace etappe::app
