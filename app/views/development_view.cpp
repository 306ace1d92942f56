#include "views/development_view.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "dates/date_format.h"
#include "exports/review_report.h"
#include "i18n/format.h"
#include "rules/reviews.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/review_charts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace etappe::app {

namespace {

constexpr std::array<int, 4> kPeriods = {30, 90, 365, 0};
constexpr std::array<const char*, 4> kPeriodKeys = {"dev.days_30", "dev.days_90", "dev.days_365", "dev.days_all"};

std::string percentText(std::optional<double> share) {
    return share ? std::to_string(static_cast<int>(std::lround(*share * 100.0))) + " %" : "–";
}

std::string pointsText(std::optional<double> change, const i18n::Translator& tr) {
    return change ? i18n::formatPointsChange(*change, tr) : tr.text("dev.no_previous");
}

// A figure tile: big number, label, change against the previous period.
struct Tile {
    const char* id;
    std::string value;
    const char* label;
    std::string change;
};

// The height every tile of the row gets: the tallest value, label and change, each wrapped to the tile's width.
float tileHeight(const std::vector<Tile>& tiles, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float inner = width - 2.0f * style.WindowPadding.x;
    float tallest = 0.0f;
    for (const Tile& t : tiles) {
        ImGui::PushFont(ui::titleFont());
        float height = ImGui::CalcTextSize(t.value.c_str(), nullptr, false, inner).y;
        ImGui::PopFont();
        height += ImGui::CalcTextSize(t.label, nullptr, false, inner).y + ImGui::CalcTextSize(t.change.c_str(), nullptr, false, inner).y;
        tallest = std::max(tallest, height);
    }
    return tallest + 2.0f * style.ItemSpacing.y + 2.0f * style.WindowPadding.y + 2.0f * style.ChildBorderSize;
}

// The widest word of a label: a tile must be at least that wide, or the word breaks inside.
float widestWord(std::string_view text) {
    float widest = 0.0f;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        widest = std::max(widest, ImGui::CalcTextSize(text.data() + start, text.data() + end).x);
        start = end + 1;
    }
    return widest;
}

void tile(const Tile& t, ImVec2 size) {
    ImGui::BeginChild(t.id, size, true, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushFont(ui::titleFont());
    ImGui::TextUnformatted(t.value.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(t.label);
    ui::reportItem(std::string(t.id) + ".label");
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kMutedText);
    ImGui::TextUnformatted(t.change.c_str());
    ImGui::PopStyleColor();
    ui::reportItem(std::string(t.id) + ".change");
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ui::reportItem(t.id);
}

}  // namespace

const rules::Development& DevelopmentView::figures(const UiContext& ctx) {
    return cache_.get(Key{ctx.derivedKey(), days_},
                      [&] { return rules::developmentOf(ctx.portfolio(), ctx.today, days_, &ctx.classification); });
}

