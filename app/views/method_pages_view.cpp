#include "views/method_pages_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "dates/example_date.h"
#include "method/conversation_steps.h"
#include "method/knowledge_areas.h"
#include "method/method_pages.h"
#include "method/reduced_elements.h"
#include "rules/activity_coach.h"
#include "ui/coach_verdict.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/review_charts.h"
#include "ui/step_path.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace etappe::app {

namespace {

ImU32 colour(float r, float g, float b, float a = 1.0f) { return ImGui::GetColorU32(ImVec4(r, g, b, a)); }

// A rounded box with wrapped, centred text; the cursor moves below it.
void textBox(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 fill, const char* text, ImU32 border = 0) {
    const float r = ui::em(0.4f);
    dl->AddRectFilled(min, max, fill, r);
    if (border) dl->AddRect(min, max, border, r, 0, 2.0f);
    const float pad = ui::em(0.4f);
    const float wrap = max.x - min.x - 2 * pad;
    const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, wrap);
    const ImVec2 at(min.x + pad + std::max(0.0f, (wrap - size.x) * 0.5f), min.y + std::max(pad, (max.y - min.y - size.y) * 0.5f));
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text), text, nullptr, wrap);
}

void subTitle(const char* text) {
    ImGui::PushFont(ui::boldFont());
    ImGui::TextWrapped("%s", text);
    ImGui::PopFont();
}

}  // namespace

std::vector<Shortcut> MethodPagesView::shortcuts() {
    auto back = [this](UiContext&) { turn(-1); };
    auto next = [this](UiContext&) { turn(1); };
    return {
        {ui::plainKey(ImGuiKey_LeftArrow), false, back},
        {ui::plainKey(ImGuiKey_RightArrow), false, next},
        {ui::plainKey(ImGuiKey_PageUp), false, back},
        {ui::plainKey(ImGuiKey_PageDown), false, next},
    };
}

void MethodPagesView::setPage(std::size_t page) { page_ = std::min(page, method::kMethodPages.size() - 1); }
void MethodPagesView::turn(int delta) { page_ = method::turnPage(page_, delta); }

void MethodPagesView::drawIndicator(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const int count = static_cast<int>(method::kMethodPages.size());
    ImGui::BeginDisabled(page_ == 0);
    if (ImGui::Button(tr.label("method.back"))) turn(-1);
    ui::reportItem("method.back");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(page_ + 1 >= method::kMethodPages.size());
    if (ImGui::Button(tr.label("method.next"))) turn(1);
    ui::reportItem("method.next");
    ImGui::EndDisabled();
    ImGui::SameLine();
    char text[64];
    std::snprintf(text, sizeof text, tr.text("method.page_of"), static_cast<int>(page_) + 1, count);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ui::reportItem("method.indicator");
    // One dot per page, the current one filled, where there is room; a dot is clickable.
    const float d = ui::em(0.7f);
    const float dots_width = count * d * 1.6f;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (right - ImGui::GetItemRectMax().x < dots_width + ui::em(1.5f)) return;
    ImGui::SameLine();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < count; ++i) {
        const ImVec2 c(start.x + d * 0.5f + i * d * 1.6f, start.y + ImGui::GetFrameHeight() * 0.5f);
        if (i == static_cast<int>(page_))
            dl->AddCircleFilled(c, d * 0.45f, ImGui::GetColorU32(ui::kAccent));
        else
            dl->AddCircle(c, d * 0.4f, ImGui::GetColorU32(ImGuiCol_Text), 0, 1.5f);
    }
    ImGui::InvisibleButton("dots", ImVec2(dots_width, ImGui::GetFrameHeight()));
    if (ImGui::IsItemClicked()) {
        const float x = ImGui::GetIO().MousePos.x - start.x;
        setPage(static_cast<std::size_t>(std::clamp(static_cast<int>(x / (d * 1.6f)), 0, count - 1)));
    }
    const char* keys = tr.text("method.keys");
    if (right - ImGui::GetItemRectMax().x > ImGui::CalcTextSize(keys).x + ui::em(2.0f)) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ui::hintText(keys);
    }
}

