// Settings survive a restart; a broken settings file never stops Etappe.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <optional>

#include "storage/settings.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

TEST_CASE("settings round trip: language and recent files come back after a restart") {
    testing::TempFolder folder;
    const std::string path = folder.file("config/etappe/settings.json");  // folders made on save
    Settings settings;
    settings.language = i18n::Language::German;
    settings.addRecent("/home/anna/Kunden Süd.etappe");
    settings.addRecent("/home/anna/portfolio.etappe");
    REQUIRE(saveSettings(path, settings).ok());
    CHECK(loadSettings(path) == settings);
    CHECK(testing::readBytes(path).find("\"language\": \"de\"") != std::string::npos);
}

TEST_CASE("the zoom comes back after a restart; older files and broken values give 100 %") {
    testing::TempFolder folder;
    const std::string path = folder.file("settings.json");
    Settings settings;
    settings.zoom = 1.75f;
    REQUIRE(saveSettings(path, settings).ok());
    CHECK(loadSettings(path).zoom == doctest::Approx(1.75f));
    CHECK(loadSettings(path) == settings);
    // A file from before the zoom keeps everything else and zooms 100 %.
    const Settings old = settingsFromText(R"({"language": "de", "recent_files": ["/a.etappe"]})");
    CHECK(old.language == i18n::Language::German);
    CHECK(old.zoom == 1.0f);
    for (const char* text : {R"({"zoom": "2"})", R"({"zoom": 0})", R"({"zoom": -1.5})", R"({"zoom": 1e300})",
                             R"({"zoom": null})", R"({"zoom": 40})"}) {
        CAPTURE(text);
        CHECK(settingsFromText(text).zoom == 1.0f);
    }
    CHECK(settingsFromText(R"({"zoom": 2})").zoom == 2.0f);
}

TEST_CASE("recent files: newest first, no duplicates, at most 8") {
    Settings settings;
    for (int i = 0; i < 10; ++i) settings.addRecent("/f" + std::to_string(i));
    settings.addRecent("/f5");
    REQUIRE(settings.recent_files.size() == 8);
    CHECK(settings.recent_files[0] == "/f5");
    CHECK(settings.recent_files[1] == "/f9");
    CHECK(settings.recent_files[7] == "/f2");
    settings.addRecent("/bad\xff-name");  // not UTF-8: cannot be stored in JSON, so not remembered
    CHECK(settings.recent_files[0] == "/f5");
}

TEST_CASE("a missing, broken or foreign settings file gives the defaults") {
    testing::TempFolder folder;
    const std::string path = folder.file("settings.json");
    CHECK(loadSettings(path) == Settings{});
    const char* broken[] = {"", "{", "[1,2]", "null", "\xff\xfe", "{\"language\": 7, \"recent_files\": \"x\"}",
                            "{\"language\": \"fr\"}"};
    for (const char* text : broken) {
        CAPTURE(text);
        testing::writeBytes(path, text);
        CHECK(loadSettings(path) == Settings{});
    }
    CHECK(loadSettings(folder.path()) == Settings{});  // a folder where the file should be
}

TEST_CASE("the readable parts of a damaged settings file are kept") {
    const Settings s = settingsFromText(
        R"({"language": "de", "recent_files": ["/a.etappe", 5, "", "/a.etappe", "/b.etappe", null]})");
    CHECK(s.language == i18n::Language::German);
    CHECK(s.recent_files == std::vector<std::string>{"/a.etappe", "/b.etappe"});
}

TEST_CASE("settings are replaced atomically: a failed save keeps the old file") {
    testing::TempFolder folder;
    const std::string path = folder.file("settings.json");
    Settings settings;
    settings.addRecent("/old.etappe");
    REQUIRE(saveSettings(path, settings).ok());
    const std::string before = testing::readBytes(path);

    struct FullDisk : FileSystem {
        int openForWrite(const std::string& p, int& fd) override { return realFileSystem().openForWrite(p, fd); }
        int write(int, const char*, std::size_t) override { return ENOSPC; }
        int sync(int fd) override { return realFileSystem().sync(fd); }
        int close(int fd) override { return realFileSystem().close(fd); }
        int rename(const std::string& a, const std::string& b) override { return realFileSystem().rename(a, b); }
        int syncFolder(const std::string& f) override { return realFileSystem().syncFolder(f); }
        int remove(const std::string& p) override { return realFileSystem().remove(p); }
    } full_disk;
    settings.addRecent("/new.etappe");
    CHECK(saveSettings(path, settings, full_disk).failed_step == SaveStep::Write);
    CHECK(testing::readBytes(path) == before);
    CHECK_FALSE(testing::hasTempFile(folder.path()));
}

TEST_CASE("settings remember the last export folder; one that cannot be stored is left out") {
    testing::TempFolder folder;
    const std::string path = folder.file("settings.json");
    Settings settings;
    settings.export_folder = "/home/anna/Gesprächsvorbereitungen";
    REQUIRE(saveSettings(path, settings).ok());
    CHECK(loadSettings(path).export_folder == "/home/anna/Gesprächsvorbereitungen");
    settings.export_folder = "/bad\xff-name";
    REQUIRE(saveSettings(path, settings).ok());
    CHECK(loadSettings(path).export_folder.empty());
    CHECK(settingsFromText("{\"export_folder\": 7}").export_folder.empty());
}

namespace {

// loadSettings on another thread, so that a loader that blocks fails the test
// instead of hanging it: after the time limit the FIFO gets a writer, which
// lets a blocked open() return.
std::optional<Settings> loadWithin(const std::string& path, std::chrono::seconds limit, SettingsSkipped& skipped) {
    auto loading = std::async(std::launch::async, [&] { return loadSettings(path, &skipped); });
    if (loading.wait_for(limit) == std::future_status::ready) return loading.get();
    const int writer = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (writer >= 0) ::close(writer);
    loading.wait();
    return std::nullopt;
}

}  // namespace

TEST_CASE("a FIFO as settings.json does not block the start: ignored, with a reason") {
    testing::TempFolder folder;
    const std::string path = folder.file("settings.json");
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    SettingsSkipped skipped = SettingsSkipped::None;
    const auto loaded = loadWithin(path, std::chrono::seconds(5), skipped);
    REQUIRE_MESSAGE(loaded.has_value(), "loadSettings blocked on a FIFO");
    CHECK(*loaded == Settings{});
    CHECK(skipped == SettingsSkipped::NotAFile);
}

TEST_CASE("settings: only a regular file is read; a symlink, folder or device is passed over") {
    testing::TempFolder folder;
    Settings german;
    german.language = i18n::Language::German;
    REQUIRE(saveSettings(folder.file("real.json"), german).ok());
    SettingsSkipped skipped = SettingsSkipped::NotAFile;
    CHECK(loadSettings(folder.file("real.json"), &skipped) == german);
    CHECK(skipped == SettingsSkipped::None);
    CHECK(loadSettings(folder.file("missing.json"), &skipped) == Settings{});
    CHECK(skipped == SettingsSkipped::None);  // missing is normal: no warning

    REQUIRE(::symlink(folder.file("real.json").c_str(), folder.file("link.json").c_str()) == 0);
    CHECK(loadSettings(folder.file("link.json"), &skipped) == Settings{});
    CHECK(skipped == SettingsSkipped::NotAFile);
    CHECK(loadSettings(folder.path(), &skipped) == Settings{});
    CHECK(skipped == SettingsSkipped::NotAFile);
    CHECK(loadSettings("/dev/zero", &skipped) == Settings{});
    CHECK(skipped == SettingsSkipped::NotAFile);
}
