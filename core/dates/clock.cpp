#include "dates/clock.h"

#include <cstdio>
#include <ctime>

namespace etappe::dates {

namespace {

struct Parts {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, milli = 0;
};

Parts split(std::int64_t unix_ms) {
    const std::int64_t seconds = unix_ms >= 0 ? unix_ms / 1000 : (unix_ms - 999) / 1000;
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return Parts{tm.tm_year + 1900,
                 tm.tm_mon + 1,
                 tm.tm_mday,
                 tm.tm_hour,
                 tm.tm_min,
                 tm.tm_sec,
                 static_cast<int>(unix_ms - seconds * 1000)};
}

std::optional<std::int64_t> join(const Parts& p) {
    const bool clock_ok = p.hour >= 0 && p.hour <= 23 && p.minute >= 0 && p.minute <= 59 && p.second >= 0 &&
                          p.second <= 60 && p.milli >= 0 && p.milli <= 999;
    if (!clock_ok || p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) {
        return std::nullopt;
    }
    std::tm tm{};
    tm.tm_year = p.year - 1900;
    tm.tm_mon = p.month - 1;
    tm.tm_mday = p.day;
    tm.tm_hour = p.hour;
    tm.tm_min = p.minute;
    tm.tm_sec = p.second;
    return static_cast<std::int64_t>(timegm(&tm)) * 1000 + p.milli;
}

// sscanf with %n confirms the whole text was consumed, so "…123junk" fails.
template <typename... Fields>
bool scanAll(std::string_view text, const char* format, Fields*... fields) {
    const std::string copy(text);
    int consumed = -1;
    const int matched = std::sscanf(copy.c_str(), format, fields..., &consumed);
    return matched == static_cast<int>(sizeof...(Fields)) && consumed == static_cast<int>(copy.size());
}

}  // namespace

LocalDateTime localDateTime(std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    localtime_r(&seconds, &local);
    char date[16];
    char time[8];
    std::strftime(date, sizeof date, "%Y-%m-%d", &local);
    std::strftime(time, sizeof time, "%H:%M", &local);
    return {date, time};
}

std::string todayIso() {
    return localDateTime(std::chrono::system_clock::now()).date;
}

std::int64_t nowUnixMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string compactUtc(std::int64_t unix_ms) {
    const Parts p = split(unix_ms);
    char text[64];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02d%03d", p.year, p.month, p.day, p.hour, p.minute,
                  p.second, p.milli);
    return text;
}

std::optional<std::int64_t> parseCompactUtc(std::string_view text) {
    Parts p;
    if (text.size() != 18) return std::nullopt;
    if (!scanAll(text, "%4d%2d%2dT%2d%2d%2d%3d%n", &p.year, &p.month, &p.day, &p.hour, &p.minute, &p.second,
                 &p.milli)) {
        return std::nullopt;
    }
    return join(p);
}

std::string isoUtc(std::int64_t unix_ms) {
    const Parts p = split(unix_ms);
    char text[80];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", p.year, p.month, p.day, p.hour, p.minute,
                  p.second, p.milli);
    return text;
}

std::optional<std::int64_t> parseIsoUtc(std::string_view text) {
    Parts p;
    if (text.size() != 24) return std::nullopt;
    if (!scanAll(text, "%4d-%2d-%2dT%2d:%2d:%2d.%3dZ%n", &p.year, &p.month, &p.day, &p.hour, &p.minute, &p.second,
                 &p.milli)) {
        return std::nullopt;
    }
    return join(p);
}

std::string basicUtc(std::int64_t unix_ms) {
    const Parts p = split(unix_ms);
    char text[64];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02dZ", p.year, p.month, p.day, p.hour, p.minute, p.second);
    return text;
}

}  // namespace etappe::dates
