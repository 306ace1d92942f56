#pragma once
#include <cstddef>
#include <string>

namespace etappe::storage {

// The few POSIX calls an atomic save needs, behind an interface so tests can
// make any single step fail (disk full at write, fsync error, rename refused).
// Each returns 0 on success or an errno value.
class FileSystem {
public:
    virtual ~FileSystem() = default;
    // Creates a new file (mode 0644) and holds an flock on it while `fd` is
    // open. Never opens what exists: a file or a symlink at `path` gives EEXIST.
    virtual int openForWrite(const std::string& path, int& fd) = 0;
    virtual int write(int fd, const char* data, std::size_t size) = 0;  // writes all or fails
    virtual int sync(int fd) = 0;
    virtual int close(int fd) = 0;
    virtual int rename(const std::string& from, const std::string& to) = 0;
    virtual int syncFolder(const std::string& folder) = 0;
    virtual int remove(const std::string& path) = 0;
};

FileSystem& realFileSystem();

}  // namespace etappe::storage
