// Defect 5 of issue 8: details of load and save problems are messages (keys
// and values), so a German dialog shows no English sentence from core.
#include <doctest/doctest.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "i18n/message.h"
#include "i18n/translator.h"
#include "storage/atomic_write.h"
#include "storage/portfolio_file.h"
#include "test_storage_support.h"

using namespace etappe;
using i18n::Language;

namespace {

// Words that give an English sentence away; none of them is German.
const char* const kEnglishWords[] = {" is ", " the ", "line ", "column", "more than", "expected", "missing",
                                     " not ", "unknown", "contains", "folder", "disk", "full", "No such"};

// The translated template with every value blanked: what the translation
// tables say, without places, names and technical values.
std::string germanTemplate(const i18n::Message& message) {
    static const i18n::Translator tr(Language::German);
    i18n::Message blank = message;
    for (auto& arg : blank.args) {
        if (!arg.is_key) arg.text = "…";
    }
    return i18n::render(tr, blank);
}

void expectGerman(const i18n::Message& message) {
    const std::string text = germanTemplate(message);
    INFO("key: " << message.key << " → " << text);
    CHECK(text.find("[missing text]") == std::string::npos);
    for (const char* word : kEnglishWords) CHECK(text.find(word) == std::string::npos);
}

}  // namespace

TEST_CASE("errno values have texts in both languages, with a numbered fallback") {
    const i18n::Translator de(Language::German);
    const i18n::Translator en(Language::English);
    CHECK(i18n::render(de, i18n::osError(ENOSPC)) == "Der Datenträger ist voll");
    CHECK(i18n::render(en, i18n::osError(ENOSPC)) == "The disk is full");
    CHECK(i18n::render(de, i18n::osError(EACCES)) == "Keine Berechtigung");
    CHECK(i18n::render(de, i18n::osError(9999)) == "Systemfehler 9999");
    // Inside a sentence, and an unknown number keeps its value there too.
    const i18n::Message at{"detail.path_error", {{"/a/b"}, i18n::osErrorArg(9999)}};
    CHECK(i18n::render(de, at) == "/a/b: Systemfehler 9999");
}

TEST_CASE("values are inserted as they are: a path with % stays intact") {
    const i18n::Translator de(Language::German);
    CHECK(i18n::render(de, i18n::message("detail.folder", {"/tmp/100%s"})) == "Ordner /tmp/100%s");
}

TEST_CASE("a disk-full save and a refused value read in German without English words") {
    const testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    model::Portfolio p = testing::textHeavyPortfolio();
    p.customers.front().name.clear();
    const storage::SaveResult refused = storage::savePortfolioFile(path, p);
    REQUIRE(refused.failed_step == storage::SaveStep::Validate);
    const i18n::Translator de(Language::German);
    const std::string validation = i18n::render(de, refused.detail);
    CHECK(validation == "customers[0].name ist leer");
    expectGerman(refused.detail);

    const std::string full = i18n::render(de, i18n::osError(ENOSPC));
    CHECK(full.find("Datenträger") != std::string::npos);
    CHECK(full.find("voll") != std::string::npos);
    CHECK(full.find("No space") == std::string::npos);  // strerror's English text
    expectGerman(i18n::osError(ENOSPC));
}

TEST_CASE("every refused fixture names its problem through the translation tables") {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(ETAPPE_FIXTURES_DIR "/bad")) {
        const storage::LoadResult result = storage::loadPortfolioFile(entry.path().string());
        INFO(entry.path().filename().string());
        CHECK_FALSE(result.ok());
        if (!result.detail.empty()) expectGerman(result.detail);
        ++files;
    }
    CHECK(files > 40);
    // Problems found without a file: a folder, a missing file.
    const testing::TempFolder folder;
    expectGerman(storage::loadPortfolioFile(folder.path()).detail);
    expectGerman(storage::loadPortfolioFile(folder.file("none.etappe")).detail);
}

TEST_CASE("every message key written in core exists in both languages") {
    // Core builds messages from literal keys; a typo or an English sentence
    // passed as a key would show "[missing text]". Scan the sources for them.
    const std::filesystem::path core = std::filesystem::path(ETAPPE_ASSETS_DIR) / ".." / "core";
    const std::regex literal_key(R"re("((detail|os_error|json_error)\.[A-Za-z0-9_.]+)")re");
    std::set<std::string> known;
    for (const auto& entry : i18n::stringTable()) known.insert(entry.key);
    int keys = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(core)) {
        if (entry.path().filename() == "strings_problems.cpp") continue;
        const std::string text = testing::readBytes(entry.path().string());
        for (std::sregex_iterator it(text.begin(), text.end(), literal_key), end; it != end; ++it) {
            const std::string key = (*it)[1];
            INFO(entry.path().filename().string() << ": " << key);
            // Built keys (prefix + suffix) are checked by the tests of their parts.
            if (key.back() == '.') continue;
            CHECK(known.count(key) == 1);
            ++keys;
        }
    }
    CHECK(keys > 40);
    for (int code = 0; code <= 17; ++code) CHECK(known.count("json_error." + std::to_string(code)) == 1);
}

TEST_CASE("a failed write names the folder in the user's language") {
    const testing::TempFolder folder;
    const storage::SaveResult result = storage::writeFileAtomically(folder.file("missing/x.etappe"), "text");
    REQUIRE(result.failed_step == storage::SaveStep::Open);
    CHECK(result.error_number == ENOENT);
    const i18n::Translator de(Language::German);
    CHECK(i18n::render(de, result.detail) == "Ordner " + folder.file("missing"));
    CHECK(i18n::render(de, i18n::osError(result.error_number)) == "Die Datei oder der Ordner existiert nicht");
}