void DevelopmentView::draw(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const rules::Development& d = figures(ctx);
    ImGui::BeginChild("##development", ImVec2(0, 0), false);
    // The toolbar wraps where a narrow window (or German) makes it too long for one line.
    ImGui::TextUnformatted(tr.text("dev.period"));
    for (std::size_t i = 0; i < kPeriods.size(); ++i) {
        ui::sameLineOrWrap(ui::checkboxWidth(tr.label(kPeriodKeys[i])));
        if (ImGui::RadioButton(tr.label(kPeriodKeys[i]), days_ == kPeriods[i])) days_ = kPeriods[i];
        ui::reportItem(kPeriodKeys[i]);
    }
    const std::string range = dates::formatIsoDate(d.period.from, tr.language()) + " – " + dates::formatIsoDate(d.period.to, tr.language());
    ui::sameLineOrWrap(ui::textWidth(range.c_str()), ui::em(1.5f));
    ImGui::TextColored(ui::kMutedText, "%s", range.c_str());
    // The three exports stay together: on the period's line when all fit, else from the next line on.
    constexpr std::array<std::pair<const char*, const char*>, 3> kExports = {
        {{"dev.export_md", "development.md"}, {"dev.export_html", "development.html"}, {"dev.export_json", "development.json"}}};
    float exports_width = 0.0f;
    for (const auto& [key, name] : kExports) exports_width += ui::buttonWidth(tr.label(key)) + ImGui::GetStyle().ItemSpacing.x;
    for (const auto& [key, name] : kExports) {
        ui::sameLineOrWrap(key == kExports[0].first ? exports_width : ui::buttonWidth(tr.label(key)));
        if (ImGui::SmallButton(tr.label(key)))
            export_dialog_.show(ui::FileDialog::Mode::Save, ctx.exportFolder(), name, {".md", ".html", ".json"}, "development");
        ui::reportItem(key);
    }
    ui::hintText(tr.text("review.private"));
    if (d.now.reviews == 0) {
        ImGui::Spacing();
        ui::hintText(tr.text("dev.none"));
    } else {
        drawTiles(ctx, d);
        drawCharts(ctx, d);
    }
    ImGui::EndChild();
    if (auto path = export_dialog_.draw(tr)) {
        const auto result = exports::writeDevelopmentReport(*path, d, tr, true);
        if (result.ok()) ctx.rememberExport(*path);
        char text[600];
        std::snprintf(text, sizeof text, tr.text(result.ok() ? "dev.exported" : "review.export_failed"), path->c_str());
        ctx.status(text);
    }
}

void DevelopmentView::drawTiles(UiContext& ctx, const rules::Development& d) {
    const auto& tr = ctx.tr;
    const auto& n = d.now;
    ImGui::TextColored(ui::kMutedText, "%s", tr.text("dev.vs_previous"));
    const auto& c = d.change;
    const std::vector<Tile> tiles = {
        {"dev.tile.reviews", std::to_string(n.reviews), tr.text("dev.reviews"), i18n::formatCountChange(c.reviews)},
        {"dev.tile.completed", percentText(n.completedShare()), tr.text("dev.completed"), pointsText(c.completed, tr)},
        {"dev.tile.ok_ok", percentText(n.okOkShare()), tr.text("dev.ok_ok"), pointsText(c.ok_ok, tr)},
        {"dev.tile.win_win", percentText(n.winWinShare()), tr.text("dev.win_win"), pointsText(c.win_win, tr)},
        {"dev.tile.goal", percentText(n.goalReachedRate()), tr.text("dev.goal_rate"), pointsText(c.goal_reached, tr)},
        {"dev.tile.kept", percentText(n.keptShare()), tr.text("dev.kept"), pointsText(c.kept, tr)},
    };
    // Six tiles a row when every label's widest word fits a sixth of the line (labels wrap between words), else three.
    const float avail = ImGui::GetContentRegionAvail().x;
    const auto tileWidth = [&](int per_row) {
        return (avail - ImGui::GetStyle().ItemSpacing.x * static_cast<float>(per_row - 1)) / static_cast<float>(per_row) - 1.0f;
    };
    float widest = 0.0f;
    for (const Tile& t : tiles) widest = std::max({widest, widestWord(t.label), widestWord(t.change)});
    const float padding = 2.0f * (ImGui::GetStyle().WindowPadding.x + ImGui::GetStyle().ChildBorderSize);
    const int per_row = tileWidth(6) - padding >= widest ? 6 : 3;
    const float width = tileWidth(per_row);
    const ImVec2 size(width, tileHeight(tiles, width));
    int column = 0;
    for (const Tile& t : tiles) {
        if (column > 0) ImGui::SameLine();
        tile(t, size);
        column = (column + 1) % per_row;
    }
}

