#include "storage/paths.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <vector>

namespace etappe::storage {

namespace {

std::string homeDir() {
    const char* home = std::getenv("HOME");
    if (home && *home) return home;
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_dir) {
        return found->pw_dir;
    }
    return "/tmp";  // no home at all (a bare container): still somewhere writable
}

// The spec says relative paths in XDG variables are invalid and must be ignored.
std::string xdgBase(const char* variable, const char* fallback_below_home) {
    const char* value = std::getenv(variable);
    if (value && value[0] == '/') return value;
    return homeDir() + "/" + fallback_below_home;
}

bool isFolder(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

}  // namespace

std::string dataDir() { return xdgBase("XDG_DATA_HOME", ".local/share") + "/etappe"; }
std::string configDir() { return xdgBase("XDG_CONFIG_HOME", ".config") + "/etappe"; }
std::string defaultPortfolioPath() { return dataDir() + "/portfolio.etappe"; }
std::string settingsPath() { return configDir() + "/settings.json"; }
std::string recoveryPath() { return dataDir() + "/recovery/unsaved.etappe"; }

std::string resolveRealPath(const std::string& path) {
    char real[PATH_MAX];
    if (::realpath(path.c_str(), real)) return real;
    const auto slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (name.empty() || !::realpath(folder.c_str(), real)) return path;
    const std::string resolved = real;
    return resolved == "/" ? "/" + name : resolved + "/" + name;
}

bool ensureFolder(const std::string& path, i18n::Message& error) {
    if (path.empty()) {
        error = i18n::message("detail.empty_folder_name");
        return false;
    }
    for (std::size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
        const std::string prefix = path.substr(0, slash);
        // An existing folder can still fail with EACCES/EROFS instead of EEXIST.
        if (!prefix.empty() && ::mkdir(prefix.c_str(), 0700) != 0) {
            const int error_number = errno;
            if (error_number != EEXIST && !isFolder(prefix)) {
                error = i18n::Message{"detail.path_error", {{prefix}, i18n::osErrorArg(error_number)}};
                return false;
            }
        }
        if (slash == std::string::npos) break;
    }
    if (isFolder(path)) return true;
    error = i18n::message("detail.not_a_folder", {path});
    return false;
}

}  // namespace etappe::storage
