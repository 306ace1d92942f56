#pragma once
#include <optional>
#include <string>
#include <utility>

#include "i18n/message.h"

namespace etappe::storage {

// Keeps two Etappe windows (or two colleagues on a shared folder) from
// editing the same portfolio. The lock is an flock on "<file>.lock", never on
// the data file: every save renames a new file over the data file, which
// would silently drop a lock held on the old one. The lock is taken on the
// real file behind any symlink, so a link and its target cannot both be
// opened for editing. The lock file is removed again when the lock ends.
class FileLock {
public:
    // Why the lock was not taken: another window has it, or no lock is
    // possible here at all (read-only disk, no permission, a planted symlink).
    struct Refusal {
        enum class Kind { None, HeldByOther, CannotLock };
        Kind kind = Kind::None;
        std::string holder;     // "anna@laptop pid 4242" when HeldByOther
        i18n::Message reason;   // what is really the case, for the UI
    };

    // Takes the lock, or returns nullopt and says why in `refusal`.
    static std::optional<FileLock> acquire(const std::string& data_path, Refusal& refusal);

    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

    const std::string& lockPath() const { return lock_path_; }  // "<real path>.lock"

private:
    FileLock(int fd, std::string lock_path) : fd_(fd), lock_path_(std::move(lock_path)) {}
    void release() noexcept;

    int fd_ = -1;
    std::string lock_path_;
};

// "<data_path>.lock", without resolving symlinks.
std::string lockPathFor(const std::string& data_path);

// "user@host pid N" of this process, as written into lock files.
std::string lockHolderText();

}  // namespace etappe::storage
