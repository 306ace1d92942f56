#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include "storage/file_system.h"

namespace etappe::storage {

namespace {

int errnoOr(int result) { return result == 0 ? 0 : errno; }

class PosixFileSystem final : public FileSystem {
public:
    // O_EXCL|O_NOFOLLOW: a symlink or file someone planted at the temp name
    // is neither followed nor truncated. The flock tells removeStaleTempFiles
    // that a live writer still owns the file.
    int openForWrite(const std::string& path, int& fd) override {
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0) return errno;
        ::flock(fd, LOCK_EX | LOCK_NB);  // cannot be held elsewhere: the file is brand new
        return 0;
    }

    int write(int fd, const char* data, std::size_t size) override {
        while (size > 0) {
            const ssize_t written = ::write(fd, data, size);
            if (written < 0 && errno == EINTR) continue;
            if (written < 0) return errno;
            if (written == 0) return EIO;  // no progress and no error: never spin
            data += written;
            size -= static_cast<std::size_t>(written);
        }
        return 0;
    }

    // No retry on EINTR or EIO: after a failed fsync the kernel may already have
    // dropped the dirty pages, so a second fsync could falsely report success.
    int sync(int fd) override { return errnoOr(::fsync(fd)); }

    // No retry either: Linux releases the descriptor even when close fails.
    int close(int fd) override { return errnoOr(::close(fd)); }

    int rename(const std::string& from, const std::string& to) override {
        return errnoOr(::rename(from.c_str(), to.c_str()));
    }

    int syncFolder(const std::string& folder) override {
        const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) return errno;
        const int result = errnoOr(::fsync(fd));
        ::close(fd);
        return result;
    }

    int remove(const std::string& path) override { return errnoOr(::unlink(path.c_str())); }
};

}  // namespace

FileSystem& realFileSystem() {
    // Stateless, so sharing one instance is safe; a function-local object
    // avoids static initialisation order problems.
    static PosixFileSystem file_system;
    return file_system;
}

}  // namespace etappe::storage
