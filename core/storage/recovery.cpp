#include "storage/recovery.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "dates/clock.h"
#include "storage/atomic_write.h"
#include "storage/json.h"
#include "storage/paths.h"
#include "storage/text_checks.h"

namespace etappe::storage {

namespace {

constexpr const char* kOriginalPathField = "recovery_original_path";
constexpr const char* kSavedAtField = "recovery_saved_at";

std::string stringField(const rapidjson::Document& document, const char* name) {
    const auto member = document.FindMember(name);
    if (member == document.MemberEnd() || !member->value.IsString()) return {};
    return std::string(member->value.GetString(), member->value.GetStringLength());
}

// The two extra fields; the portfolio itself was already loaded and checked.
void readOrigin(const std::string& path, Recovery& recovery) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    rapidjson::Document document;
    const std::string json = std::move(text).str();
    document.Parse(json.data(), json.size());
    if (document.HasParseError() || !document.IsObject()) return;
    recovery.original_path = stringField(document, kOriginalPathField);
    if (const auto ms = dates::parseIsoUtc(stringField(document, kSavedAtField))) {
        recovery.saved_at = std::chrono::system_clock::time_point(std::chrono::milliseconds(*ms));
    }
}

// A name no other window picks: the pid tells whose it is, the random part
// keeps a reused pid from meeting an orphan of an earlier process.
std::string freshRecoveryPath() {
    std::random_device random;
    char name[64];
    std::snprintf(name, sizeof name, "recovery-%ld-%08x.etappe", static_cast<long>(::getpid()),
                  static_cast<unsigned>(random()));
    return recoveryFolder() + "/" + name;
}

bool isRecoveryName(const std::string& name) {
    const std::string suffix = ".etappe";
    return name.size() > suffix.size() && name[0] != '.' && name.ends_with(suffix);
}

// Removes a recovery file and the lock file beside it; the caller holds the lock.
void removeRecoveryFiles(const std::string& path) {
    ::unlink(path.c_str());
    ::unlink(lockPathFor(path).c_str());
}

// Loads one recovery file if no running window holds it.
std::optional<Recovery> takeOrphan(const std::string& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    FileLock::Refusal refusal;
    auto lock = FileLock::acquire(path, refusal);
    if (!lock) return std::nullopt;  // a running window's live recovery
    LoadResult loaded = loadPortfolioFile(path);
    if (!loaded.ok()) return std::nullopt;
    Recovery recovery{std::move(*loaded.portfolio), {}, {}, path, std::move(lock)};
    readOrigin(path, recovery);
    // A file without its time (saved by hand into the folder): when it was written.
    if (recovery.saved_at.time_since_epoch().count() == 0)
        recovery.saved_at = std::chrono::system_clock::from_time_t(info.st_mtime);
    return recovery;
}

}  // namespace

std::string recoveryFolder() { return dataDir() + "/recovery"; }

RecoveryFile::RecoveryFile() : path_(freshRecoveryPath()) {}

RecoveryFile::RecoveryFile(Recovery&& adopted) : path_(std::move(adopted.path)), lock_(std::move(adopted.lock)) {}

void RecoveryFile::prepare() {
    if (lock_) return;
    i18n::Message error;
    if (!ensureFolder(recoveryFolder(), error)) return;  // the write reports it
    FileLock::Refusal refusal;
    lock_ = FileLock::acquire(path_, refusal);
}

void RecoveryFile::discard() {
    if (!lock_) return;  // never written (the lock comes first), or not ours to delete
    removeRecoveryFiles(path_);
    lock_.reset();
}

SaveResult writeRecovery(const std::string& path, const model::Portfolio& portfolio,
                         const std::string& original_path_or_empty, FileSystem& fs) {
    SaveResult refused{SaveStep::Validate, 0, {}};
    if (findProblem(portfolio, refused.detail) != LoadProblem::None) return refused;
    i18n::Message error;
    if (!ensureFolder(folderOf(path), error)) return SaveResult{SaveStep::Open, 0, error};
    // A Linux path may be any bytes; JSON text must be UTF-8, so such a path is not kept.
    const bool storable = isValidUtf8(original_path_or_empty) &&
                          original_path_or_empty.find('\0') == std::string::npos;
    const ExtraFields origin = {{kOriginalPathField, storable ? original_path_or_empty : std::string()},
                                {kSavedAtField, dates::isoUtc(dates::nowUnixMs())}};
    return writeFileAtomically(path, portfolioToText(portfolio, origin), fs);
}

// Also offers "unsaved.etappe", the one shared file of earlier versions.
std::vector<Recovery> findOrphanedRecoveries() {
    std::vector<Recovery> found;
    const std::string folder = recoveryFolder();
    DIR* dir = ::opendir(folder.c_str());
    if (!dir) return found;
    std::vector<std::string> names;
    while (const dirent* entry = ::readdir(dir)) {
        if (isRecoveryName(entry->d_name)) names.emplace_back(entry->d_name);
    }
    ::closedir(dir);
    for (const std::string& name : names) {
        try {
            if (auto recovery = takeOrphan(folder + "/" + name)) found.push_back(std::move(*recovery));
        } catch (const std::exception&) {
            // Unreadable: not offered, and left where it is.
        }
    }
    std::sort(found.begin(), found.end(), [](const Recovery& a, const Recovery& b) { return a.saved_at > b.saved_at; });
    return found;
}

void discardRecovery(Recovery& recovery) {
    if (!recovery.lock) return;  // not ours to delete
    removeRecoveryFiles(recovery.path);
    recovery.lock.reset();
}

}  // namespace etappe::storage
