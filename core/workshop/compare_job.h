#pragma once
// Collect and compare off the UI thread: loading up to 30 participants' files
// and comparing them runs on a worker (std::jthread); the screen polls
// progress() each frame, can cancel(), and takes the finished Comparison once.
#include <atomic>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "workshop/compare.h"

namespace etappe::workshop {

class CompareJob {
public:
    struct Progress {
        std::size_t done = 0;
        std::size_t total = 0;  // two units per file: reading it, comparing it
        float fraction() const { return total ? static_cast<float>(done) / static_cast<float>(total) : 0.0f; }
    };

    CompareJob() = default;
    ~CompareJob();  // cancels and joins
    CompareJob(const CompareJob&) = delete;
    CompareJob& operator=(const CompareJob&) = delete;

    // Starts (cancelling and joining a job still running). `workshop` is the
    // trainer's file as handed out (a copy the worker owns), or none. With
    // `anonymise_in`, the participants are anonymised in that language (see anonymise()).
    void start(std::vector<std::string> paths, std::optional<model::Portfolio> workshop, std::string today,
               std::optional<i18n::Language> anonymise_in = std::nullopt);
    void cancel();                // asks the worker to stop and joins it; no result
    bool running() const;         // started and neither finished nor cancelled
    bool finished() const { return finished_.load(); }
    Progress progress() const { return {done_.load(), total_.load()}; }
    // The result once finished (then the job is idle again), otherwise none.
    std::optional<Comparison> take();
    void wait();  // blocks until the worker ends (tests, benchmarks, the command line)

private:
    std::jthread worker_;
    std::atomic<std::size_t> done_{0};
    std::atomic<std::size_t> total_{0};
    std::atomic<bool> finished_{false};
    std::mutex mutex_;
    std::optional<Comparison> result_;
};

}  // namespace etappe::workshop
