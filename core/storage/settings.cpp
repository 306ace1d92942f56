#include "storage/settings.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "storage/atomic_write.h"
#include "storage/json.h"
#include "storage/paths.h"
#include "storage/text_checks.h"

namespace etappe::storage {

namespace {

// A settings file is a few hundred bytes; anything far larger is not ours.
constexpr std::size_t kMaxSettingsBytes = 1024 * 1024;

// The range of zoom a file may hold (the app's steps lie within it).
constexpr double kMinZoom = 0.5;
constexpr double kMaxZoom = 4.0;

// Paths are written as JSON strings, so they must be UTF-8 without NUL
// (a Linux file name can be any bytes; such a file is simply not remembered).
bool isStorablePath(std::string_view path) {
    return !path.empty() && path.size() <= 4096 && path.find('\0') == std::string_view::npos && isValidUtf8(path);
}

void readRecentFiles(const rapidjson::Value& list, Settings& settings) {
    if (!list.IsArray()) return;
    for (const auto& item : list.GetArray()) {
        if (settings.recent_files.size() == Settings::kMaxRecentFiles) break;
        if (!item.IsString()) continue;
        const std::string path(item.GetString(), item.GetStringLength());
        const bool known = std::find(settings.recent_files.begin(), settings.recent_files.end(), path) !=
                           settings.recent_files.end();
        if (isStorablePath(path) && !known) settings.recent_files.push_back(path);
    }
}

enum class ReadOutcome { Read, Missing, NotAFile, Failed };

// O_NONBLOCK: opening a FIFO for reading would wait for a writer; once
// fstat has shown a regular file the flag changes nothing. O_NOFOLLOW: a
// symlink is reported like any other thing that is not our file.
ReadOutcome readRegularFile(const std::string& path, std::string& text) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENOENT) return ReadOutcome::Missing;
        return errno == ELOOP ? ReadOutcome::NotAFile : ReadOutcome::Failed;
    }
    struct stat info {};
    ReadOutcome outcome = ReadOutcome::Read;
    if (::fstat(fd, &info) != 0) {
        outcome = ReadOutcome::Failed;
    } else if (!S_ISREG(info.st_mode)) {
        outcome = ReadOutcome::NotAFile;
    } else {
        text.resize(kMaxSettingsBytes + 1);
        std::size_t used = 0;
        while (used < text.size()) {
            const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) outcome = ReadOutcome::Failed;
            if (n <= 0) break;
            used += static_cast<std::size_t>(n);
        }
        text.resize(used);
        if (used > kMaxSettingsBytes) text.clear();  // far too large to be ours: the defaults
    }
    ::close(fd);
    return outcome;
}

}  // namespace

void Settings::addRecent(const std::string& path) {
    if (!isStorablePath(path)) return;
    std::erase(recent_files, path);
    recent_files.insert(recent_files.begin(), path);
    if (recent_files.size() > kMaxRecentFiles) recent_files.resize(kMaxRecentFiles);
}

Settings settingsFromText(std::string_view text) {
    Settings settings;
    rapidjson::Document document;
    document.Parse(text.data(), text.size());  // iterative and UTF-8 validating (json.h)
    if (document.HasParseError() || !document.IsObject()) return settings;
    const auto language = document.FindMember("language");
    if (language != document.MemberEnd() && language->value.IsString()) {
        i18n::languageFromCode(language->value.GetString(), settings.language);
    }
    const auto recent = document.FindMember("recent_files");
    if (recent != document.MemberEnd()) readRecentFiles(recent->value, settings);
    const auto export_folder = document.FindMember("export_folder");
    if (export_folder != document.MemberEnd() && export_folder->value.IsString()) {
        const std::string folder(export_folder->value.GetString(), export_folder->value.GetStringLength());
        if (isStorablePath(folder)) settings.export_folder = folder;
    }
    // Only a plausible number: a broken value must not make the UI unreadably small or huge.
    const auto zoom = document.FindMember("zoom");
    if (zoom != document.MemberEnd() && zoom->value.IsNumber()) {
        const double value = zoom->value.GetDouble();
        if (value >= kMinZoom && value <= kMaxZoom) settings.zoom = static_cast<float>(value);
    }
    return settings;
}

std::string settingsToText(const Settings& settings) {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    writer.StartObject();
    writer.Key("language");
    const std::string_view code = i18n::languageCode(settings.language);
    writer.String(code.data(), static_cast<rapidjson::SizeType>(code.size()));
    writer.Key("recent_files");
    writer.StartArray();
    for (const std::string& path : settings.recent_files) {
        if (isStorablePath(path)) writer.String(path.data(), static_cast<rapidjson::SizeType>(path.size()));
    }
    writer.EndArray();
    if (isStorablePath(settings.export_folder)) {
        writer.Key("export_folder");
        writer.String(settings.export_folder.data(), static_cast<rapidjson::SizeType>(settings.export_folder.size()));
    }
    writer.Key("zoom");
    writer.Double(static_cast<double>(settings.zoom));
    writer.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

Settings loadSettings(const std::string& path, SettingsSkipped* skipped) {
    SettingsSkipped ignored = SettingsSkipped::None;
    SettingsSkipped& why = skipped ? *skipped : ignored;
    why = SettingsSkipped::None;
    std::string text;
    switch (readRegularFile(path, text)) {
        case ReadOutcome::Missing: return {};
        case ReadOutcome::NotAFile: why = SettingsSkipped::NotAFile; return {};
        case ReadOutcome::Failed: why = SettingsSkipped::Unreadable; return {};
        case ReadOutcome::Read: break;
    }
    try {
        return settingsFromText(text);
    } catch (const std::exception&) {
        return {};
    }
}

SaveResult saveSettings(const std::string& path, const Settings& settings, FileSystem& fs) {
    i18n::Message error;
    if (!ensureFolder(folderOf(path), error)) return SaveResult{SaveStep::Open, 0, error};
    return writeFileAtomically(path, settingsToText(settings), fs);
}

}  // namespace etappe::storage
