#include <doctest/doctest.h>

#include <set>
#include <string>

#include "i18n/format.h"
#include "i18n/translator.h"
#include "method/sales_phase.h"
#include "storage/portfolio_file.h"

using namespace etappe;
using i18n::Language;

namespace {
// The printf conversions of a text, in order ("%d", "%s"), to compare languages.
std::string conversions(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != '%') continue;
        if (text[i + 1] == '%') {
            ++i;
            continue;
        }
        out += text[i + 1];
    }
    return out;
}
}  // namespace

TEST_CASE("every text exists in English and German with the same format specifiers") {
    std::set<std::string> keys;
    for (const auto& entry : i18n::stringTable()) {
        INFO("key: " << entry.key);
        CHECK(keys.insert(entry.key).second);  // no key twice
        CHECK(std::string(entry.en).size() > 0);
        CHECK(std::string(entry.de).size() > 0);
        CHECK(conversions(entry.en) == conversions(entry.de));
    }
}

TEST_CASE("every phase, load problem and save step has a text") {
    const i18n::Translator tr(Language::German);
    for (const auto phase : method::kSalesPhases) {
        CHECK(std::string(tr.text("phase." + std::string(method::salesPhaseKey(phase)))) != "[missing text]");
    }
    for (int p = 0; p <= static_cast<int>(storage::LoadProblem::DanglingReference); ++p) {
        const auto key = "load_problem." + std::string(storage::loadProblemKey(static_cast<storage::LoadProblem>(p)));
        INFO(key);
        CHECK(std::string(tr.text(key)) != "[missing text]");
    }
    for (int s = 0; s <= static_cast<int>(storage::SaveStep::SyncFolder); ++s) {
        const auto key = "save_step." + std::string(storage::saveStepKey(static_cast<storage::SaveStep>(s)));
        INFO(key);
        CHECK(std::string(tr.text(key)) != "[missing text]");
    }
}

TEST_CASE("labels keep their ImGui id when the language changes") {
    i18n::Translator tr(Language::English);
    const std::string en = tr.label("menu.save");
    tr.setLanguage(Language::German);
    const std::string de = tr.label("menu.save");
    CHECK(en == "Save###menu.save");
    CHECK(de == "Speichern###menu.save");
}

TEST_CASE("money is shown the way each language writes it") {
    const model::Money m{123456789, "EUR"};
    CHECK(i18n::formatMoney(m, Language::German) == "1.234.567,89 €");
    CHECK(i18n::formatMoney(m, Language::English) == "€1,234,567.89");
    CHECK(i18n::formatMoney(model::Money{5, "EUR"}, Language::German) == "0,05 €");
    CHECK(i18n::formatMoney(model::Money{100000, "CHF"}, Language::German) == "1.000,00 CHF");
    CHECK(i18n::formatMoneyRounded(model::Money{99950, "EUR"}, Language::German) == "1.000 €");
}

TEST_CASE("amounts typed by a rep are read in both languages") {
    struct Row {
        const char* text;
        Language language;
        std::optional<std::int64_t> cents;
    };
    const Row rows[] = {
        {"1.234,56", Language::German, 123456},
        {"1234,5 €", Language::German, 123450},
        {"1.250.000", Language::German, 125000000},
        {"12.5", Language::German, 1250},
        {"€ 1,234.56", Language::English, 123456},
        {"1,250,000", Language::English, 125000000},
        {"1234", Language::English, 123400},
        {"0", Language::English, 0},
        {"", Language::German, std::nullopt},
        {"abc", Language::German, std::nullopt},
        {"-5", Language::German, std::nullopt},
        {"1,2,3", Language::German, std::nullopt},
        {"1,234", Language::German, std::nullopt},  // three decimals is not an amount of money
        {"99999999999999999999", Language::English, std::nullopt},
    };
    for (const Row& row : rows) {
        INFO("input: " << row.text);
        CHECK(i18n::parseMoneyCents(row.text, row.language) == row.cents);
    }
}
