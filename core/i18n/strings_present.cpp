// Texts of presentation mode (issue 12, item 1), English and German.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& presentStrings() {
    static const std::vector<StringEntry> table = {
        {"menu.present", "Presentation mode", "Präsentationsmodus"},
        {"menu.anonymise", "Anonymise names", "Namen anonymisieren"},
        {"status.present_on", "Presentation mode: F5 or Esc ends it. Self-reviews and development stay hidden.",
         "Präsentationsmodus: F5 oder Esc beendet ihn. Rückblicke und Entwicklung bleiben verborgen."},
        {"status.present_off", "Presentation mode ended", "Präsentationsmodus beendet"},
        {"status.anonymised", "Anonymised – read-only, editing is off", "Anonymisiert – nur lesen, Bearbeiten ist aus"},
        {"status.anonymise_on", "Names are replaced by stand-ins; switch off to edit again",
         "Namen sind durch Platzhalter ersetzt; zum Bearbeiten wieder ausschalten"},
        {"status.anonymise_off", "Real names shown again", "Wieder echte Namen"},
    };
    return table;
}

}  // namespace etappe::i18n
