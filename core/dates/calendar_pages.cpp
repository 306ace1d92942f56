#include "dates/calendar_pages.h"

#include "dates/iso_date.h"

namespace etappe::dates {

namespace {
std::vector<std::string> daysFromTo(std::int64_t first, std::int64_t last) {
    std::vector<std::string> days;
    days.reserve(static_cast<std::size_t>(last - first + 1));
    for (std::int64_t d = first; d <= last; ++d) days.push_back(isoFromDayNumber(d));
    return days;
}
}  // namespace

std::vector<std::string> monthGrid(std::string_view anchor_iso) {
    const auto anchor = dayNumber(anchor_iso);
    if (!anchor) return {};
    const auto part = [&](std::size_t pos, std::size_t count) {
        return std::stoi(std::string(anchor_iso.substr(pos, count)));
    };
    const std::int64_t first = *anchor - (part(8, 2) - 1);
    const std::int64_t last = first + daysInMonth(part(0, 4), part(5, 2)) - 1;
    return daysFromTo(first - weekdayOfDayNumber(first), last + 6 - weekdayOfDayNumber(last));
}

std::vector<std::string> weekDays(std::string_view anchor_iso) {
    const auto anchor = dayNumber(anchor_iso);
    if (!anchor) return {};
    const std::int64_t monday = *anchor - weekdayOfDayNumber(*anchor);
    return daysFromTo(monday, monday + 6);
}

std::string turnPage(std::string_view anchor_iso, PageKind kind, int pages) {
    std::string turned = kind == PageKind::Month ? addMonths(anchor_iso, pages) : addDays(anchor_iso, 7 * pages);
    return turned.empty() ? std::string(anchor_iso) : turned;
}

}  // namespace etappe::dates
