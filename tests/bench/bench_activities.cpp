#include "bench.h"
#include "rules/agenda.h"
#include "rules/derived.h"
#include "synthetic_portfolio.h"
#include "synthetic_activities.h"

namespace etappe::bench {

namespace {
constexpr const char* kToday = "2026-11-23";

}  // namespace

// The agenda of a heavy portfolio: built once per edit, then served from the cache every frame.
bool benchActivities() {
    const model::Portfolio p = testing::activityPortfolio(kToday);
    std::size_t sink = 0;
    const double build_ms = medianMs(21, [&] { sink += rules::buildAgenda(p, kToday).entries.size(); });
    bool ok = report("agenda build, 100,000 activities", build_ms, "ms", 20.0);

    rules::Derived<rules::Agenda> cache;
    const rules::DerivedKey key{1, kToday};
    const auto build = [&] { return rules::buildAgenda(p, kToday); };
    cache.get(key, build);
    // One get is far below the clock's resolution; time 10,000 and divide.
    const double cached_ms = medianMs(21, [&] {
                                 for (int i = 0; i < 10'000; ++i) sink += cache.get(key, build).entries.size();
                             }) /
                             10'000.0;
    ok &= report("agenda from the cache (same revision and day)", cached_ms, "ms", 0.01);
    if (cache.recomputations() != 1 || sink == 0) {
        std::printf("  agenda cache recomputed %d times (expected 1)\n", cache.recomputations());
        ok = false;
    }
    return ok;
}

}  // namespace etappe::bench
