#include "workshop/compare_job.h"

namespace etappe::workshop {

CompareJob::~CompareJob() { cancel(); }

void CompareJob::start(std::vector<std::string> paths, std::optional<model::Portfolio> workshop, std::string today,
                       std::optional<i18n::Language> anonymise_in) {
    cancel();
    done_ = 0;
    total_ = 2 * paths.size();
    finished_ = false;
    {
        const std::lock_guard lock(mutex_);
        result_.reset();
    }
    worker_ = std::jthread([this, paths = std::move(paths), workshop = std::move(workshop),
                            today = std::move(today), anonymise_in](std::stop_token stop) {
        const std::size_t files = paths.size();
        LoadedParticipants loaded =
            loadParticipants(paths, [this](std::size_t done, std::size_t) { done_ = done; }, stop);
        if (stop.stop_requested()) return;
        if (anonymise_in) anonymise(loaded, *anonymise_in);
        done_ = files;
        Comparison c = compare(workshop ? &*workshop : nullptr, std::move(loaded.participants), std::move(loaded.skipped),
                               today, [this, files](std::size_t done, std::size_t) { done_ = files + done; }, stop);
        if (stop.stop_requested()) return;
        {
            const std::lock_guard lock(mutex_);
            result_ = std::move(c);
        }
        done_ = total_.load();
        finished_ = true;
    });
}

void CompareJob::cancel() {
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
    worker_ = std::jthread();
    finished_ = false;
    const std::lock_guard lock(mutex_);
    result_.reset();
}

bool CompareJob::running() const { return worker_.joinable() && !finished_.load(); }

std::optional<Comparison> CompareJob::take() {
    if (!finished_.load()) return std::nullopt;
    if (worker_.joinable()) worker_.join();
    worker_ = std::jthread();
    finished_ = false;
    const std::lock_guard lock(mutex_);
    std::optional<Comparison> out = std::move(result_);
    result_.reset();
    return out;
}

void CompareJob::wait() {
    if (worker_.joinable()) worker_.join();
}

}  // namespace etappe::workshop
