#include "shell/sample_case.h"

#include <cstdlib>
#include <filesystem>
#include <utility>

#include "dates/iso_date.h"

namespace etappe::app {

std::string installedAssetsDir(const std::string& executable) {
    const std::filesystem::path data = std::filesystem::path(executable).parent_path() / ETAPPE_DATA_FROM_BIN;
    std::error_code ignored;
    if (!std::filesystem::is_regular_file(data / "sample" / "sample.etappe", ignored)) return {};
    return data.lexically_normal().string();
}

std::string assetsDir() {
    if (const char* dir = std::getenv("ETAPPE_ASSETS_DIR"); dir && *dir) return dir;
    std::error_code failed;
    const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", failed);
    if (!failed) {
        if (std::string installed = installedAssetsDir(executable.string()); !installed.empty()) return installed;
    }
    return ETAPPE_SOURCE_ASSETS;
}

std::string sampleCasePath() { return assetsDir() + "/sample/sample.etappe"; }

namespace {

// The sample's activities and meetings are written around this day. Opening it
// moves them to today, so a workshop always sees overdue, today and next week. Its
// texts speak of time relative to this day ("in six weeks"), never by date, so they
// stay true after the move.
constexpr std::string_view kSampleToday = "2026-11-23";

void shiftDate(std::string& iso, int days) {
    if (dates::isIsoDate(iso)) iso = dates::addDays(iso, days);
}

// Calendar months clamp the day, so 29 February lands on the 28th in a common year.
void shiftYear(std::string& iso, int years) {
    if (std::string moved = dates::addMonths(iso, 12 * years); !moved.empty()) iso = std::move(moved);
}

}  // namespace

void moveSampleToToday(model::Portfolio& portfolio, std::string_view today) {
    const auto days = dates::daysBetween(kSampleToday, today);
    if (!days || *days == 0) return;
    for (auto& activity : portfolio.activities) shiftDate(activity.date, *days);
    for (auto& customer : portfolio.customers) {
        for (auto& plan : customer.plans) shiftDate(plan.date, *days);
        shiftDate(customer.reduced_plan.date, *days);  // the next B/C contact is a meeting in the calendar too
    }
    for (auto& review : portfolio.reviews) {  // the reviews follow their meetings
        shiftDate(review.meeting_date, *days);
        shiftDate(review.reviewed_on, *days);
    }
    // Goals are yearly: they move by whole years, to stay the goals of the current year.
    const int this_year = dates::dateParts(today)->year;  // a date: daysBetween above read it
    const int sample_year_number = dates::dateParts(kSampleToday)->year;
    const int years = this_year - sample_year_number;
    for (auto& goals : portfolio.goal_plans) {
        shiftYear(goals.period_start, years);
        shiftYear(goals.deadline, years);
        const std::string sample_year = std::to_string(sample_year_number);
        if (years != 0 && goals.title.ends_with(sample_year))
            goals.title.replace(goals.title.size() - sample_year.size(), sample_year.size(), std::to_string(this_year));
        for (auto& booking : goals.bookings) shiftYear(booking.date, years);
    }
}

storage::LoadResult loadSampleCase(std::string_view today) {
    storage::LoadResult result = storage::loadPortfolioFile(sampleCasePath());
    if (result.ok()) moveSampleToToday(*result.portfolio, today);
    return result;
}

}  // namespace etappe::app
