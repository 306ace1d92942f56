#pragma once
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "history/document.h"
#include "history/mirror.h"
#include "storage/portfolio_file.h"

namespace etappe::app {

// One save running on a worker thread. Serialising a 10,000-customer portfolio
// takes ~400 ms and copying it 30–90 ms, so the worker keeps its own copy (a
// PortfolioMirror that follows the document's edits) and writes that: the UI
// thread neither serialises nor copies, and an edit made meanwhile never waits
// for a copy. The UI thread starts the save and collects the outcome; the
// outcome carries no portfolio.
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
    void start(history::Document& document, Write write);
    // Lets the worker take its one full copy now (after opening a file), so the
    // first save does not copy while the user may be editing. Reports nothing.
    void prime(history::Document& document);
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
        history::Document* document;
        Write write;  // empty: only follow the document (prime)
    };
    void serve(std::stop_token stop);
    Outcome perform(const Job& job);
    void post(Job job);

    history::PortfolioMirror mirror_;  // the worker's own copy; touched only on the worker

    bool running_ = false;  // started and not yet collected; UI thread only
    std::mutex mutex_;      // guards job_ and outcome_
    std::condition_variable_any changed_;
    std::optional<Job> job_;
    std::optional<Outcome> outcome_;
    std::function<void()> on_finished_;  // guarded by mutex_ too
    std::jthread worker_;  // last: stopped and joined before the members it uses go
};

}  // namespace etappe::app
