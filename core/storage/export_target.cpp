#include "storage/export_target.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "storage/atomic_write.h"

namespace etappe::storage {

namespace {

ExportTarget refuse(const char* key, std::vector<std::string> args = {}) {
    return ExportTarget{ExportTarget::Verdict::Refused, i18n::message(key, std::move(args))};
}

bool hasPortfolioName(const std::string& path) {
    const std::string name = nameOf(path);
    return name.ends_with(".etappe") || name.ends_with(".etappe.lock") ||
           path.find(".etappe-backups/") != std::string::npos || name == ".etappe-backups";
}

// A portfolio under any name (a rep may call it kunden.json): its first
// bytes name the format version. Read without blocking and without following links.
bool looksLikePortfolio(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return false;
    char head[256] = {};
    const ssize_t n = ::read(fd, head, sizeof head - 1);
    ::close(fd);
    return n > 0 && std::string_view(head, static_cast<std::size_t>(n)).find("\"format_version\"") != std::string_view::npos;
}

}  // namespace

ExportTarget checkExportTarget(const std::string& path) {
    if (path.empty() || path.back() == '/') return refuse("detail.export_no_name");
    if (hasPortfolioName(path)) return refuse("detail.export_over_portfolio", {path});
    struct stat folder {};
    const std::string parent = folderOf(path);
    if (::stat(parent.c_str(), &folder) != 0 || !S_ISDIR(folder.st_mode)) {
        return refuse("detail.export_no_folder", {parent});
    }
    struct stat target {};
    if (::lstat(path.c_str(), &target) != 0) return {};  // a new file
    if (S_ISLNK(target.st_mode)) return refuse("detail.export_symlink", {path});
    if (S_ISDIR(target.st_mode)) return refuse("detail.export_folder", {path});
    if (!S_ISREG(target.st_mode)) return refuse("detail.export_not_regular", {path});
    if (looksLikePortfolio(path)) return refuse("detail.export_over_portfolio", {path});
    return ExportTarget{ExportTarget::Verdict::ExistingFile, {}};
}

SaveResult writeExport(const std::string& path, std::string_view text, bool replace_existing, FileSystem& fs) {
    const ExportTarget target = checkExportTarget(path);
    if (target.refused()) return SaveResult{SaveStep::Validate, 0, target.reason};
    if (target.verdict == ExportTarget::Verdict::ExistingFile && !replace_existing) {
        return SaveResult{SaveStep::Validate, 0, i18n::message("detail.export_exists", {path})};
    }
    return writeFileAtomically(path, text, fs);
}

bool hasExtension(std::string_view path, std::string_view extension) {
    const std::size_t slash = path.find_last_of("/\\");
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    if (name.size() <= extension.size() + 1 || name[name.size() - extension.size() - 1] != '.') return false;
    return std::equal(extension.begin(), extension.end(), name.end() - static_cast<std::ptrdiff_t>(extension.size()),
                      [](char a, char b) { return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b); });
}

}  // namespace etappe::storage
