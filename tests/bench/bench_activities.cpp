#include "bench.h"
#include "rules/agenda.h"
#include "synthetic_portfolio.h"

namespace etappe::bench {

namespace {
constexpr const char* kToday = "2026-11-23";

// 100,000 activities on 2,000 customers, dated over two years centred on
// today, with a realistic mix: most planned, some done or cancelled, a few
// undated, a quarter without a time.
model::Portfolio activityPortfolio() {
    model::Portfolio p = testing::syntheticPortfolio(2000);
    p.activities.reserve(100'000);
    for (int i = 0; i < 100'000; ++i) {
        model::Activity a;
        a.id = p.allocateId();
        a.customer_id = p.customers[static_cast<std::size_t>(i % 2000)].id;
        a.date = i % 41 == 0 ? std::string{} : rules::addDays(kToday, (i * 7919) % 730 - 365);
        a.time = i % 4 == 0 ? std::string{} : std::to_string(10 + i % 10) + ":" + std::to_string(10 + i % 50);
        a.action = "Konzept vorstellen – Angebot " + std::to_string(i);
        a.status = i % 10 < 6 ? model::ActivityStatus::Planned
                   : i % 10 < 9 ? model::ActivityStatus::Done
                                : model::ActivityStatus::Cancelled;
        p.activities.push_back(std::move(a));
    }
    return p;
}
}  // namespace

// The agenda of a heavy portfolio: built once per edit, then served from the cache every frame.
bool benchActivities() {
    const model::Portfolio p = activityPortfolio();
    std::size_t sink = 0;
    const double build_ms = medianMs(21, [&] { sink += rules::buildAgenda(p, kToday).entries.size(); });
    bool ok = report("agenda build, 100,000 activities", build_ms, "ms", 20.0);

    rules::AgendaCache cache;
    cache.get(p, 1, kToday);
    // One get is far below the clock's resolution; time 10,000 and divide.
    const double cached_ms = medianMs(21, [&] {
                                 for (int i = 0; i < 10'000; ++i) sink += cache.get(p, 1, kToday).entries.size();
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
