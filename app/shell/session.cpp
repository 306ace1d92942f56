#include "shell/session.h"

#include <cerrno>
#include <cstring>

#include "storage/paths.h"
#include "storage/recovery.h"

namespace etappe::app {

namespace {

FileProblem loadProblem(const std::string& path, const storage::LoadResult& result) {
    return FileProblem{path, "load_problem." + std::string(storage::loadProblemKey(result.problem)), result.detail};
}

FileProblem saveProblem(const std::string& path, const storage::SaveResult& result) {
    std::string detail = result.error_number != 0 ? std::strerror(result.error_number) : "";
    if (!result.detail.empty()) detail += (detail.empty() ? "" : " – ") + result.detail;
    return FileProblem{path, "save_step." + std::string(storage::saveStepKey(result.failed_step)), detail};
}

}  // namespace

bool DocumentSession::takeLock(const std::string& path) {
    std::string holder;
    auto lock = storage::FileLock::acquire(path, holder);
    if (!lock) {
        lock_holder_ = holder;
        return false;
    }
    lock_ = std::move(lock);
    lock_holder_.clear();
    return true;
}

std::optional<FileProblem> DocumentSession::open(const std::string& path) {
    storage::LoadResult result = storage::loadPortfolioFile(path);
    if (!result.ok()) return loadProblem(path, result);
    lock_.reset();
    read_only_ = !takeLock(path);
    document_.reset(std::move(*result.portfolio));
    path_ = path;
    seen_revision_ = autosaved_revision_ = document_.revision();
    return std::nullopt;
}

void DocumentSession::startNew(const std::string& path) {
    lock_.reset();
    lock_holder_.clear();
    read_only_ = !path.empty() && !takeLock(path);
    document_.reset(model::Portfolio{});
    path_ = path;
    seen_revision_ = autosaved_revision_ = document_.revision();
}

void DocumentSession::openCopy(model::Portfolio portfolio, bool dirty) {
    lock_.reset();
    lock_holder_.clear();
    read_only_ = false;
    document_.reset(std::move(portfolio));
    if (dirty) document_.markUnsaved();
    path_.clear();
    seen_revision_ = autosaved_revision_ = document_.revision();
}

std::optional<FileProblem> DocumentSession::writeTo(const std::string& path) {
    const storage::SaveResult result = storage::savePortfolioFile(path, document_.portfolio());
    if (!result.ok()) return saveProblem(path, result);
    return std::nullopt;
}

std::optional<FileProblem> DocumentSession::save() {
    if (path_.empty()) return FileProblem{"", "save.untitled", ""};
    if (read_only_) return FileProblem{path_, "save.read_only", lock_holder_};
    auto problem = writeTo(path_);
    if (!problem) {
        document_.markSaved();
        autosaved_revision_ = document_.revision();
    }
    return problem;
}

std::optional<FileProblem> DocumentSession::saveAs(const std::string& path) {
    if (path != path_) {
        std::string holder;
        auto lock = storage::FileLock::acquire(path, holder);
        if (!lock) return FileProblem{path, "save.locked", holder};
        if (auto problem = writeTo(path)) return problem;
        const bool was_untitled = path_.empty();
        lock_ = std::move(lock);
        read_only_ = false;
        lock_holder_.clear();
        path_ = path;
        if (was_untitled) storage::discardRecovery();
    } else if (auto problem = writeTo(path)) {
        return problem;
    }
    document_.markSaved();
    autosaved_revision_ = document_.revision();
    return std::nullopt;
}

std::optional<FileProblem> DocumentSession::writeRecoveryNow() {
    const storage::SaveResult result = storage::writeRecovery(document_.portfolio(), path_);
    if (!result.ok()) return saveProblem(storage::recoveryPath(), result);
    autosaved_revision_ = document_.revision();
    return std::nullopt;
}

bool DocumentSession::hasPendingAutosave() const {
    return !read_only_ && document_.isDirty() && autosaved_revision_ != document_.revision();
}

double DocumentSession::secondsUntilAutosave(double now) const {
    if (!hasPendingAutosave()) return -1.0;
    const bool failed_since_change = last_failure_ >= last_change_;
    const double due = failed_since_change ? last_failure_ + kRetryAfterFailure : last_change_ + kAutosaveDelay;
    return due > now ? due - now : 0.0;
}

std::optional<FileProblem> DocumentSession::tick(double now) {
    if (document_.revision() != seen_revision_) {
        seen_revision_ = document_.revision();
        last_change_ = now;
    }
    if (!hasPendingAutosave() || secondsUntilAutosave(now) > 0.0) return std::nullopt;
    auto problem = path_.empty() ? writeRecoveryNow() : save();
    if (problem) {
        last_failure_ = now;  // retried after the next change or after kRetryAfterFailure
    }
    return problem;
}

std::optional<FileProblem> DocumentSession::saveOnQuit() {
    if (read_only_ || !document_.isDirty()) return std::nullopt;
    return path_.empty() ? writeRecoveryNow() : save();
}

}  // namespace etappe::app
