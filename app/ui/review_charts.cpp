#include "ui/review_charts.h"

#include <algorithm>
#include <cstdio>

#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/review_charts_layout.h"
#include "ui/theme.h"

namespace etappe::ui {

namespace {

namespace layout = review_layout;

ImU32 muted() { return ImGui::GetColorU32(kMutedText); }
ImU32 textColour() { return ImGui::GetColorU32(ImGuiCol_Text); }
ImU32 lineColour() { return ImGui::GetColorU32(ImVec4(0.0f, 0.0f, 0.0f, 0.25f)); }

ImU32 mix(ImVec4 a, ImVec4 b, float t) {
    return ImGui::GetColorU32(ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f));
}

// Text centred in a box, wrapped to its width, clipped to it.
void centredText(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour, const std::string& text) {
    if (text.empty()) return;
    const float wrap = std::max(max.x - min.x - em(0.4f), em(2.0f));
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const ImVec2 pos(min.x + (max.x - min.x - size.x) * 0.5f, min.y + std::max(0.0f, (max.y - min.y - size.y) * 0.5f));
    draw->PushClipRect(min, max, true);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, colour, text.c_str(), nullptr, wrap);
    draw->PopClipRect();
}

// X labels under a plot, thinned out so none overlaps its neighbour.
void xLabels(ImDrawList* draw, float left, float right, float y, const std::vector<std::string>& labels) {
    const int count = static_cast<int>(labels.size());
    if (count == 0) return;
    float widest = 0.0f;
    for (const auto& label : labels) widest = std::max(widest, ImGui::CalcTextSize(label.c_str()).x);
    const int stride = layout::labelStride((right - left) / static_cast<float>(count), widest, em(0.6f));
    for (int i = 0; i < count; i += stride) {
        const auto [x0, x1] = layout::cellSpan(left, right, i, count);
        const ImVec2 size = ImGui::CalcTextSize(labels[static_cast<std::size_t>(i)].c_str());
        // Centred under its slot, but never past the plot's ends.
        const float x = std::clamp((x0 + x1 - size.x) * 0.5f, left - size.x * 0.5f, right - size.x);
        draw->AddText(ImVec2(x, y), muted(), labels[static_cast<std::size_t>(i)].c_str());
    }
}

void percentAxis(ImDrawList* draw, float left, float top, float right, float bottom) {
    for (const double tick : {0.0, 0.5, 1.0}) {
        const float y = bottom - static_cast<float>(tick) * (bottom - top);
        char label[16];
        std::snprintf(label, sizeof label, "%d %%", static_cast<int>(tick * 100.0 + 0.5));
        const ImVec2 size = ImGui::CalcTextSize(label);
        draw->AddText(ImVec2(left - size.x - em(0.3f), y - size.y * 0.5f), muted(), label);
        draw->AddLine(ImVec2(left, y), ImVec2(right, y), ImGui::GetColorU32(ImVec4(0, 0, 0, tick > 0.0 ? 0.08f : 0.3f)));
    }
}

}  // namespace

ImU32 scoreColour(double score) {
    const float t = static_cast<float>(std::clamp(score, 0.0, 1.0));
    const ImVec4 red(0.80f, 0.25f, 0.22f, 1.0f), amber(0.95f, 0.70f, 0.20f, 1.0f), green(0.25f, 0.62f, 0.35f, 1.0f);
    return t < 0.5f ? mix(red, amber, t * 2.0f) : mix(amber, green, (t - 0.5f) * 2.0f);
}

