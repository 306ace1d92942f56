// Texts of the planner area, English and German.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& plannerStrings() {
    static const std::vector<StringEntry> table = {
        {"knowledge.heading", "Customer knowledge – %d %% known", "Kundenkenntnis – %d %% bekannt"},
        {"column.knowledge", "Known", "Kenntnis"},
    };
    return table;
}

}  // namespace etappe::i18n