void MethodPagesView::draw(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const method::MethodPage& page = method::kMethodPages[page_];
    drawIndicator(ctx);
    ImGui::Separator();
    ImGui::BeginChild("method.page", ImVec2(0, 0), false);
    ImGui::PushFont(ui::titleFont());
    ImGui::TextWrapped("%s", tr.text(method::pageTitleKey(page)));
    ImGui::PopFont();
    ui::reportItem("method.title." + std::string(page.key));
    ImGui::TextWrapped("%s", tr.text(method::pageBodyKey(page)));
    ImGui::Spacing();
    switch (page.drawing) {
        case method::PageDrawing::BuyingProcess: drawBuyingProcess(ctx); break;
        case method::PageDrawing::KnowledgeAreas: drawKnowledge(ctx); break;
        case method::PageDrawing::LifePositions: drawLifePositions(ctx); break;
        case method::PageDrawing::StepPath: drawSteps(ctx); break;
        case method::PageDrawing::Balance: drawBalance(ctx); break;
        case method::PageDrawing::GoalQuestions: drawGoals(ctx); break;
        case method::PageDrawing::Activities: drawActivities(ctx); break;
        case method::PageDrawing::Pareto: drawPareto(ctx); break;
        case method::PageDrawing::Reduced: drawReduced(ctx); break;
    }
    ImGui::EndChild();
}

// Five chevrons towards the decision, over two tracks.
void MethodPagesView::drawBuyingProcess(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ui::em(0.5f);
    const int n = 6;
    // Boxes wide enough for their longest word: on a narrow screen in two or three balanced rows.
    const int fit_per_row = std::clamp(static_cast<int>((width + gap) / (ui::em(8.5f) + gap)), 2, n);
    const int rows = (n + fit_per_row - 1) / fit_per_row;
    const int per_row = (n + rows - 1) / rows;
    const float box_w = (width - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    // As high as the rest of the page allows (a projector is low), but room for two lines of a name.
    const float track_h = ui::em(2.2f);
    const float room = ImGui::GetContentRegionAvail().y - 2.0f * track_h - gap * (static_cast<float>(rows) + 1.5f) -
                       ImGui::GetStyle().ItemSpacing.y;
    const float box_h = std::clamp(room / static_cast<float>(rows), ui::em(3.2f), ui::em(4.5f));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    for (int i = 0; i < n; ++i) {
        const float x = o.x + static_cast<float>(i % per_row) * (box_w + gap);
        const float y = o.y + static_cast<float>(i / per_row) * (box_h + gap);
        const ImVec2 min(x, y);
        const ImVec2 max(min.x + box_w, min.y + box_h);
        const bool last = i == n - 1;
        const std::string key = last ? "method.buying.decision" : "method.buying." + std::to_string(i + 1);
        textBox(dl, min, max, last ? colour(0.85f, 0.94f, 0.87f) : colour(0.86f, 0.91f, 0.97f), tr.text(key),
                ImGui::GetColorU32(ImGuiCol_Border));
        if (!last && (i + 1) % per_row != 0) {
            const float yc = (min.y + max.y) * 0.5f;
            dl->AddTriangleFilled(ImVec2(max.x + 1, yc - gap * 0.6f), ImVec2(max.x + gap - 1, yc), ImVec2(max.x + 1, yc + gap * 0.6f),
                                  ImGui::GetColorU32(ImGuiCol_Text));
        }
    }
    const float boxes_h = static_cast<float>(rows) * (box_h + gap) - gap;
    // The two tracks under the way to the decision.
    const float y1 = o.y + boxes_h + gap;
    const float end = o.x + width;
    textBox(dl, ImVec2(o.x, y1), ImVec2(end, y1 + track_h), colour(0.98f, 0.90f, 0.84f), tr.text("method.track.emotional"));
    textBox(dl, ImVec2(o.x, y1 + track_h + gap * 0.5f), ImVec2(end, y1 + 2 * track_h + gap * 0.5f), colour(0.88f, 0.90f, 0.93f),
            tr.text("method.track.factual"));
    ImGui::Dummy(ImVec2(width, boxes_h + gap + 2 * track_h + gap));
    ui::reportItem("method.buying");
}

// The customer in the middle, the seven areas around.
void MethodPagesView::drawKnowledge(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float height = std::clamp(avail.y - ImGui::GetStyle().ItemSpacing.y, ui::em(14.0f), ui::em(20.0f));
    const float width = avail.x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const ImVec2 centre(o.x + width * 0.5f, o.y + height * 0.5f);
    const float box_w = std::min(ui::em(11.0f), width / 4.2f);
    const float box_h = ui::em(3.2f);
    const float rx = width * 0.5f - box_w * 0.5f - ui::em(0.2f);
    const float ry = height * 0.5f - box_h * 0.5f;
    for (std::size_t i = 0; i < method::kKnowledgeAreaCount; ++i) {
        const float angle = -1.5708f + 6.2832f * static_cast<float>(i) / method::kKnowledgeAreaCount;
        const ImVec2 c(centre.x + rx * std::cos(angle), centre.y + ry * std::sin(angle));
        dl->AddLine(centre, c, ImGui::GetColorU32(ImGuiCol_Border), 1.5f);
        const std::string key = "knowledge." + std::string(method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i))) + ".name";
        textBox(dl, ImVec2(c.x - box_w * 0.5f, c.y - box_h * 0.5f), ImVec2(c.x + box_w * 0.5f, c.y + box_h * 0.5f),
                colour(0.86f, 0.91f, 0.97f), tr.text(key), ImGui::GetColorU32(ImGuiCol_Border));
    }
    const float cw = std::min(ui::em(8.0f), box_w);
    textBox(dl, ImVec2(centre.x - cw * 0.5f, centre.y - box_h * 0.5f), ImVec2(centre.x + cw * 0.5f, centre.y + box_h * 0.5f),
            colour(0.85f, 0.94f, 0.87f), tr.text("method.knowledge.centre"), ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::Dummy(ImVec2(width, height));
}

