#include "i18n/translator.h"

#include "i18n/string_tables.h"

namespace etappe::i18n {

std::string_view languageCode(Language language) { return language == Language::German ? "de" : "en"; }

bool languageFromCode(std::string_view code, Language& out) {
    if (code == "en") {
        out = Language::English;
        return true;
    }
    if (code == "de") {
        out = Language::German;
        return true;
    }
    return false;
}

const std::vector<StringEntry>& stringTable() {
    static const std::vector<StringEntry> merged = [] {
        std::vector<StringEntry> all;
        for (const auto* part : {&appStrings(), &methodStrings(), &exportStrings(), &plannerStrings(), &goalStrings(),
                                 &calendarStrings(), &coachStrings(), &priorityStrings(), &priorityViewStrings(), &problemStrings(),
                                 &interopStrings(), &reviewStrings(), &workshopStrings(), &presentStrings(),
                                 &methodPageStrings(), &sheetStrings()})
            all.insert(all.end(), part->begin(), part->end());
        return all;
    }();
    return merged;
}

Translator::Translator(Language language) : language_(language) { setLanguage(language); }

void Translator::setLanguage(Language language) {
    language_ = language;
    texts_.clear();
    labels_.clear();
    for (const StringEntry& entry : stringTable()) {
        const char* text = language == Language::German ? entry.de : entry.en;
        texts_[entry.key] = text;
        labels_[entry.key] = std::string(text) + "###" + entry.key;
    }
}

const char* Translator::text(std::string_view key) const {
    const auto it = texts_.find(key);
    // A missing key shows itself instead of crashing; the i18n test keeps this from shipping.
    return it == texts_.end() ? "[missing text]" : it->second;
}

const char* Translator::label(std::string_view key) const {
    const auto it = labels_.find(key);
    return it == labels_.end() ? "[missing text]###missing" : it->second.c_str();
}

}  // namespace etappe::i18n
