#pragma once
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "history/document.h"
#include "storage/portfolio_file.h"

namespace etappe::app {

// One save running on a worker thread. Copying a 10,000-customer portfolio
// takes 30–70 ms and serialising it ~400 ms, so the worker does both: it takes
// the document's snapshot (which only blocks the UI if the user changes
// something during the copy), writes it and frees it. The UI thread starts the
// save and collects the outcome; the outcome carries no portfolio.
// The worker thread lives as long as this object: a thread that has freed
// 100 MB takes ~20 ms to exit, which a join on the UI thread would wait for.
class BackgroundSave {
public:
    // Writes the copy; runs on the worker (writePortfolioFile or writeRecovery).
    using Write = std::function<storage::SaveResult(const model::Portfolio&)>;

    struct Outcome {
        storage::SaveResult result;
        std::uint64_t revision = 0;  // what was written: the document's revision ...
        std::uint64_t state = 0;     // ... and its state for Document::markSaved(state)
    };

    BackgroundSave() = default;
    BackgroundSave(const BackgroundSave&) = delete;
    BackgroundSave& operator=(const BackgroundSave&) = delete;
    ~BackgroundSave() { wait(); }  // never leave a thread reading a destroyed document

    // `document` must outlive the save (collect it with poll or wait).
    // Called from one thread only (the UI thread), as are poll and wait.
    void start(const history::Document& document, Write write);
    bool running() const { return running_; }
    // The outcome once the worker has finished, without blocking.
    std::optional<Outcome> poll();
    // Blocks until the running save is done; nullopt when none was running.
    std::optional<Outcome> wait();
    // Called on the worker once an outcome is ready to be collected, so the
    // UI thread need not poll: it must be callable from any thread (e.g.
    // glfwPostEmptyEvent) and must not call back into this object. Set it
    // while no save runs.
    void setOnFinished(std::function<void()> on_finished);

private:
    struct Job {
        const history::Document* document;
        Write write;
    };
    void serve(std::stop_token stop);
    static Outcome perform(const Job& job);

    bool running_ = false;  // started and not yet collected; UI thread only
    std::mutex mutex_;      // guards job_ and outcome_
    std::condition_variable_any changed_;
    std::optional<Job> job_;
    std::optional<Outcome> outcome_;
    std::function<void()> on_finished_;  // guarded by mutex_ too
    std::jthread worker_;  // last: stopped and joined before the members it uses go
};

}  // namespace etappe::app