void MethodPagesView::drawLifePositions(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool side_by_side = avail > ui::em(40.0f);
    ui::QuadrantGrid g;
    g.row_labels = {tr.text("review.i_ok"), tr.text("review.i_not_ok")};
    g.column_labels = {tr.text("review.you_ok"), tr.text("review.you_not_ok")};
    g.cell_labels = {tr.text("method.position.ok_ok"), tr.text("method.position.ok_nok"), tr.text("method.position.nok_ok"),
                     tr.text("method.position.nok_nok")};
    g.cell_colours = {colour(0.85f, 0.94f, 0.87f), colour(0.98f, 0.92f, 0.84f), colour(0.98f, 0.92f, 0.84f),
                      colour(0.97f, 0.87f, 0.86f)};
    g.selected = 0;  // the goal
    const float grid_w = side_by_side ? avail * 0.55f : avail;
    // As high as the rest of the page allows, but room for four lines in a cell.
    const float grid_h = std::clamp(ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y, ui::em(10.5f), ui::em(12.0f));
    ui::quadrantGrid("method.positions", ImVec2(grid_w, grid_h), g, false);
    if (side_by_side) ImGui::SameLine(0, ui::em(1.0f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(0.0f);
    subTitle(tr.text("method.hammer.title"));
    ImGui::TextWrapped("%s", tr.text("method.hammer.body"));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

void MethodPagesView::drawSteps(UiContext& ctx) {
    const auto& tr = ctx.tr;
    std::vector<ui::Station> stations;
    for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
        const std::string key = "step." + std::string(method::conversationStepKey(method::conversationStepAt(i)));
        ui::Station s;
        s.state = static_cast<int>(i) == step_ ? ui::StationState::Current : ui::StationState::Open;
        s.label = tr.text(key + ".name");
        s.tooltip = std::to_string(i + 1) + ". " + tr.text(key + ".name");
        stations.push_back(std::move(s));
    }
    const int clicked = ui::stepPath("method.path", stations, step_);
    if (clicked >= 0) step_ = clicked;
    ImGui::Spacing();
    const std::string key = "step." + std::string(method::conversationStepKey(method::conversationStepAt(static_cast<std::size_t>(step_))));
    char text[256];
    std::snprintf(text, sizeof text, tr.text("method.steps.selected"), step_ + 1, tr.text(key + ".name"));
    subTitle(text);
    ui::reportItem("method.step_title");
    for (int c = 1; c <= 3; ++c) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", tr.text(key + ".checkpoint." + std::to_string(c)));
    }
}

void MethodPagesView::drawBalance(UiContext& ctx) {
    const auto& tr = ctx.tr;
    ui::QuadrantGrid g;
    const std::string yes = tr.text("method.balance.yes"), no = tr.text("method.balance.no");
    g.row_labels = {std::string(tr.text("method.balance.customer")) + ": " + yes,
                    std::string(tr.text("method.balance.customer")) + ": " + no};
    g.column_labels = {std::string(tr.text("method.balance.seller")) + ": " + no,
                       std::string(tr.text("method.balance.seller")) + ": " + yes};
    g.cell_labels = {tr.text("method.balance.lose_win"), tr.text("method.balance.win_win"), tr.text("method.balance.lose_lose"),
                     tr.text("method.balance.win_lose")};
    g.cell_colours = {colour(0.98f, 0.92f, 0.84f), colour(0.85f, 0.94f, 0.87f), colour(0.97f, 0.87f, 0.86f),
                      colour(0.98f, 0.92f, 0.84f)};
    g.selected = 1;
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui::em(40.0f));
    ui::quadrantGrid("method.balance", ImVec2(width, ui::em(12.0f)), g, false);
}

