#include "shell/session.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>

#include "storage/edit_access.h"
#include "storage/paths.h"

namespace etappe::app {

FileProblem loadProblem(const std::string& path, const storage::LoadResult& result) {
    FileProblem problem{path, "load_problem." + std::string(storage::loadProblemKey(result.problem)), {}};
    if (!result.detail.empty()) problem.details.push_back(result.detail);
    return problem;
}

FileProblem saveProblem(const std::string& path, const storage::SaveResult& result) {
    FileProblem problem{path, "save_step." + std::string(storage::saveStepKey(result.failed_step)), {}};
    if (result.error_number != 0) problem.details.push_back(i18n::osError(result.error_number));
    if (!result.detail.empty()) problem.details.push_back(result.detail);
    return problem;
}

namespace {

// The file a path names, the same whatever string names it: the real file
// when it exists (symlinks resolved), else the real folder plus the name.
// Locks and comparisons use it: "p.etappe", "./p.etappe" and a link to it are
// one file. nullopt (errno set) when the folder cannot be resolved.
std::optional<std::string> realTarget(const std::string& path) {
    if (char* real = ::realpath(path.c_str(), nullptr)) {
        std::string resolved(real);
        std::free(real);
        return resolved;
    }
    const std::filesystem::path name(path);
    const std::string folder = name.has_parent_path() ? name.parent_path().string() : std::string(".");
    char* real_folder = ::realpath(folder.c_str(), nullptr);
    if (!real_folder) return std::nullopt;
    std::string resolved(real_folder);
    std::free(real_folder);
    return (resolved == "/" ? "" : resolved) + "/" + name.filename().string();
}

// Who holds the lock: a note like "anna@laptop pid 4242", the same in every language.
std::vector<i18n::Message> holderDetail(const std::string& holder) {
    if (holder.empty()) return {};
    return {i18n::message("detail.text", {holder})};
}

}  // namespace

bool DocumentSession::takeLock(const std::string& path, std::string& real_path) {
    storage::EditAccess access = storage::acquireEditAccess(path);
    real_path = std::move(access.real_path);
    lock_holder_ = std::move(access.holder);
    read_only_reason_ = std::move(access.read_only_reason);
    lock_ = std::move(access.lock);
    lock_target_ = lock_ ? real_path : std::string();
    return lock_.has_value();
}

std::optional<FileProblem> DocumentSession::open(const std::string& path) {
    storage::LoadResult result = storage::loadPortfolioFile(path);
    if (!result.ok()) return loadProblem(path, result);
    waitForAutosave();
    lock_.reset();
    std::string real_path;
    read_only_ = !takeLock(path, real_path);
    document_.reset(std::move(*result.portfolio));
    path_ = real_path;
    seen_revision_ = autosaved_revision_ = document_.revision();
    if (!read_only_) autosave_.prime(document_);
    return std::nullopt;
}

void DocumentSession::startNew(const std::string& path) {
    waitForAutosave();
    lock_.reset();
    lock_holder_.clear();
    read_only_reason_ = {};
    std::string real_path;
    read_only_ = !path.empty() && !takeLock(path, real_path);
    document_.reset(model::Portfolio{});
    path_ = real_path;
    seen_revision_ = autosaved_revision_ = document_.revision();
}

void DocumentSession::openCopy(model::Portfolio portfolio, bool dirty) {
    waitForAutosave();
    lock_.reset();
    lock_holder_.clear();
    read_only_reason_ = {};
    read_only_ = false;
    document_.reset(std::move(portfolio));
    if (dirty) document_.markUnsaved();
    path_.clear();
    seen_revision_ = autosaved_revision_ = document_.revision();
    autosave_.prime(document_);
}

std::optional<FileProblem> DocumentSession::writeTo(const std::string& path) {
    const storage::SaveResult result = storage::savePortfolioFile(path, document_.portfolio(), *fs_);
    if (!result.ok()) return saveProblem(path, result);
    return std::nullopt;
}

std::optional<FileProblem> DocumentSession::save() {
    if (path_.empty()) return FileProblem{"", "save.untitled", {}};
    if (read_only_) {
        std::vector<i18n::Message> details = holderDetail(lock_holder_);
        if (lock_holder_.empty() && !read_only_reason_.empty()) details.push_back(read_only_reason_);
        return FileProblem{path_, "save.read_only", details};
    }
    waitForAutosave();
    auto problem = writeTo(path_);
    if (!problem) {
        document_.markSaved();
        autosaved_revision_ = document_.revision();
    }
    return problem;
}

// Another window may hold the target under any name, and a read-only window
// holds no lock at all: only the target's own lock makes the write safe.
std::optional<FileProblem> DocumentSession::saveAs(const std::string& path) {
    waitForAutosave();
    const auto target = realTarget(path);
    if (!target) return saveProblem(path, storage::SaveResult{storage::SaveStep::Open, errno, {}});
    // As when opening: a write-protected file (honoured even for root), folder or disk is not written.
    if (i18n::Message protection = storage::writeProtection(*target); !protection.empty())
        return FileProblem{path, "save.write_protected", {std::move(protection)}};
    if (lock_ && *target == lock_target_) {
        if (auto problem = writeTo(path_)) return problem;  // our own file, by another name
    } else {
        storage::FileLock::Refusal refusal;
        auto lock = storage::FileLock::acquire(*target, refusal);
        if (!lock) {
            const bool held = refusal.kind == storage::FileLock::Refusal::Kind::HeldByOther;
            std::vector<i18n::Message> details = held ? holderDetail(refusal.holder) : std::vector<i18n::Message>{};
            if (!held || refusal.holder.empty()) details.push_back(refusal.reason);
            return FileProblem{path, held ? "save.locked" : "save.cannot_lock", details};
        }
        // The real file: a link keeps pointing at the file that was written.
        if (auto problem = writeTo(*target)) return problem;
        const bool was_untitled = path_.empty();
        lock_ = std::move(lock);
        lock_target_ = *target;
        read_only_ = false;
        lock_holder_.clear();
        read_only_reason_ = {};
        path_ = *target;
        if (was_untitled) recovery_file_.discard();
    }
    document_.markSaved();
    autosaved_revision_ = document_.revision();
    return std::nullopt;
}

std::optional<FileProblem> DocumentSession::writeRecoveryNow() {
    recovery_file_.prepare();
    const storage::SaveResult result = storage::writeRecovery(recovery_file_.path(), document_.portfolio(), path_, *fs_);
    if (!result.ok()) return saveProblem(recovery_file_.path(), result);
    autosaved_revision_ = document_.revision();
    return std::nullopt;
}

bool DocumentSession::hasPendingAutosave() const {
    return !read_only_ && document_.isDirty() && autosaved_revision_ != document_.revision();
}

void DocumentSession::setWake(std::function<void()> wake) {
    waitForAutosave();
    has_wake_ = static_cast<bool>(wake);
    autosave_.setOnFinished(std::move(wake));
}

double DocumentSession::secondsUntilAutosave(double now) const {
    if (autosave_.running()) return has_wake_ ? -1.0 : kPollWhileSaving;
    if (!hasPendingAutosave()) return -1.0;
    const bool failed_since_change = last_failure_ >= last_change_;
    const double due = failed_since_change ? last_failure_ + kRetryAfterFailure : last_change_ + kAutosaveDelay;
    return due > now ? due - now : 0.0;
}

void DocumentSession::startAutosave(double now) {
    autosave_to_recovery_ = path_.empty();
    autosave_target_ = autosave_to_recovery_ ? recovery_file_.path() : path_;
    autosave_started_ = now;
    if (autosave_to_recovery_) {
        recovery_file_.prepare();  // locked before anything is in it
        autosave_.start(document_, [path = recovery_file_.path(), fs = fs_](const model::Portfolio& copy) {
            return storage::writeRecovery(path, copy, "", *fs);
        });
    } else {
        autosave_.start(document_, [path = path_, fs = fs_](const model::Portfolio& copy) {
            return storage::savePortfolioFile(path, copy, *fs);
        });
    }
}

std::optional<FileProblem> DocumentSession::finishAutosave(const BackgroundSave::Outcome& outcome) {
    if (!outcome.result.ok()) {
        // Counted from the start: a change made while the failing save ran is retried after the short delay.
        last_failure_ = autosave_started_;
        return saveProblem(autosave_target_, outcome.result);
    }
    // Changes made while the save ran stay dirty: they are not in the file.
    if (!autosave_to_recovery_) document_.markSaved(outcome.state);
    autosaved_revision_ = outcome.revision;
    return std::nullopt;
}

void DocumentSession::waitForAutosave() {
    // A failure is dropped: the caller writes (or leaves) the document itself right after.
    if (const auto outcome = autosave_.wait()) finishAutosave(*outcome);
}

void DocumentSession::discardRecovery() {
    waitForAutosave();
    recovery_file_.discard();
}

void DocumentSession::restoreRecovery(storage::Recovery&& recovery) {
    model::Portfolio portfolio = std::move(recovery.portfolio);
    openCopy(std::move(portfolio), true);
    recovery_file_.discard();  // the start's own copy held nothing the user made
    recovery_file_ = storage::RecoveryFile(std::move(recovery));
}

std::optional<FileProblem> DocumentSession::tick(double now) {
    if (document_.revision() != seen_revision_) {
        seen_revision_ = document_.revision();
        last_change_ = now;
    }
    if (const auto outcome = autosave_.poll()) {
        if (auto problem = finishAutosave(*outcome)) return problem;
    }
    if (autosave_.running() || !hasPendingAutosave() || secondsUntilAutosave(now) > 0.0) return std::nullopt;
    startAutosave(now);
    return std::nullopt;
}

std::optional<FileProblem> DocumentSession::saveOnQuit() {
    waitForAutosave();
    if (read_only_ || !document_.isDirty()) return std::nullopt;
    return path_.empty() ? writeRecoveryNow() : save();
}

std::optional<FileProblem> DocumentSession::saveOnQuitSignal() {
    auto problem = saveOnQuit();
    if (!problem || path_.empty()) return problem;
    if (!writeRecoveryNow()) return std::nullopt;
    return problem;
}

}  // namespace etappe::app
