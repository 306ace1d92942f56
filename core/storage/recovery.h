#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/portfolio.h"
#include "storage/file_lock.h"
#include "storage/file_system.h"
#include "storage/paths.h"
#include "storage/portfolio_file.h"

namespace etappe::storage {

// Autosave for documents that have no file yet (or whose file could not be
// written). Every window has a recovery file of its own in recoveryFolder(),
// "recovery-<pid>-<random>.etappe", locked (FileLock) while the window runs:
// two untitled windows never overwrite each other's work, and a start only
// offers the files no running window holds (orphans of a crash or a quit).

std::string recoveryFolder();  // dataDir()/recovery

// A recovery file found at start-up, locked by this process while it is
// offered, so that no second window offers (or deletes) it at the same time.
struct Recovery {
    model::Portfolio portfolio;
    std::string original_path;  // empty for an untitled document
    std::chrono::system_clock::time_point saved_at;
    std::string path;               // the recovery file itself
    std::optional<FileLock> lock;   // held until restored (then the window's own) or discarded
};

// One window's own recovery file. The name is chosen at once; the lock is
// taken before the first write and held until discard() or destruction.
class RecoveryFile {
public:
    RecoveryFile();
    explicit RecoveryFile(Recovery&& adopted);  // continues a restored file under its lock

    const std::string& path() const { return path_; }
    // Creates the folder and takes the lock if not yet held. Call it on the
    // thread that owns this object before a write starts (writes may run elsewhere).
    void prepare();
    // Deletes the file and its lock file; a later write starts it afresh.
    void discard();

private:
    std::string path_;
    std::optional<FileLock> lock_;
};

// Writes atomically to `path`, creating the folder if needed. The file is a
// normal portfolio file with two extra fields, so it can also be opened by hand.
SaveResult writeRecovery(const std::string& path, const model::Portfolio& portfolio,
                         const std::string& original_path_or_empty, FileSystem& fs = realFileSystem());

// Every recovery file that loads and that no running window holds, newest
// first, each locked by the caller from now on. Damaged files are left alone.
std::vector<Recovery> findOrphanedRecoveries();

// Deletes an offered recovery file (the user declined it) and releases it.
void discardRecovery(Recovery& recovery);

}  // namespace etappe::storage