void MethodPagesView::drawGoals(UiContext& ctx) {
    const auto& tr = ctx.tr;
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("method.goals", 3, flags)) return;
    ImGui::TableSetupColumn("q", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("arrow", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    for (int i = 1; i <= 6; ++i) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", tr.text("method.goal.q" + std::to_string(i)));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("->");
        ImGui::TableNextColumn();
        ImGui::PushFont(ui::boldFont());
        ImGui::TextWrapped("%s", tr.text("method.goal.a" + std::to_string(i)));
        ImGui::PopFont();
    }
    ImGui::EndTable();
}

void MethodPagesView::drawActivities(UiContext& ctx) {
    const auto& tr = ctx.tr;
    if (ImGui::BeginTable("method.activities", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextColored(ui::kDanger, "%s", tr.text("method.pseudo"));
        for (int i = 1; i <= 5; ++i) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", tr.text("method.pseudo." + std::to_string(i)));
        }
        ImGui::TableNextColumn();
        ImGui::TextColored(ui::kSuccess, "%s", tr.text("method.concrete"));
        for (int i = 1; i <= 3; ++i) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", tr.text("method.concrete." + std::to_string(i)));
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    subTitle(tr.text("method.try"));
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##method.try", dates::withExampleDate(tr, "method.try_hint", ctx.today).c_str(), &try_text_);
    ui::reportItem("method.try");
    if (try_text_.empty()) return;
    // Judged as typed, like `etappe --coach`: the sentence alone must name the date and the person.
    ui::coachVerdict(rules::reviewText(try_text_, ctx.today), tr, ctx.today, "method.coach", false);
}

void MethodPagesView::drawPareto(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const model::Portfolio& portfolio = ctx.portfolio();
    const rules::Classification& result = ctx.classification;
    if (chart_key_ != ctx.derivedKey()) {
        chart_key_ = ctx.derivedKey();
        const bool potential = portfolio.priorities.thresholds.include_potential;
        chart_ = {};
        for (const int index : result.pareto_order) {
            const auto i = static_cast<std::size_t>(index);
            if (i >= portfolio.customers.size() || i >= result.customers.size()) continue;
            const model::Customer& c = portfolio.customers[i];
            const auto cents = c.annual_revenue.cents + (potential ? c.potential.cents : 0);
            chart_.values.push_back(static_cast<double>(std::max<std::int64_t>(cents, 0)));
            chart_.colours.push_back(ImGui::GetColorU32(ui::classColour(result.customers[i].proposed)));
            chart_.line.push_back(result.customers[i].cumulative_share);
        }
    }
    if (chart_.values.empty()) {
        ui::hintText(tr.text("method.abc.empty"));
        return;
    }
    const model::AbcThresholds& t = portfolio.priorities.thresholds;
    char text[160];
    std::vector<ui::ReferenceLine> lines;
    std::snprintf(text, sizeof text, tr.text("priorities.line_a"), t.a_share_percent);
    lines.push_back({t.a_share_percent / 100.0, ImGui::GetColorU32(ui::classColour(method::CustomerClass::A)), text});
    std::snprintf(text, sizeof text, tr.text("priorities.line_ab"), t.a_share_percent + t.b_share_percent);
    lines.push_back({(t.a_share_percent + t.b_share_percent) / 100.0, ImGui::GetColorU32(ui::classColour(method::CustomerClass::B)), text});
    ui::ChartLabels labels;
    std::snprintf(text, sizeof text, tr.text("method.abc.x"), static_cast<int>(chart_.values.size()));
    labels.x = text;
    labels.y = tr.text("method.abc.y");
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float height = std::clamp(avail.y - ImGui::GetStyle().ItemSpacing.y, ui::em(8.0f), ui::em(18.0f));
    ui::barChart("method.pareto", ImVec2(avail.x, height), chart_, lines, labels);
    ui::reportItem("method.pareto");
}

// The five elements, numbered, each with what to prepare.
void MethodPagesView::drawReduced(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const float badge = ImGui::GetFrameHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < method::kReducedElements.size(); ++i) {
        const std::string key = "reduced." + std::string(method::kReducedElements[i]);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        dl->AddCircleFilled(ImVec2(at.x + badge * 0.5f, at.y + badge * 0.5f), badge * 0.5f, ImGui::GetColorU32(ui::kAccent));
        const std::string number = std::to_string(i + 1);
        const ImVec2 size = ImGui::CalcTextSize(number.c_str());
        dl->AddText(ImVec2(at.x + (badge - size.x) * 0.5f, at.y + (badge - size.y) * 0.5f), IM_COL32_WHITE, number.c_str());
        ImGui::Dummy(ImVec2(badge, badge));
        ImGui::SameLine();
        ImGui::BeginGroup();
        subTitle(tr.text(key + ".name"));
        ImGui::TextWrapped("%s", tr.text(key + ".coaching"));
        ImGui::EndGroup();
        ImGui::Spacing();
    }
}

}  // namespace etappe::app
