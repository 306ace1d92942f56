// Texts of the ABC analysis (core/rules/abc_classification.h), English and German.
// The deviation notes are printf formats with (customer %, revenue %) in that order.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& priorityStrings() {
    static const std::vector<StringEntry> table = {
        {"class.name.A", "A customer", "A-Kunde"},
        {"class.name.B", "B customer", "B-Kunde"},
        {"class.name.C", "C customer", "C-Kunde"},

        {"classification.problem.negative_revenue",
         "No proposal: \u201C%s\u201D has a negative revenue or potential. Correct the amount first.",
         "Kein Vorschlag: \u201E%s\u201C hat einen negativen Umsatz oder ein negatives Potenzial. Bitte zuerst "
         "den Betrag korrigieren."},
        {"classification.problem.thresholds_invalid",
         "No proposal: the A share must be above zero, the B share must not be negative, and together they may "
         "be at most 100 percent.",
         "Kein Vorschlag: Der A-Anteil muss über null liegen, der B-Anteil darf nicht negativ sein, und zusammen "
         "dürfen sie höchstens 100 Prozent betragen."},

        {"deviation.within",
         "Your portfolio matches the usual picture: A customers are %d %% of your customers and bring %d %% of "
         "your revenue.",
         "Ihr Kundenstamm entspricht dem üblichen Bild: A-Kunden sind %d %% Ihrer Kunden und bringen %d %% Ihres "
         "Umsatzes."},
        {"deviation.a_concentrated",
         "Your A customers are %d %% of your customers but bring %d %% of your revenue – a lot depends on a few. "
         "Losing one of them would hurt; build up further customers.",
         "Ihre A-Kunden sind %d %% Ihrer Kunden, bringen aber %d %% Ihres Umsatzes – viel hängt an wenigen. Fällt "
         "einer weg, tut das weh; bauen Sie weitere Kunden auf."},
        {"deviation.a_weak",
         "Your A customers are %d %% of your customers and bring only %d %% of your revenue – you have no real key "
         "accounts yet. Look for customers you can develop into them.",
         "Ihre A-Kunden sind %d %% Ihrer Kunden und bringen nur %d %% Ihres Umsatzes – echte Schlüsselkunden fehlen "
         "noch. Suchen Sie Kunden, die Sie dahin entwickeln können."},
        {"deviation.c_heavy",
         "C customers are %d %% of your customers and bring %d %% of your revenue – many small customers take a "
         "lot of time. Keep the effort per C customer low.",
         "C-Kunden sind %d %% Ihrer Kunden und bringen %d %% Ihres Umsatzes – viele kleine Kunden kosten viel "
         "Zeit. Halten Sie den Aufwand je C-Kunde gering."},
        {"deviation.b_large",
         "B customers are %d %% of your customers and bring %d %% of your revenue. Check which of them could "
         "become A customers.",
         "B-Kunden sind %d %% Ihrer Kunden und bringen %d %% Ihres Umsatzes. Prüfen Sie, wer davon ein A-Kunde "
         "werden kann."},
    };
    return table;
}

}  // namespace etappe::i18n