void DevelopmentView::drawCharts(UiContext& ctx, const rules::Development& d) {
    const auto& tr = ctx.tr;
    const auto& n = d.now;
    std::vector<std::string> months;
    for (const auto& m : d.months) months.push_back(dates::formatMonth(m.month, tr.language(), dates::MonthStyle::Short));
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool two_columns = avail > ui::em(48.0f);
    const float half = two_columns ? (avail - ImGui::GetStyle().ItemSpacing.x) * 0.5f : avail;
    const float chart_height = ui::em(11.0f);
    const auto heading = [](const char* text) {
        ImGui::PushFont(ui::boldFont());
        ImGui::TextUnformatted(text);
        ImGui::PopFont();
    };

    // Outcomes per month, stacked; the mix with its change below.
    ImGui::Spacing();
    ImGui::BeginGroup();
    heading(tr.text("dev.outcomes"));
    ui::StackedBars bars;
    bars.x_labels = months;
    bars.colours = {ImGui::GetColorU32(ui::kSuccess), ImGui::GetColorU32(ui::kAccent), ImGui::GetColorU32(ui::kWarning),
                    ImGui::GetColorU32(ui::kDanger)};
    for (std::size_t i = 0; i < model::kOutcomes.size(); ++i) {
        const std::string key = "review.outcome." + std::string(model::outcomeKey(model::kOutcomes[i]));
        bars.series_names.push_back(tr.text(key));
        bars.series_labels.push_back(std::string(tr.text(key)) + " " + std::to_string(n.outcomes[i]) + " (" +
                                     i18n::formatCountChange(d.change.outcomes[i]) + ")");
    }
    for (const auto& m : d.months) bars.columns.push_back({double(m.outcomes[0]), double(m.outcomes[1]), double(m.outcomes[2]), double(m.outcomes[3])});
    ui::stackedBars("dev.outcomes_chart", ImVec2(half, chart_height), bars);
    ImGui::EndGroup();
    if (two_columns) ImGui::SameLine();

    // Life positions: the share of "OK – OK" per month and the 2×2 of the period.
    ImGui::BeginGroup();
    heading(tr.text("dev.positions_trend"));
    std::vector<std::optional<double>> ok_ok;
    for (const auto& m : d.months) {
        const int placed = m.life_positions[0] + m.life_positions[1] + m.life_positions[2] + m.life_positions[3];
        ok_ok.push_back(placed == 0 ? std::nullopt : std::optional<double>(double(m.life_positions[0]) / placed));
    }
    ui::shareLine("dev.positions_line", ImVec2(half, chart_height), months, ok_ok, ImGui::GetColorU32(ui::kSuccess));
    ImGui::EndGroup();

    ImGui::Spacing();
    ImGui::BeginGroup();
    heading(tr.text("dev.positions"));
    ui::QuadrantGrid grid;
    grid.row_labels = {tr.text("review.i_ok"), tr.text("review.i_not_ok")};
    grid.column_labels = {tr.text("review.you_ok"), tr.text("review.you_not_ok")};
    grid.counts = n.life_positions;
    for (std::size_t cell = 0; cell < 4; ++cell) grid.count_notes[cell] = i18n::formatCountChange(d.change.life_positions[cell]);
    ui::quadrantGrid("dev.positions_grid", ImVec2(std::min(half, ui::em(22.0f)), ui::em(7.0f)), grid, false);
    ImGui::EndGroup();
    if (two_columns) ImGui::SameLine(0, std::max(ImGui::GetStyle().ItemSpacing.x, half - std::min(half, ui::em(22.0f)) + ImGui::GetStyle().ItemSpacing.x));

    // Balance of interests: the quadrants of the period and the share of win–win per month.
    ImGui::BeginGroup();
    heading(tr.text("dev.balance"));
    ui::QuadrantGrid balance;
    balance.row_labels = {tr.text("dev.customer_wins"), tr.text("dev.customer_loses")};
    balance.column_labels = {tr.text("dev.you_lose"), tr.text("dev.you_win")};
    // Cells: top left lose–win, top right win–win, bottom left lose–lose, bottom right win–lose.
    constexpr std::array<std::size_t, 4> kBalanceCells = {2, 0, 3, 1};
    balance.counts = std::array<int, 4>{n.balance[kBalanceCells[0]], n.balance[kBalanceCells[1]], n.balance[kBalanceCells[2]],
                                        n.balance[kBalanceCells[3]]};
    for (std::size_t cell = 0; cell < 4; ++cell) balance.count_notes[cell] = i18n::formatCountChange(d.change.balance[kBalanceCells[cell]]);
    balance.cell_labels = {tr.text("balance.lose_win.short"), tr.text("balance.win_win.short"), tr.text("balance.lose_lose.short"),
                           tr.text("balance.win_lose.short")};
    ui::quadrantGrid("dev.balance_grid", ImVec2(std::min(half, ui::em(28.0f)), ui::em(7.0f)), balance, false);
    ImGui::TextColored(ui::kMutedText, "%s: %s (%s)", tr.text("dev.win_win"), percentText(n.winWinShare()).c_str(),
                       pointsText(d.change.win_win, tr).c_str());
    std::vector<std::optional<double>> win_win;
    for (const auto& m : d.months) {
        const int rated = m.balance[0] + m.balance[1] + m.balance[2] + m.balance[3];
        win_win.push_back(rated == 0 ? std::nullopt : std::optional<double>(double(m.balance[0]) / rated));
    }
    heading(tr.text("dev.balance_trend"));
    ui::shareLine("dev.balance_line", ImVec2(half, ui::em(8.0f)), months, win_win, ImGui::GetColorU32(ui::kAccent));
    ImGui::EndGroup();

    // The 16 steps month by month, the weakest three named with the method's coaching.
    ImGui::Spacing();
    heading(tr.text("dev.steps"));
    ui::hintText(tr.text("dev.steps_hint"));
    ui::HeatMap map;
    map.column_labels = months;
    for (std::size_t s = 0; s < method::kConversationStepCount; ++s) {
        const std::string key = "step." + std::string(method::conversationStepKey(method::conversationStepAt(s)));
        map.row_labels.push_back(std::to_string(s + 1) + " " + tr.text(key + ".name"));
        std::vector<std::optional<double>> row;
        for (const auto& m : d.months) row.push_back(m.steps[s].score());
        map.cells.push_back(std::move(row));
        map.highlighted_rows.push_back(std::find(n.weakest_steps.begin(), n.weakest_steps.end(), static_cast<int>(s)) != n.weakest_steps.end());
    }
    const float map_width = two_columns ? half : avail;
    ui::heatMap("dev.steps_map", ImVec2(map_width, ImGui::GetTextLineHeightWithSpacing() * 17.5f), map);
    if (two_columns) ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(0.0f);
    heading(tr.text("dev.weakest"));
    if (n.weakest_steps.empty()) ui::hintText(tr.text("dev.weakest_none"));
    for (const int step : n.weakest_steps) {
        const auto s = static_cast<std::size_t>(step);
        const std::string key = "step." + std::string(method::conversationStepKey(method::conversationStepAt(s)));
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kDanger);
        ImGui::TextWrapped("%d · %s", step + 1, tr.text(key + ".name"));
        ImGui::PopStyleColor();
        char score[160];
        std::snprintf(score, sizeof score, tr.text("dev.step_score"), static_cast<int>(std::lround(n.steps[s].score().value_or(0.0) * 100.0)),
                      n.steps[s].rated, pointsText(d.change.step_scores[s], tr).c_str());
        ui::hintText(score);
        ui::reportItem("dev.weakest_change." + std::to_string(step));
        ImGui::TextWrapped("%s", tr.text(key + ".coaching"));
        ui::reportItem("dev.weakest." + std::to_string(step));
        ImGui::Spacing();
    }
    // Commitments and whether they were kept.
    heading(tr.text("dev.commitments"));
    char line[300];
    std::snprintf(line, sizeof line, tr.text("dev.commitments_line"), n.commitments_made,
                  i18n::formatCountChange(d.change.commitments_made).c_str(), n.commitments_asked,
                  i18n::formatCountChange(d.change.commitments_asked).c_str(), percentText(n.keptShare()).c_str(),
                  pointsText(d.change.kept, tr).c_str());
    ImGui::TextWrapped("%s", line);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace etappe::app
