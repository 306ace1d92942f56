#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace etappe::i18n {

enum class Language { English, German };

std::string_view languageCode(Language language);  // "en", "de"
bool languageFromCode(std::string_view code, Language& out);

// One entry of the string table: a stable key and its text in both languages.
struct StringEntry {
    const char* key;
    const char* en;
    const char* de;
};
const std::vector<StringEntry>& stringTable();

// Looks up user-visible text by key. `label` returns "Text###key" so an ImGui
// widget keeps its ID when the language changes.
class Translator {
public:
    explicit Translator(Language language = Language::English);
    Language language() const { return language_; }
    void setLanguage(Language language);

    const char* text(std::string_view key) const;
    const char* label(std::string_view key) const;

private:
    Language language_;
    std::unordered_map<std::string_view, const char*> texts_;
    std::unordered_map<std::string_view, std::string> labels_;
};

}  // namespace etappe::i18n
