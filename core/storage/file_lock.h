#pragma once
#include <optional>
#include <string>
#include <utility>

namespace etappe::storage {

// Keeps two Etappe windows (or two colleagues on a shared folder) from
// editing the same portfolio. The lock is an flock on "<file>.lock", never on
// the data file: every save renames a new file over the data file, which
// would silently drop a lock held on the old one.
class FileLock {
public:
    // Takes the lock, or returns nullopt with `holder_out` naming who has it
    // ("anna@laptop pid 4242") or why no lock file could be made.
    static std::optional<FileLock> acquire(const std::string& data_path, std::string& holder_out);

    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

    const std::string& lockPath() const { return lock_path_; }

private:
    FileLock(int fd, std::string lock_path) : fd_(fd), lock_path_(std::move(lock_path)) {}
    void release() noexcept;

    int fd_ = -1;
    std::string lock_path_;
};

std::string lockPathFor(const std::string& data_path);

// "user@host pid N" of this process, as written into lock files.
std::string lockHolderText();

}  // namespace etappe::storage
