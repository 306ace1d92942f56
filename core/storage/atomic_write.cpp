#include "storage/atomic_write.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <memory>
#include <vector>

namespace etappe::storage {

namespace {

SaveResult failed(SaveStep step, int error_number, i18n::Message detail = {}) {
    return SaveResult{step, error_number, std::move(detail)};
}

// A replaced file keeps its permissions: a portfolio the user made private
// (0600) must not become world-readable by being saved. Best effort.
void keepPermissions(const std::string& path, int fd) {
    struct stat original {};
    if (::stat(path.c_str(), &original) == 0) ::fchmod(fd, original.st_mode & 07777);
}

// Writes and closes the temp file. On failure the descriptor is closed and the
// temp file removed, so nothing is left behind.
SaveResult writeTempFile(const std::string& temp, std::string_view text, FileSystem& fs, int fd) {
    if (const int error = fs.write(fd, text.data(), text.size())) {
        fs.close(fd);
        fs.remove(temp);
        return failed(SaveStep::Write, error);
    }
    if (const int error = fs.sync(fd)) {
        fs.close(fd);  // the data is suspect: start over on the next save, never fsync again
        fs.remove(temp);
        return failed(SaveStep::Sync, error);
    }
    if (const int error = fs.close(fd)) {
        fs.remove(temp);
        return failed(SaveStep::Close, error);
    }
    return {};
}

i18n::Message inFolder(const std::string& path) { return i18n::message("detail.folder", {folderOf(path)}); }

std::string randomSuffix() {
    std::uint32_t value = 0;
    if (::getrandom(&value, sizeof value, GRND_NONBLOCK) != sizeof value) {
        // No entropy yet (early boot): still different per call and process.
        static std::uint32_t counter = 0;
        value = static_cast<std::uint32_t>(::getpid()) * 2654435761u + ++counter;
    }
    char text[9];
    std::snprintf(text, sizeof text, "%08x", value);
    return text;
}

// The pid in "<pid>-<hex>" (or "<pid>" as Etappe named temp files before), or 0.
pid_t tempOwner(std::string_view suffix) {
    const auto dash = suffix.find('-');
    const std::string_view digits = suffix.substr(0, dash);
    if (dash != std::string_view::npos) {
        const std::string_view hex = suffix.substr(dash + 1);
        if (hex.empty() || hex.find_first_not_of("0123456789abcdef") != std::string_view::npos) return 0;
    }
    pid_t pid = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
    return error == std::errc() && end == digits.data() + digits.size() && pid > 0 ? pid : 0;
}

bool processIsGone(pid_t pid) { return ::kill(pid, 0) != 0 && errno == ESRCH; }

// A leftover only if its writer is gone and nobody holds its flock (a writer
// on another machine sharing the folder has a pid we cannot check).
bool isStale(const std::string& temp, pid_t owner) {
    if (owner == ::getpid() || !processIsGone(owner)) return false;
    struct stat info {};
    if (::lstat(temp.c_str(), &info) != 0) return false;
    if (S_ISLNK(info.st_mode)) return true;  // never ours: removing the link leaves its target alone
    if (!S_ISREG(info.st_mode)) return false;
    const int fd = ::open(temp.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

}  // namespace

std::string folderOf(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string nameOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string tempPathFor(const std::string& path) {
    const std::string folder = folderOf(path);
    const std::string prefix = folder == "/" ? "/" : folder + "/";
    return prefix + "." + nameOf(path) + ".tmp-" + std::to_string(::getpid()) + "-" + randomSuffix();
}

int removeStaleTempFiles(const std::string& path) {
    const std::string folder = folderOf(path);
    std::string prefix = ".";  // built in steps: g++ 12 warns falsely (-Wrestrict) about "." + std::string
    prefix += nameOf(path);
    prefix += ".tmp-";
    const std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(folder.c_str()), ::closedir);
    if (!dir) return 0;
    std::vector<std::string> stale;
    while (const dirent* entry = ::readdir(dir.get())) {
        const std::string_view name = entry->d_name;
        if (!name.starts_with(prefix)) continue;
        const pid_t owner = tempOwner(name.substr(prefix.size()));
        const std::string temp = (folder == "/" ? "/" : folder + "/") + std::string(name);
        if (owner > 0 && isStale(temp, owner)) stale.push_back(temp);
    }
    int removed = 0;
    for (const std::string& temp : stale) removed += ::unlink(temp.c_str()) == 0 ? 1 : 0;
    return removed;
}

SaveResult writeFileAtomically(const std::string& path, std::string_view text, FileSystem& fs,
                               const BeforeReplace& before_replace) {
    // A fresh random name on a (very unlikely) clash: EEXIST never means "write there".
    std::string temp = tempPathFor(path);
    int fd = -1;
    int open_error = fs.openForWrite(temp, fd);
    for (int attempt = 0; open_error == EEXIST && attempt < 8; ++attempt) {
        temp = tempPathFor(path);
        open_error = fs.openForWrite(temp, fd);
    }
    if (open_error) return failed(SaveStep::Open, open_error, inFolder(path));
    keepPermissions(path, fd);
    SaveResult result = writeTempFile(temp, text, fs, fd);
    if (!result.ok()) return result;

    i18n::Message note = before_replace ? before_replace() : i18n::Message{};
    if (const int error = fs.rename(temp, path)) {
        fs.remove(temp);
        return failed(SaveStep::Rename, error);
    }
    // The new file is in place; without the folder fsync the rename itself
    // might not survive a power cut, so the user is asked to save again.
    if (const int error = fs.syncFolder(folderOf(path))) return failed(SaveStep::SyncFolder, error, inFolder(path));
    result.detail = std::move(note);
    return result;
}

}  // namespace etappe::storage
