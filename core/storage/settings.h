#pragma once
#include <string>
#include <vector>

#include "i18n/translator.h"
#include "storage/file_system.h"
#include "storage/portfolio_file.h"

namespace etappe::storage {

// What Etappe remembers between runs. Stored as settings.json in configDir().
struct Settings {
    static constexpr std::size_t kMaxRecentFiles = 8;

    i18n::Language language = i18n::Language::English;
    std::vector<std::string> recent_files;  // newest first, no duplicates
    // Where the last brief or calendar was exported: reps keep them in a folder of their own
    // (a shared drive, the laptop's documents), not in Etappe's data folder. Empty: none yet.
    std::string export_folder;
    // The whole UI's zoom, 1.0 = 100 %; the app keeps it to its steps (80 %–250 %). Older files
    // without it load as 100 %.
    float zoom = 1.0f;

    // Moves `path` to the front of the recent files, dropping the oldest beyond the limit.
    void addRecent(const std::string& path);

    bool operator==(const Settings&) const = default;
};

// Why the settings file was passed over. A missing file is normal (None).
enum class SettingsSkipped {
    None,
    NotAFile,    // a FIFO, device, folder or symlink where settings.json should be
    Unreadable,  // no permission, or an I/O error
};

// A missing or broken file gives the defaults (and whatever parts of it are
// still readable): settings must never keep Etappe from starting. Only a
// regular file is read, opened without blocking and without following a
// symlink: a FIFO named settings.json would otherwise stop the start-up.
Settings loadSettings(const std::string& path, SettingsSkipped* skipped = nullptr);

// Written like a portfolio (atomic replace); creates the folder if needed.
SaveResult saveSettings(const std::string& path, const Settings& settings, FileSystem& fs = realFileSystem());

std::string settingsToText(const Settings& settings);
Settings settingsFromText(std::string_view text);

}  // namespace etappe::storage