int quadrantGrid(const char* id, ImVec2 size, const QuadrantGrid& grid, bool clickable) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    reportItem(id);
    const bool clicked = clickable && ImGui::IsItemClicked();
    const bool hovered = clickable && ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float row_label_width = 0.0f;
    for (const auto& label : grid.row_labels) row_label_width = std::max(row_label_width, ImGui::CalcTextSize(label.c_str()).x);
    row_label_width = std::min(row_label_width + em(0.5f), size.x * 0.3f);
    const float header = ImGui::GetTextLineHeightWithSpacing();
    const float left = origin.x + row_label_width;
    const float top = origin.y + header;
    const float right = origin.x + size.x;
    const float bottom = origin.y + size.y;
    int max_count = 0;
    if (grid.counts) max_count = *std::max_element(grid.counts->begin(), grid.counts->end());
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const int hover_column = layout::halfOf(left, right, mouse.x);
    const int hover_row = layout::halfOf(top, bottom, mouse.y);
    int result = -1;
    for (int row = 0; row < 2; ++row) {
        const auto [y0, y1] = layout::cellSpan(top, bottom, row, 2);
        centredText(draw, ImVec2(origin.x, y0), ImVec2(left - em(0.3f), y1), muted(), grid.row_labels[static_cast<std::size_t>(row)]);
        for (int column = 0; column < 2; ++column) {
            const auto [x0, x1] = layout::cellSpan(left, right, column, 2);
            const int cell = row * 2 + column;
            const ImVec2 min(x0 + 1.0f, y0 + 1.0f), max(x1 - 1.0f, y1 - 1.0f);
            ImU32 fill = grid.cell_colours[static_cast<std::size_t>(cell)];
            if (grid.counts) {
                const float t = max_count == 0 ? 0.0f : static_cast<float>((*grid.counts)[static_cast<std::size_t>(cell)]) / static_cast<float>(max_count);
                fill = mix(ImVec4(0.96f, 0.97f, 0.98f, 1.0f), kAccent, 0.1f + 0.8f * t);
            }
            draw->AddRectFilled(min, max, fill, em(0.25f));
            const bool is_hovered = hovered && hover_row == row && hover_column == column;
            if (is_hovered) draw->AddRect(min, max, ImGui::GetColorU32(kAccent), em(0.25f), 0, 1.5f);
            if (grid.selected == cell) draw->AddRect(min, max, ImGui::GetColorU32(kAccent), em(0.25f), 0, 3.5f);
            std::string text = grid.cell_labels[static_cast<std::size_t>(cell)];
            if (grid.counts) {
                const std::string& note = grid.count_notes[static_cast<std::size_t>(cell)];
                text = std::to_string((*grid.counts)[static_cast<std::size_t>(cell)]) + (note.empty() ? "" : " (" + note + ")") +
                       (text.empty() ? "" : "\n" + text);
            }
            const bool dark = grid.counts && max_count > 0 &&
                              (*grid.counts)[static_cast<std::size_t>(cell)] * 2 > max_count;
            centredText(draw, min, max, dark ? IM_COL32_WHITE : textColour(), text);
            if (clicked && is_hovered) result = cell;
        }
    }
    for (int column = 0; column < 2; ++column) {
        const auto [x0, x1] = layout::cellSpan(left, right, column, 2);
        centredText(draw, ImVec2(x0, origin.y), ImVec2(x1, top), muted(), grid.column_labels[static_cast<std::size_t>(column)]);
    }
    return result;
}

