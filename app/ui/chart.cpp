#include "ui/chart.h"

#include <algorithm>
#include <cstdio>

#include "ui/chart_scale.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace etappe::ui {

namespace {

void drawAxes(ImDrawList* draw, const chart::PlotArea& area) {
    const ImU32 grid = ImGui::GetColorU32(ImVec4(0.0f, 0.0f, 0.0f, 0.08f));
    const ImU32 axis = ImGui::GetColorU32(kMutedText);
    const ImU32 text = ImGui::GetColorU32(kMutedText);
    for (const double tick : chart::kPercentTicks) {
        const float y = chart::yForShare(area, tick);
        if (tick > 0.0) draw->AddLine(ImVec2(area.left, y), ImVec2(area.right, y), grid);
        char label[16];
        std::snprintf(label, sizeof label, "%d %%", static_cast<int>(tick * 100.0 + 0.5));
        const ImVec2 size = ImGui::CalcTextSize(label);
        draw->AddText(ImVec2(area.left - size.x - em(0.4f), y - size.y * 0.5f), text, label);
        draw->AddLine(ImVec2(area.left - em(0.2f), y), ImVec2(area.left, y), axis);
    }
    draw->AddLine(ImVec2(area.left, area.top), ImVec2(area.left, area.bottom), axis);
    draw->AddLine(ImVec2(area.left, area.bottom), ImVec2(area.right, area.bottom), axis);
}

void drawReference(ImDrawList* draw, const chart::PlotArea& area, const ReferenceLine& line) {
    const float y = chart::yForShare(area, line.share);
    for (const auto& [x0, x1] : chart::dashes(area.left, area.right, em(0.5f), em(0.3f))) {
        draw->AddLine(ImVec2(x0, y), ImVec2(x1, y), line.colour, 1.5f);
    }
    if (line.label.empty()) return;
    const ImVec2 size = ImGui::CalcTextSize(line.label.c_str());
    const ImVec2 pos(area.right - size.x - em(0.2f), y - size.y - em(0.1f));
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(ImGuiCol_WindowBg, 0.85f));
    draw->AddText(pos, line.colour, line.label.c_str());
}

}  // namespace

ChartHover barChart(const char* id, ImVec2 size, const BarChartData& data, const std::vector<ReferenceLine>& lines,
                    const ChartLabels& labels) {
    ChartHover hover;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    size.x = std::max(size.x, em(12.0f));
    size.y = std::max(size.y, em(8.0f));
    ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    reportItem(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line_height = ImGui::GetTextLineHeight();
    chart::PlotArea area;
    area.left = origin.x + ImGui::CalcTextSize("100 %").x + em(0.8f);
    area.top = origin.y + line_height * 1.5f;
    area.right = origin.x + size.x - em(0.5f);
    area.bottom = origin.y + size.y - line_height * 1.6f;
    draw->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
    draw->AddRectFilled(ImVec2(area.left, area.top), ImVec2(area.right, area.bottom), ImGui::GetColorU32(ImGuiCol_FrameBg, 0.35f));

    const int items = static_cast<int>(data.values.size());
    const std::vector<chart::Bucket> buckets = chart::makeBuckets(items, area.width(), em(0.25f));
    const std::vector<double> sums = chart::bucketSums(data.values, buckets);
    const double largest = sums.empty() ? 0.0 : *std::max_element(sums.begin(), sums.end());
    const int count = static_cast<int>(buckets.size());
    const float mouse_x = ImGui::GetIO().MousePos.x;
    int hovered_bucket = -1;
    for (int b = 0; b < count; ++b) {
        const chart::Bucket& bucket = buckets[static_cast<std::size_t>(b)];
        const auto [x0, x1] = chart::barSpan(area, b, count);
        const std::size_t middle = static_cast<std::size_t>(bucket.first + bucket.count / 2);
        const ImU32 colour = middle < data.colours.size() ? data.colours[middle] : ImGui::GetColorU32(kAccent);
        const double share = largest > 0.0 ? sums[static_cast<std::size_t>(b)] / largest : 0.0;
        draw->AddRectFilled(ImVec2(x0, chart::yForShare(area, share)), ImVec2(std::max(x1, x0 + 1.0f), area.bottom), colour);
        const auto [slot0, slot1] = chart::barSpan(area, b, count, 0.0f);
        if (hovered && mouse_x >= slot0 && mouse_x < slot1) {
            hover = ChartHover{bucket.first, bucket.count};
            hovered_bucket = b;
        }
    }
    if (hovered_bucket >= 0) {
        const auto [x0, x1] = chart::barSpan(area, hovered_bucket, count, 0.0f);
        draw->AddRectFilled(ImVec2(x0, area.top), ImVec2(x1, area.bottom), ImGui::GetColorU32(ImVec4(0, 0, 0, 0.07f)));
    }

    drawAxes(draw, area);
    for (const ReferenceLine& line : lines) drawReference(draw, area, line);

    if (data.line.size() == data.values.size() && count > 0) {
        std::vector<ImVec2> points;
        points.reserve(buckets.size() + 1);
        points.emplace_back(area.left, area.bottom);
        for (int b = 0; b < count; ++b) {
            const chart::Bucket& bucket = buckets[static_cast<std::size_t>(b)];
            const double share = data.line[static_cast<std::size_t>(bucket.first + bucket.count - 1)];
            points.emplace_back(chart::barSpan(area, b, count, 0.0f).second, chart::yForShare(area, share));
        }
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), data.line_colour, ImDrawFlags_None, 2.0f);
    }

    const ImU32 text = ImGui::GetColorU32(kMutedText);
    draw->AddText(ImVec2(origin.x, origin.y), text, labels.y.c_str());
    const ImVec2 x_size = ImGui::CalcTextSize(labels.x.c_str());
    draw->AddText(ImVec2((area.left + area.right - x_size.x) * 0.5f, area.bottom + line_height * 0.4f), text, labels.x.c_str());
    draw->PopClipRect();
    return hover;
}

}  // namespace etappe::ui
