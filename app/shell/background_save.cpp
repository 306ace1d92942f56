#include "shell/background_save.h"

#include <cerrno>
#include <new>

namespace etappe::app {

void BackgroundSave::start(const history::Document& document, Write write) {
    wait();
    shared_ = std::make_shared<Shared>();
    worker_ = std::jthread([shared = shared_, &document, write = std::move(write)] {
        try {
            history::Document::Snapshot snapshot = document.snapshot();
            shared->outcome.revision = snapshot.revision;
            shared->outcome.state = snapshot.state;
            shared->outcome.result = write(snapshot.portfolio);
        } catch (const std::bad_alloc&) {
            // No memory for the copy: reported like a failed write and retried later.
            shared->outcome.result = storage::SaveResult{storage::SaveStep::Write, ENOMEM, {}};
        } catch (const std::exception&) {
            // An exception must not leave the thread (that would end the app).
            shared->outcome.result = storage::SaveResult{storage::SaveStep::Write, EIO, {}};
        }
        shared->done.store(true, std::memory_order_release);
    });
}

std::optional<BackgroundSave::Outcome> BackgroundSave::poll() {
    if (!running() || !shared_->done.load(std::memory_order_acquire)) return std::nullopt;
    return wait();
}

std::optional<BackgroundSave::Outcome> BackgroundSave::wait() {
    if (!running()) return std::nullopt;
    worker_.join();
    Outcome outcome = std::move(shared_->outcome);
    shared_.reset();
    return outcome;
}

}  // namespace etappe::app
