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

TEST_CASE("ISO dates are shown in the user's language") {
    CHECK(i18n::formatIsoDate("2026-11-23", Language::German) == "23.11.2026");
    CHECK(i18n::formatIsoDate("2026-11-03", Language::English) == "3 Nov 2026");
    CHECK(i18n::formatIsoDate("not a date", Language::English) == "not a date");
}

TEST_CASE("dates typed by a rep are understood, impossible dates refused") {
    const char* today = "2026-11-23";
    CHECK(i18n::parseDate("23.11.2026", today) == "2026-11-23");
    CHECK(i18n::parseDate("1.2.27", today) == "2027-02-01");
    CHECK(i18n::parseDate("18.06.", today) == "2026-06-18");
    CHECK(i18n::parseDate("2026-12-02", today) == "2026-12-02");
    CHECK(i18n::parseDate("2/12/2026", today) == "2026-12-02");
    CHECK(i18n::parseDate("29.02.2028", today) == "2028-02-29");
    CHECK_FALSE(i18n::parseDate("29.02.2027", today).has_value());
    CHECK_FALSE(i18n::parseDate("31.04.2026", today).has_value());
    CHECK_FALSE(i18n::parseDate("morgen", today).has_value());
    CHECK_FALSE(i18n::parseDate("", today).has_value());
    CHECK_FALSE(i18n::parseDate("2026-02-30", today).has_value());
}

TEST_CASE("times are read in the usual spellings") {
    CHECK(i18n::parseTime("14:30") == "14:30");
    CHECK(i18n::parseTime("9.05") == "09:05");
    CHECK(i18n::parseTime("1430") == "14:30");
    CHECK(i18n::parseTime("930") == "09:30");
    CHECK_FALSE(i18n::parseTime("24:00").has_value());
    CHECK_FALSE(i18n::parseTime("12:60").has_value());
    CHECK_FALSE(i18n::parseTime("halb drei").has_value());
}
