// Autosave of a large portfolio (10,000 customers x 5 plans, ~100 MB of JSON)
// while the UI keeps drawing: frames call session.tick and read the portfolio
// like a view does, and the longest frame must stay within one 60 Hz frame.
#include <stdlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "bench.h"
#include "history/edit.h"
#include "shell/session.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"

namespace etappe::bench {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// What a screen reads per frame: the visible rows and one pass over all
// customers (a total in the header).
std::int64_t readLikeAView(const model::Portfolio& portfolio) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < std::min<std::size_t>(40, portfolio.customers.size()); ++i) {
        const model::Customer& c = portfolio.customers[i];
        sum += static_cast<std::int64_t>(c.name.size() + c.plans.size());
    }
    for (const model::Customer& c : portfolio.customers) sum += c.annual_revenue.cents;
    return sum;
}

struct FrameTimes {
    std::vector<double> ms;
    double save_ms = 0;
    bool failed = false;
};

// Makes a change, lets it come due and draws frames (about 2 ms apart) until
// the background save has been collected. `edit_every` > 0 also edits during the save.
FrameTimes framesDuringAutosave(app::DocumentSession& session, int edit_every) {
    FrameTimes times;
    auto& document = session.document();
    const auto retitle = [&](int n) {
        document.apply(history::changeTitle(document.portfolio().title, "Benchmark " + std::to_string(n)));
    };
    retitle(0);
    const auto t0 = Clock::now();
    const auto now = [&] { return 100.0 + std::chrono::duration<double>(Clock::now() - t0).count(); };
    session.tick(now());
    std::this_thread::sleep_for(std::chrono::duration<double>(app::DocumentSession::kAutosaveDelay));
    volatile std::int64_t sink = 0;
    const auto save_start = Clock::now();
    for (int frame = 0; frame < 100'000; ++frame) {
        const auto start = Clock::now();
        if (session.tick(now())) times.failed = true;
        if (edit_every > 0 && frame % edit_every == edit_every - 1) retitle(frame);
        sink = sink + readLikeAView(document.portfolio());
        times.ms.push_back(msSince(start));
        if (frame > 0 && !session.isAutosaving()) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    times.save_ms = msSince(save_start);
    return times;
}

}  // namespace

bool benchAutosave() {
    std::string pattern = "/tmp/etappe-bench-XXXXXX";
    if (!::mkdtemp(pattern.data())) return false;
    const std::string path = pattern + "/portfolio.etappe";
    bool all_ok = storage::savePortfolioFile(path, testing::syntheticPortfolio(10000, 2, 5)).ok();

    app::DocumentSession session;
    all_ok &= !session.open(path).has_value();
    const model::Portfolio& portfolio = session.document().portfolio();
    // Why nobody copies during a save: the worker keeps a mirror that follows the edits.
    const double copy_ms = medianMs(5, [&] {
        const model::Portfolio copy = portfolio;
        all_ok &= copy.customers.size() == portfolio.customers.size();
    });

    const FrameTimes reading = framesDuringAutosave(session, 0);
    const FrameTimes editing = framesDuringAutosave(session, 10);
    all_ok &= !reading.failed && !editing.failed;
    all_ok &= !session.saveOnQuit().has_value() && !session.document().isDirty();

    std::printf("%-48s %10.3f ms  (once per opened file, on the worker)\n", "autosave: copy 10,000 customers x 5 plans", copy_ms);
    bool ok = report("autosave: longest frame while saving 100 MB", *std::max_element(reading.ms.begin(), reading.ms.end()),
                     "ms", 16.0);
    std::printf("%-48s %10.3f ms  over %zu frames, save took %.0f ms\n", "autosave: median frame while saving",
                medianOf(reading.ms), reading.ms.size(), reading.save_ms);
    ok &= report("autosave: longest frame, editing while saving", *std::max_element(editing.ms.begin(), editing.ms.end()),
                 "ms", 16.0);
    if (!all_ok) std::printf("autosave: a save or load failed during the benchmark\n");

    std::error_code ignored;
    std::filesystem::remove_all(pattern, ignored);
    return ok && all_ok;
}

}  // namespace etappe::bench