void balanceSquare(const char* id, ImVec2 size, const BalanceSquare& square) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    reportItem(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    const float left = origin.x + em(0.3f);
    const float right = origin.x + size.x - em(0.3f);
    const float top = origin.y + line * 1.3f;
    const float bottom = origin.y + size.y - line * 1.4f;
    const float split_x = layout::axisPosition(left, right, square.met_from) - (right - left) / 20.0f;
    const float split_y = layout::axisPosition(bottom, top, square.met_from) + (bottom - top) / 20.0f;
    // Quadrants: top left lose–win, top right win–win, bottom left lose–lose, bottom right win–lose.
    const std::array<std::pair<ImVec2, ImVec2>, 4> areas = {{{ImVec2(left, top), ImVec2(split_x, split_y)},
                                                             {ImVec2(split_x, top), ImVec2(right, split_y)},
                                                             {ImVec2(left, split_y), ImVec2(split_x, bottom)},
                                                             {ImVec2(split_x, split_y), ImVec2(right, bottom)}}};
    for (std::size_t i = 0; i < 4; ++i) {
        draw->AddRectFilled(areas[i].first, areas[i].second, square.quadrant_colours[i]);
        centredText(draw, areas[i].first, areas[i].second, muted(), square.quadrant_labels[i]);
    }
    draw->AddRect(ImVec2(left, top), ImVec2(right, bottom), lineColour());
    const ImVec2 xs = ImGui::CalcTextSize(square.x_label.c_str());
    draw->AddText(ImVec2((left + right - xs.x) * 0.5f, bottom + line * 0.2f), muted(), square.x_label.c_str());
    // ImGui 1.86 draws no rotated text: the y axis is named above the square.
    draw->AddText(ImVec2(left, origin.y), muted(), square.y_label.c_str());
    if (square.own >= 0 && square.customer >= 0) {
        const ImVec2 point(layout::axisPosition(left, right, square.own), layout::axisPosition(bottom, top, square.customer));
        draw->AddCircleFilled(point, em(0.45f), ImGui::GetColorU32(kAccent));
        draw->AddCircle(point, em(0.45f), IM_COL32_WHITE, 0, 2.0f);
    }
}

void stackedBars(const char* id, ImVec2 size, const StackedBars& bars) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    reportItem(id);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    // Legend on top, in as many rows as needed.
    float x = origin.x;
    float y = origin.y;
    for (std::size_t s = 0; s < bars.series_labels.size(); ++s) {
        const float w = em(1.2f) + ImGui::CalcTextSize(bars.series_labels[s].c_str()).x + em(0.8f);
        if (x + w > origin.x + size.x && x > origin.x) {
            x = origin.x;
            y += line * 1.2f;
        }
        draw->AddRectFilled(ImVec2(x, y + line * 0.15f), ImVec2(x + em(0.8f), y + line * 0.85f), bars.colours[s]);
        draw->AddText(ImVec2(x + em(1.1f), y), textColour(), bars.series_labels[s].c_str());
        x += w;
    }
    double largest = 0.0;
    for (const auto& column : bars.columns) {
        double sum = 0.0;
        for (double v : column) sum += v;
        largest = std::max(largest, sum);
    }
    const float left = origin.x + ImGui::CalcTextSize("000").x + em(0.6f);
    const float right = origin.x + size.x;
    const float top = y + line * 1.6f;
    const float bottom = origin.y + size.y - line * 1.4f;
    draw->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), lineColour());
    if (largest > 0.0) {
        const int top_value = static_cast<int>(largest + 0.5);
        char label[16];
        for (const int tick : {0, top_value}) {
            const float ty = bottom - (bottom - top) * static_cast<float>(tick / largest);
            std::snprintf(label, sizeof label, "%d", tick);
            const ImVec2 s = ImGui::CalcTextSize(label);
            draw->AddText(ImVec2(left - s.x - em(0.3f), ty - s.y * 0.5f), muted(), label);
            if (tick > 0) draw->AddLine(ImVec2(left, ty), ImVec2(right, ty), ImGui::GetColorU32(ImVec4(0, 0, 0, 0.08f)));
        }
    }
    const int count = static_cast<int>(bars.columns.size());
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (int c = 0; c < count; ++c) {
        auto [x0, x1] = layout::cellSpan(left, right, c, count);
        const float gap = (x1 - x0) * 0.2f;
        x0 += gap;
        x1 -= gap;
        float base = bottom;
        double sum = 0.0;
        for (std::size_t s = 0; s < bars.columns[static_cast<std::size_t>(c)].size(); ++s) {
            const double v = bars.columns[static_cast<std::size_t>(c)][s];
            sum += v;
            if (v <= 0.0 || largest <= 0.0) continue;
            const float h = (bottom - top) * static_cast<float>(v / largest);
            draw->AddRectFilled(ImVec2(x0, base - h), ImVec2(x1, base), bars.colours[s]);
            base -= h;
        }
        if (hovered && mouse.x >= x0 && mouse.x <= x1) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(bars.x_labels[static_cast<std::size_t>(c)].c_str());
            const auto& names = bars.series_names.empty() ? bars.series_labels : bars.series_names;
            for (std::size_t s = 0; s < names.size(); ++s)
                ImGui::Text("%s: %d", names[s].c_str(), static_cast<int>(bars.columns[static_cast<std::size_t>(c)][s]));
            ImGui::EndTooltip();
        }
        (void)sum;
    }
    xLabels(draw, left, right, bottom + line * 0.2f, bars.x_labels);
}

