#include "storage/file_lock.h"

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace etappe::storage {

namespace {

std::string userName() {
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found) return found->pw_name;
    const char* user = std::getenv("USER");
    return user ? user : "someone";
}

std::string hostName() {
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) return "unknown-host";
    return host;
}

// Who holds a lock, read from its file. Empty when the holder left no note.
std::string readHolder(int fd) {
    char text[512] = {};
    const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
    std::string holder = n > 0 ? std::string(text, static_cast<std::size_t>(n)) : std::string();
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
    return holder.empty() ? "another Etappe window" : holder;
}

void writeHolder(int fd) {
    const std::string text = lockHolderText() + "\n";
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t ignored = ::pwrite(fd, text.data(), text.size(), 0);
    }
}

}  // namespace

std::string lockPathFor(const std::string& data_path) { return data_path + ".lock"; }

std::string lockHolderText() { return userName() + "@" + hostName() + " pid " + std::to_string(::getpid()); }

std::optional<FileLock> FileLock::acquire(const std::string& data_path, std::string& holder_out) {
    const std::string lock_path = lockPathFor(data_path);
    // Readable by others on purpose: a colleague's Etappe shows who holds it.
    const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        holder_out = "no lock file " + lock_path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        holder_out = error == EWOULDBLOCK ? readHolder(fd) : std::string("lock failed: ") + std::strerror(error);
        ::close(fd);
        return std::nullopt;
    }
    writeHolder(fd);
    holder_out.clear();
    return FileLock(fd, lock_path);
}

FileLock::FileLock(FileLock&& other) noexcept : fd_(other.fd_), lock_path_(std::move(other.lock_path_)) {
    other.fd_ = -1;
}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = other.fd_;
        lock_path_ = std::move(other.lock_path_);
        other.fd_ = -1;
    }
    return *this;
}

FileLock::~FileLock() { release(); }

// The lock file itself stays: deleting it would let a third process lock a
// fresh file while a second one still waits on the old inode.
void FileLock::release() noexcept {
    if (fd_ < 0) return;
    [[maybe_unused]] const int ignored = ::ftruncate(fd_, 0);  // a stale note is harmless once unlocked
    ::close(fd_);  // closing the last descriptor releases the flock
    fd_ = -1;
}

}  // namespace etappe::storage
