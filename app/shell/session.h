#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "history/document.h"
#include "shell/background_save.h"
#include "storage/file_lock.h"
#include "storage/portfolio_file.h"
#include "storage/recovery.h"

namespace etappe::app {

// What happened to the file, for the status bar and error dialogs. The texts
// are built by the UI from these keys (never English text from core).
struct FileProblem {
    std::string path;
    std::string reason_key;              // i18n key, e.g. "load_problem.not_json" or "save_step.write"
    std::vector<i18n::Message> details;  // the system error, then where or why; rendered with i18n::render
};

// The problem of a failed write (save, export) and of a refused file.
FileProblem saveProblem(const std::string& path, const storage::SaveResult& result);
FileProblem loadProblem(const std::string& path, const storage::LoadResult& result);

// The open portfolio and its file: opening, saving, autosave, lock, recovery.
// No ImGui here, so it is tested without a screen.
class DocumentSession {
public:
    history::Document& document() { return document_; }
    const history::Document& document() const { return document_; }

    const std::string& path() const { return path_; }  // empty: untitled (e.g. the sample copy)
    bool isUntitled() const { return path_.empty(); }
    bool isReadOnly() const { return read_only_; }
    const std::string& lockHolder() const { return lock_holder_; }
    // Why the file opened read-only (another window, write-protected, read-only disk…); empty when editable.
    const i18n::Message& readOnlyReason() const { return read_only_reason_; }

    // Opens a file; on failure the current document stays and the problem is returned.
    std::optional<FileProblem> open(const std::string& path);
    // Starts an empty portfolio stored at `path` (created on the first save), or untitled.
    void startNew(const std::string& path);
    // Opens a portfolio as an untitled copy (the sample case).
    void openCopy(model::Portfolio portfolio, bool dirty);
    // Continues an orphaned recovery file as this window's own: its work
    // becomes the untitled document and its file keeps being written.
    void restoreRecovery(storage::Recovery&& recovery);
    // This window's recovery file (it exists once untitled work was kept).
    const std::string& recoveryPath() const { return recovery_file_.path(); }

    std::optional<FileProblem> save();
    std::optional<FileProblem> saveAs(const std::string& path);

    // Called every frame with a monotonic clock in seconds. Starts a save in
    // the background within kAutosaveDelay of the last change: to the file,
    // or for an untitled document to the recovery file. Returns a problem
    // once per failed save, on the first tick after it finished.
    std::optional<FileProblem> tick(double now);
    double secondsUntilAutosave(double now) const;  // <0 when nothing is pending
    // Called from the autosave thread when a save has finished, so the event
    // loop wakes to collect it (tick) instead of polling. Without one, a
    // running save asks to be polled every kPollWhileSaving.
    void setWake(std::function<void()> wake);
    // On quit: waits for a running autosave, then saves the file, or keeps
    // untitled changes in the recovery file.
    std::optional<FileProblem> saveOnQuit();
    // On a quit signal (logout): as saveOnQuit, but when the file cannot be
    // written the changes go to the recovery file, the last place left; a
    // problem only when neither could be written.
    std::optional<FileProblem> saveOnQuitSignal();
    bool hasPendingAutosave() const;
    bool isAutosaving() const { return autosave_.running(); }
    // Every save goes through `fs` (tests make a step fail or wait); it must
    // outlive the session and be callable from the autosave thread.
    void useFileSystem(storage::FileSystem& fs) { fs_ = &fs; }
    // Deletes this window's recovery file once no autosave can write it again.
    void discardRecovery();

    static constexpr double kAutosaveDelay = 1.5;
    static constexpr double kRetryAfterFailure = 30.0;
    static constexpr double kPollWhileSaving = 0.05;  // wakes the event loop to collect the outcome

private:
    std::optional<FileProblem> writeTo(const std::string& path);
    std::optional<FileProblem> writeRecoveryNow();
    // Resolves symlinks once (`real_path` is what is saved and locked) and takes the lock.
    bool takeLock(const std::string& path, std::string& real_path);
    void startAutosave(double now);
    std::optional<FileProblem> finishAutosave(const BackgroundSave::Outcome& outcome);
    // Before anything else writes the file or replaces the document: the
    // outcome must refer to the document it was taken from.
    void waitForAutosave();

    history::Document document_;
    std::string path_;
    bool read_only_ = false;
    std::string lock_holder_;
    i18n::Message read_only_reason_;
    std::optional<storage::FileLock> lock_;
    std::string lock_target_;  // the real path lock_ is for (see realTarget in session.cpp)
    std::uint64_t seen_revision_ = 0;
    std::uint64_t autosaved_revision_ = 0;
    double last_change_ = 0.0;
    double last_failure_ = -1e9;
    storage::FileSystem* fs_ = &storage::realFileSystem();
    std::string autosave_target_;  // the file the running autosave writes
    bool autosave_to_recovery_ = false;
    double autosave_started_ = 0.0;
    bool has_wake_ = false;
    storage::RecoveryFile recovery_file_;  // before autosave_: locked until the worker is gone
    BackgroundSave autosave_;  // last member: destroyed (and joined) before the document
};

}  // namespace etappe::app
