#include "shell/background_save.h"

#include <cerrno>
#include <new>

namespace etappe::app {

BackgroundSave::Outcome BackgroundSave::perform(const Job& job) {
    Outcome outcome;
    try {
        const history::Document::Snapshot snapshot = job.document->snapshot();
        outcome.revision = snapshot.revision;
        outcome.state = snapshot.state;
        outcome.result = job.write(snapshot.portfolio);
    } catch (const std::bad_alloc&) {
        // No memory for the copy: reported like a failed write and retried later.
        outcome.result = storage::SaveResult{storage::SaveStep::Write, ENOMEM, {}};
    } catch (const std::exception&) {
        // An exception must not leave the thread (that would end the app).
        outcome.result = storage::SaveResult{storage::SaveStep::Write, EIO, {}};
    }
    return outcome;  // the copy and its text are freed here, on the worker
}

void BackgroundSave::serve(std::stop_token stop) {
    std::unique_lock lock(mutex_);
    while (changed_.wait(lock, stop, [&] { return job_.has_value(); })) {
        std::optional<Job> job = std::move(job_);
        job_.reset();
        lock.unlock();
        Outcome outcome = perform(*job);
        job.reset();
        lock.lock();
        outcome_ = std::move(outcome);
        changed_.notify_all();
        if (on_finished_) on_finished_();
    }
}

void BackgroundSave::setOnFinished(std::function<void()> on_finished) {
    const std::lock_guard lock(mutex_);
    on_finished_ = std::move(on_finished);
}

void BackgroundSave::start(const history::Document& document, Write write) {
    wait();
    if (!worker_.joinable()) worker_ = std::jthread([this](std::stop_token stop) { serve(stop); });
    {
        const std::lock_guard lock(mutex_);
        job_ = Job{&document, std::move(write)};
    }
    running_ = true;
    changed_.notify_all();
}

std::optional<BackgroundSave::Outcome> BackgroundSave::poll() {
    if (!running_) return std::nullopt;
    std::optional<Outcome> outcome;
    {
        const std::lock_guard lock(mutex_);
        outcome = std::move(outcome_);
        outcome_.reset();
    }
    if (outcome) running_ = false;
    return outcome;
}

std::optional<BackgroundSave::Outcome> BackgroundSave::wait() {
    if (!running_) return std::nullopt;
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return outcome_.has_value(); });
    std::optional<Outcome> outcome = std::move(outcome_);
    outcome_.reset();
    running_ = false;
    return outcome;
}

}  // namespace etappe::app