void shareLine(const char* id, ImVec2 size, const std::vector<std::string>& x_labels,
               const std::vector<std::optional<double>>& shares, ImU32 colour) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    reportItem(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    const float left = origin.x + ImGui::CalcTextSize("100 %").x + em(0.6f);
    const float right = origin.x + size.x - em(0.3f);
    const float top = origin.y + line * 0.6f;
    const float bottom = origin.y + size.y - line * 1.4f;
    percentAxis(draw, left, top, right, bottom);
    const int count = static_cast<int>(shares.size());
    std::optional<ImVec2> previous;
    for (int i = 0; i < count; ++i) {
        const auto& share = shares[static_cast<std::size_t>(i)];
        if (!share) {
            previous.reset();
            continue;
        }
        const auto [x0, x1] = layout::cellSpan(left, right, i, count);
        const ImVec2 point((x0 + x1) * 0.5f, bottom - (bottom - top) * static_cast<float>(std::clamp(*share, 0.0, 1.0)));
        if (previous) draw->AddLine(*previous, point, colour, 2.5f);
        draw->AddCircleFilled(point, em(0.25f), colour);
        previous = point;
    }
    xLabels(draw, left, right, bottom + line * 0.2f, x_labels);
}

void heatMap(const char* id, ImVec2 size, const HeatMap& map) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    reportItem(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    float label_width = 0.0f;
    for (const auto& label : map.row_labels) label_width = std::max(label_width, ImGui::CalcTextSize(label.c_str()).x);
    label_width = std::min(label_width + em(0.8f), size.x * 0.45f);
    const float left = origin.x + label_width;
    const float right = origin.x + size.x;
    const float top = origin.y;
    const float bottom = origin.y + size.y - line * 1.4f;
    const int rows = static_cast<int>(map.row_labels.size());
    const int columns = static_cast<int>(map.column_labels.size());
    for (int r = 0; r < rows; ++r) {
        const auto [y0, y1] = layout::cellSpan(top, bottom, r, rows);
        const bool strong = r < static_cast<int>(map.highlighted_rows.size()) && map.highlighted_rows[static_cast<std::size_t>(r)];
        const std::string& label = map.row_labels[static_cast<std::size_t>(r)];
        draw->PushClipRect(ImVec2(origin.x, y0), ImVec2(left - em(0.3f), y1), true);
        if (strong) draw->AddRectFilled(ImVec2(origin.x, y0), ImVec2(left - em(0.3f), y1), ImGui::GetColorU32(ImVec4(0.80f, 0.25f, 0.22f, 0.15f)));
        draw->AddText(ImVec2(origin.x + em(0.2f), (y0 + y1 - line) * 0.5f), strong ? ImGui::GetColorU32(kDanger) : textColour(), label.c_str());
        draw->PopClipRect();
        for (int c = 0; c < columns; ++c) {
            const auto [x0, x1] = layout::cellSpan(left, right, c, columns);
            const auto& cell = map.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            const ImVec2 min(x0 + 1.0f, y0 + 1.0f), max(x1 - 1.0f, y1 - 1.0f);
            if (cell) draw->AddRectFilled(min, max, scoreColour(*cell));
            else draw->AddRect(min, max, ImGui::GetColorU32(ImVec4(0, 0, 0, 0.08f)));
        }
    }
    xLabels(draw, left, right, bottom + line * 0.2f, map.column_labels);
}

}  // namespace etappe::ui
