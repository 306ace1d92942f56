#pragma once
// Helpers shared by the storage tests: a private temp folder and raw file bytes.
#include <dirent.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "i18n/message.h"
#include "i18n/translator.h"
#include "model/portfolio.h"

namespace etappe::testing {

// A detail as an English-speaking user reads it.
inline std::string english(const i18n::Message& message) {
    static const i18n::Translator tr(i18n::Language::English);
    return i18n::render(tr, message);
}

// A fresh folder under /tmp, removed with everything in it at scope exit.
class TempFolder {
public:
    TempFolder() {
        std::string pattern = "/tmp/etappe-test-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

inline std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return std::move(out).str();
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// Names of the entries in a folder (hidden ones included), sorted.
inline std::vector<std::string> folderEntries(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

// True when a temp file of an atomic save is lying around in `folder`.
inline bool hasTempFile(const std::string& folder) {
    for (const std::string& name : folderEntries(folder)) {
        if (name.find(".tmp-") != std::string::npos) return true;
    }
    return false;
}

// A small portfolio with everything that tends to break text handling.
inline model::Portfolio textHeavyPortfolio() {
    model::Portfolio p;
    p.title = "Vertrieb Süd – „Q3“ 🚀";
    model::Customer c;
    c.id = p.allocateId();
    c.name = "Größenwahn & Söhne „Übermorgen“ GmbH";
    c.industry = "Maschinenbau 🏭";
    c.city = "Würzburg";
    c.notes = "Preis: 12.500 € netto\nZeile 2\t\"zitiert\" \\ Backslash \\u0000 (kein NUL) 👍🏽 日本語";
    c.customer_class = method::CustomerClass::A;
    c.annual_revenue = {123456789, "EUR"};
    c.potential = {model::kMaxMoneyCents, "CHF"};
    c.phase = method::SalesPhase::Decision;
    c.created_on = "2024-02-29";
    model::Contact contact;
    contact.id = p.allocateId();
    contact.name = "Zoë Ærøskøbing-Öztürk";
    contact.role = "Geschäftsführerin";
    contact.email = "zoe@example.de";
    contact.phone = "+49 (0)89 / 12 34-56";
    c.contacts.push_back(contact);
    p.customers.push_back(c);
    return p;
}

}  // namespace etappe::testing
