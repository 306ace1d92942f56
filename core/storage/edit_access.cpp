#include "storage/edit_access.h"

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>

#include "storage/atomic_write.h"
#include "storage/paths.h"

namespace etappe::storage {

namespace {

constexpr mode_t kAnyWrite = S_IWUSR | S_IWGRP | S_IWOTH;

bool onReadOnlyDisk(const std::string& folder) {
    struct statvfs disk {};
    return ::statvfs(folder.c_str(), &disk) == 0 && (disk.f_flag & ST_RDONLY) != 0;
}

// A save writes a new file next to the old one and renames it: the folder
// must allow that even when the file itself is writable.
i18n::Message folderProtection(const std::string& folder) {
    struct stat info {};
    if (::stat(folder.c_str(), &info) != 0) return {};  // a missing folder is reported by the save itself
    if ((info.st_mode & kAnyWrite) == 0) return i18n::message("detail.folder_write_protected", {folder});
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        const int error = errno;
        if (error == EROFS) return i18n::message("detail.read_only_disk", {folder});
        return i18n::Message{"detail.folder_not_writable", {{folder}, i18n::osErrorArg(error)}};
    }
    return {};
}

}  // namespace

i18n::Message writeProtection(const std::string& real_path) {
    const std::string folder = folderOf(real_path);
    if (onReadOnlyDisk(folder)) return i18n::message("detail.read_only_disk", {folder});
    struct stat file {};
    if (::stat(real_path.c_str(), &file) == 0) {
        // The rep's "read-only" tick must hold even where access() says yes (root).
        if ((file.st_mode & kAnyWrite) == 0) return i18n::message("detail.file_write_protected");
        if (::access(real_path.c_str(), W_OK) != 0) {
            const int error = errno;
            if (error == EROFS) return i18n::message("detail.read_only_disk", {folder});
            return i18n::Message{"detail.file_not_writable", {i18n::osErrorArg(error)}};
        }
    }
    return folderProtection(folder);
}

EditAccess acquireEditAccess(const std::string& path) {
    EditAccess access;
    access.real_path = resolveRealPath(path);
    access.read_only_reason = writeProtection(access.real_path);
    if (!access.read_only_reason.empty()) return access;
    FileLock::Refusal refusal;
    access.lock = FileLock::acquire(access.real_path, refusal);
    if (!access.lock) {
        access.read_only_reason = std::move(refusal.reason);
        access.holder = std::move(refusal.holder);
        return access;
    }
    // Nobody else may save this file now, so any temp file of it is a leftover.
    removeStaleTempFiles(access.real_path);
    return access;
}

}  // namespace etappe::storage
