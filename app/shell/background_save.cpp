#include "shell/background_save.h"

#include <cerrno>
#include <new>

namespace etappe::app {

BackgroundSave::Outcome BackgroundSave::perform(const Job& job) {
    Outcome outcome;
    try {
        const model::Portfolio& copy = mirror_.follow(*job.document);
        outcome.revision = mirror_.revision();
        outcome.state = mirror_.state();
        if (job.write) outcome.result = job.write(copy);
    } catch (const std::bad_alloc&) {
        // No memory for the copy: reported like a failed write and retried later.
        mirror_ = history::PortfolioMirror{};  // half-followed: start again from a full copy
        job.document->restartJournal();
        outcome.result = storage::SaveResult{storage::SaveStep::Write, ENOMEM, {}};
    } catch (const std::exception&) {
        // An exception must not leave the thread (that would end the app).
        mirror_ = history::PortfolioMirror{};
        job.document->restartJournal();
        outcome.result = storage::SaveResult{storage::SaveStep::Write, EIO, {}};
    }
    return outcome;  // the file's text is freed here, on the worker
}

void BackgroundSave::serve(std::stop_token stop) {
    std::unique_lock lock(mutex_);
    while (changed_.wait(lock, stop, [&] { return job_.has_value(); })) {
        std::optional<Job> job = std::move(job_);
        job_.reset();
        lock.unlock();
        const bool report = static_cast<bool>(job->write);
        Outcome outcome = perform(*job);
        job.reset();
        lock.lock();
        if (report) outcome_ = std::move(outcome);
        changed_.notify_all();
        if (report && on_finished_) on_finished_();  // the loop wakes to collect it
    }
}

void BackgroundSave::setOnFinished(std::function<void()> on_finished) {
    const std::lock_guard lock(mutex_);
    on_finished_ = std::move(on_finished);
}

void BackgroundSave::post(Job job) {
    if (!worker_.joinable()) worker_ = std::jthread([this](std::stop_token stop) { serve(stop); });
    {
        const std::lock_guard lock(mutex_);
        job_ = std::move(job);  // a prime not yet picked up is replaced: the save follows the document too
    }
    changed_.notify_all();
}

void BackgroundSave::start(history::Document& document, Write write) {
    wait();
    post(Job{&document, std::move(write)});
    running_ = true;
}

void BackgroundSave::prime(history::Document& document) {
    if (running_) return;
    post(Job{&document, {}});
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
