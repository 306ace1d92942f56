#include "storage/backups.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <iterator>
#include <memory>

#include "dates/clock.h"
#include "storage/atomic_write.h"
#include "storage/paths.h"

namespace etappe::storage {

namespace {

constexpr std::string_view kBackupExtension = ".etappe";
constexpr std::size_t kStampLength = 18;  // YYYYMMDDTHHMMSSmmm

std::string joinPath(const std::string& folder, const std::string& name) {
    return folder == "/" ? "/" + name : folder + "/" + name;
}

// The stamp of a backup file name that belongs to `data_name`, or empty.
std::string_view stampOf(std::string_view file_name, const std::string& data_name) {
    const std::size_t expected = data_name.size() + 1 + kStampLength + kBackupExtension.size();
    if (file_name.size() != expected || file_name.substr(0, data_name.size()) != data_name) return {};
    if (file_name[data_name.size()] != '.' || !file_name.ends_with(kBackupExtension)) return {};
    const std::string_view stamp = file_name.substr(data_name.size() + 1, kStampLength);
    return dates::parseCompactUtc(stamp) ? stamp : std::string_view{};
}

i18n::Message errorAt(const std::string& path, int error_number) {
    return i18n::Message{"detail.path_error", {{path}, i18n::osErrorArg(error_number)}};
}

// Copies `from` to `to` through a temp file, for file systems without hard links.
i18n::Message copyFile(const std::string& from, const std::string& to) {
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return errorAt(from, errno);
    std::string text;
    char buffer[65536];
    ssize_t n = 0;
    while ((n = ::read(in, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0) text.append(buffer, static_cast<std::size_t>(n));
    }
    const i18n::Message read_error = n < 0 ? errorAt(from, errno) : i18n::Message{};
    ::close(in);
    if (!read_error.empty()) return read_error;
    const SaveResult result = writeFileAtomically(to, text);
    if (!result.ok()) return errorAt(to, result.error_number);
    // The copy keeps the original's time, so isSameVersion recognises it.
    struct stat info {};
    if (::stat(from.c_str(), &info) == 0) {
        const timespec times[2] = {info.st_atim, info.st_mtim};
        ::utimensat(AT_FDCWD, to.c_str(), times, 0);
    }
    return {};
}

bool sameBytes(const std::string& a, const std::string& b) {
    std::ifstream in_a(a, std::ios::binary), in_b(b, std::ios::binary);
    return in_a && in_b &&
           std::equal(std::istreambuf_iterator<char>(in_a), {}, std::istreambuf_iterator<char>(in_b), {});
}

// Whether the newest backup already holds the version at `path`: a save
// killed between making the backup and replacing the file leaves exactly
// this, and the next save must not keep the same version twice. A hard link
// is the same inode; a copy keeps size and time, and then the bytes decide
// (timestamps are coarse: two quick saves of equal size can share one).
bool isSameVersion(const struct stat& current, const std::string& path, const std::string& backup) {
    struct stat info {};
    if (::stat(backup.c_str(), &info) != 0) return false;
    if (info.st_dev == current.st_dev && info.st_ino == current.st_ino) return true;
    const bool same_time = info.st_mtim.tv_sec == current.st_mtim.tv_sec && info.st_mtim.tv_nsec == current.st_mtim.tv_nsec;
    return info.st_size == current.st_size && same_time && sameBytes(path, backup);
}

// Never older than the newest existing backup, so "newest first" by name
// stays true even when the clock jumps back or two saves share a millisecond.
std::int64_t nextStamp(const std::vector<std::string>& existing) {
    std::int64_t stamp = dates::nowUnixMs();
    if (existing.empty()) return stamp;
    const std::string name = nameOf(existing.front());
    const std::size_t at = name.size() - kBackupExtension.size() - kStampLength;
    const auto newest = dates::parseCompactUtc(std::string_view(name).substr(at, kStampLength));
    return newest && *newest >= stamp ? *newest + 1 : stamp;
}

}  // namespace

std::string backupFolderFor(const std::string& path) { return joinPath(folderOf(path), ".etappe-backups"); }

std::vector<std::string> listBackups(const std::string& path) {
    const std::string folder = backupFolderFor(path);
    const std::string data_name = nameOf(path);
    std::vector<std::string> names;
    const std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(folder.c_str()), ::closedir);
    if (!dir) return {};
    while (const dirent* entry = ::readdir(dir.get())) {
        if (!stampOf(entry->d_name, data_name).empty()) names.emplace_back(entry->d_name);
    }
    // Same prefix and fixed-width stamps: name order is time order.
    std::sort(names.begin(), names.end(), std::greater<>());
    for (std::string& name : names) name = joinPath(folder, name);
    return names;
}

i18n::Message rotateBackups(const std::string& path, int keep) {
    struct stat info {};
    if (keep <= 0 || ::stat(path.c_str(), &info) != 0) return {};
    const std::string folder = backupFolderFor(path);
    i18n::Message error;
    if (!ensureFolder(folder, error)) return error;

    const std::vector<std::string> existing = listBackups(path);
    if (!existing.empty() && isSameVersion(info, path, existing.front())) return {};
    const std::string stamp = dates::compactUtc(nextStamp(existing));
    const std::string backup = joinPath(folder, nameOf(path) + "." + stamp + ".etappe");
    // The rename that follows gives `path` a new inode, so the link keeps the
    // old version without copying a byte.
    if (::linkat(AT_FDCWD, path.c_str(), AT_FDCWD, backup.c_str(), AT_SYMLINK_FOLLOW) != 0) {
        error = copyFile(path, backup);
        if (!error.empty()) return error;
    }
    const std::vector<std::string> all = listBackups(path);
    for (std::size_t i = static_cast<std::size_t>(keep); i < all.size(); ++i) ::unlink(all[i].c_str());
    return {};
}

}  // namespace etappe::storage
