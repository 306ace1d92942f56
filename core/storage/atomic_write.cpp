#include "storage/atomic_write.h"

#include <sys/stat.h>
#include <unistd.h>

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
    return prefix + "." + nameOf(path) + ".tmp-" + std::to_string(::getpid());
}

SaveResult writeFileAtomically(const std::string& path, std::string_view text, FileSystem& fs,
                               const BeforeReplace& before_replace) {
    const std::string temp = tempPathFor(path);
    int fd = -1;
    if (const int error = fs.openForWrite(temp, fd)) return failed(SaveStep::Open, error, inFolder(path));
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
