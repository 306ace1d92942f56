#pragma once
// Tiny benchmark harness: each measurement is repeated and its median printed
// next to the target from the issue.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace etappe::bench {

inline double medianOf(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    return n == 0 ? 0.0 : (n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0);
}

// Runs `work` `runs` times and returns the median in milliseconds.
inline double medianMs(int runs, const std::function<void()>& work) {
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        samples.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return medianOf(samples);
}

// Prints one line "name: value unit (target <= t unit) OK|OVER" and returns whether it met the target.
inline bool report(const char* name, double value, const char* unit, double target) {
    const bool ok = value <= target;
    std::printf("%-48s %10.3f %-3s (target <= %g %s) %s\n", name, value, unit, target, unit, ok ? "OK" : "OVER");
    return ok;
}

// Each benchmark file defines one of these; bench_main.cpp runs them all.
bool benchStorage();
bool benchHistory();
bool benchCustomersView();
bool benchActivities();
bool benchActivitiesView();
bool benchClassification();
bool benchAutosave();
bool benchBriefPdf();
bool benchCsv();
bool benchReviews();
bool benchWorkshopCompare();

}  // namespace etappe::bench
