#include "storage/file_lock.h"

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "i18n/translator.h"
#include "storage/paths.h"

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

// A lock note is one short line; anything bigger, or with a second name
// (a hard link), is not a lock file Etappe made, and is never truncated.
constexpr off_t kMaxLockNoteBytes = 511;

bool isUsableLockFile(const struct stat& info) {
    return S_ISREG(info.st_mode) && info.st_nlink == 1 && info.st_size <= kMaxLockNoteBytes;
}

// The text of a lock file, up to kMaxLockNoteBytes.
std::string readNote(int fd) {
    char text[kMaxLockNoteBytes] = {};
    const ssize_t n = ::pread(fd, text, sizeof text, 0);
    return n > 0 ? std::string(text, static_cast<std::size_t>(n)) : std::string();
}

// Who holds a lock, from its note ("anna@laptop pid 4242"). Empty when the
// holder left no note yet.
std::string holderIn(std::string note) {
    while (!note.empty() && (note.back() == '\n' || note.back() == ' ')) note.pop_back();
    return note;
}

// Whether a lock file holds what Etappe writes into one: nothing yet (just
// created), or one line "user@host pid N". Anything else is someone's own
// file under that name, which is never truncated or removed.
bool isLockNote(std::string_view note) {
    if (note.empty()) return true;
    if (note.ends_with('\n')) note.remove_suffix(1);
    const std::size_t pid = note.rfind(" pid ");
    if (pid == std::string_view::npos || note.find('\n') != std::string_view::npos) return false;
    const std::string_view number = note.substr(pid + 5);
    const std::string_view who = note.substr(0, pid);
    return !number.empty() && number.find_first_not_of("0123456789") == std::string_view::npos &&
           who.find('@') != std::string_view::npos;
}

bool sameFile(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

using Refusal = FileLock::Refusal;

Refusal cannotLock(i18n::Message reason) { return Refusal{Refusal::Kind::CannotLock, "", std::move(reason)}; }

Refusal notALockFile(const std::string& lock_path) {
    return cannotLock(i18n::message("detail.lock_not_a_lock_file", {lock_path}));
}

// Opens the lock file without following a symlink and without blocking on a
// FIFO; checks before and after opening that it is a plain, small file with
// a lock note in it.
int openLockFile(const std::string& lock_path, Refusal& refusal) {
    struct stat before {};
    if (::lstat(lock_path.c_str(), &before) == 0 && !isUsableLockFile(before)) {
        refusal = notALockFile(lock_path);
        return -1;
    }
    // Readable by others on purpose: a colleague's Etappe shows who holds it.
    const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int error = errno;
        refusal = error == ELOOP ? notALockFile(lock_path)
                                 : cannotLock(i18n::Message{"detail.no_lock_file", {{lock_path}, i18n::osErrorArg(error)}});
        return -1;
    }
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || !isUsableLockFile(opened) || !isLockNote(readNote(fd))) {
        ::close(fd);
        refusal = notALockFile(lock_path);
        return -1;
    }
    return fd;
}

// Whether `lock_path` still names the file behind `fd`: a holder that just
// released the lock removed the file, and a lock on the removed file would
// not keep out the next window, which creates a new one.
bool stillNamedBy(int fd, const std::string& lock_path) {
    struct stat opened {}, named {};
    return ::fstat(fd, &opened) == 0 && ::stat(lock_path.c_str(), &named) == 0 && sameFile(opened, named);
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

std::optional<FileLock> FileLock::acquire(const std::string& data_path, Refusal& refusal) {
    refusal = {};
    const std::string lock_path = lockPathFor(resolveRealPath(data_path));
    // A few rounds: each lost race means a holder released (and removed) the file meanwhile.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int fd = openLockFile(lock_path, refusal);
        if (fd < 0) return std::nullopt;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            // Read again: the holder may have written its note since.
            refusal = error == EWOULDBLOCK
                          ? Refusal{Refusal::Kind::HeldByOther, holderIn(readNote(fd)), i18n::message("detail.lock_other_window")}
                          : cannotLock(i18n::Message{"detail.lock_failed", {i18n::osErrorArg(error)}});
            ::close(fd);
            return std::nullopt;
        }
        if (!stillNamedBy(fd, lock_path)) {
            ::close(fd);
            continue;
        }
        writeHolder(fd);
        return FileLock(fd, lock_path);
    }
    refusal = cannotLock(i18n::Message{"detail.lock_failed", {i18n::osErrorArg(EAGAIN)}});
    return std::nullopt;
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

// The lock file is removed while the lock is still held, and only if the
// name still points at our file. A window that opened the old file meanwhile
// sees after its flock that the name is gone and starts over (acquire).
void FileLock::release() noexcept {
    if (fd_ < 0) return;
    if (stillNamedBy(fd_, lock_path_)) {
        ::unlink(lock_path_.c_str());
    } else {
        [[maybe_unused]] const int ignored = ::ftruncate(fd_, 0);  // a stale note is harmless once unlocked
    }
    ::close(fd_);  // closing the last descriptor releases the flock
    fd_ = -1;
}

}  // namespace etappe::storage
