// The CSV reader: RFC 4180, separators, encodings, and hostile input.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include "i18n/translator.h"
#include "interop/csv_reader.h"
#include "test_storage_support.h"

using namespace etappe;
using interop::readCsv;

namespace {

interop::CsvTable table(const interop::CsvReadResult& r) {
    REQUIRE_MESSAGE(r.ok(), testing::english(r.refusal));
    return *r.table;
}

}  // namespace

TEST_CASE("quoted fields hold separators, quotes and line breaks (RFC 4180)") {
    const auto r = readCsv("Company,Notes\r\n\"Acme, Inc.\",\"Said \"\"yes\"\"\r\nthen left\"\r\nBeta,plain\r\n");
    const auto t = table(r);
    CHECK(t.separator == ',');
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells[0] == "Acme, Inc.");
    CHECK(t.rows[0].cells[1] == "Said \"yes\"\r\nthen left");
    CHECK(t.rows[0].number == 2);
    CHECK(t.rows[1].number == 3);
    CHECK(t.rows[1].cells[1] == "plain");
}

TEST_CASE("the separator is detected: semicolon as German Excel writes it, or a sep= line") {
    const auto t = table(readCsv("Firma;Ort;Jahresumsatz\nMüller GmbH;Köln;\"1.234,50 €\"\n"));
    CHECK(t.separator == ';');
    CHECK(t.rows[0].cells[2] == "1.234,50 €");
    const auto s = table(readCsv("sep=;\nFirma,Zusatz;Ort\nA,B;Köln\n"));
    CHECK(s.separator == ';');
    CHECK(s.header[0] == "Firma,Zusatz");
}

TEST_CASE("UTF-8 with and without BOM, and Windows-1252 detected by uchardet") {
    const auto plain = table(readCsv("Firma;Ort\nBäckerei Öztürk;Düsseldorf\n"));
    CHECK(plain.encoding == interop::CsvEncoding::Utf8);
    const auto bom = table(readCsv("\xEF\xBB\xBF" "Firma;Ort\nBäckerei;Köln\n"));
    CHECK(bom.encoding == interop::CsvEncoding::Utf8Bom);
    CHECK(bom.header[0] == "Firma");
    // "Müller Straße" and "Größe" as Excel saves them in Germany.
    const std::string cp1252 =
        "Firma;Ort;Notizen\r\nM\xFCller Gro\xDFhandel GmbH;K\xF6ln;\x84""Angebot\x93 \x80 1.234,50\r\n"
        "B\xE4""ckerei \xD6zt\xFCrk;D\xFCsseldorf;Gr\xF6\xDF""e \xFC""berpr\xFC""fen\r\n";
    const auto legacy = table(readCsv(cp1252));
    CHECK(legacy.encoding == interop::CsvEncoding::Windows1252);
    CHECK(legacy.rows[0].cells[0] == "Müller Großhandel GmbH");
    CHECK(legacy.rows[0].cells[2] == "„Angebot“ € 1.234,50");
    CHECK(legacy.rows[1].cells[1] == "Düsseldorf");
}

TEST_CASE("a German Excel file in Windows-1252 is read even when uchardet guesses a Central European encoding") {
    // Bytes as Excel saves them in Germany; uchardet 0.0.7 calls the first ISO-8859-3 and the third ISO-8859-2.
    const std::string muenchen = "M\xFCller GmbH;M\xFCnchen\r\n";
    const std::string short_files[] = {"Firma;Ort\r\n" + muenchen,
                                       "Firma;Ort;Stra\xDF" "e\r\nM\xFCller GmbH;M\xFCnchen;Stra\xDF" "e\r\n",
                                       "Firma;Ort\r\nMeier GmbH;K\xF6ln\r\n"};
    for (const std::string& bytes : short_files) {
        CAPTURE(bytes);
        const auto t = table(readCsv(bytes));
        CHECK(t.encoding == interop::CsvEncoding::Windows1252);
        CHECK(t.encodingName() == "Windows-1252");
        REQUIRE(t.rows.size() == 1);
    }
    CHECK(table(readCsv(short_files[0])).rows[0].cells == std::vector<std::string>{"Müller GmbH", "München"});
    CHECK(table(readCsv(short_files[1])).rows[0].cells[2] == "Straße");
    CHECK(table(readCsv(short_files[2])).rows[0].cells[1] == "Köln");

    // A long file with one umlaut row at the end.
    std::string long_file = "Firma;Ort\r\n";
    for (int i = 0; i < 1000; ++i) long_file += "Kunde " + std::to_string(i) + " GmbH;Berlin\r\n";
    long_file += muenchen;
    const auto t = table(readCsv(long_file));
    CHECK(t.encoding == interop::CsvEncoding::Windows1252);
    REQUIRE(t.rows.size() == 1001);
    CHECK(t.rows.back().cells == std::vector<std::string>{"Müller GmbH", "München"});
}

TEST_CASE("another encoding is used only when the detector is clearly sure; unreadable bytes are refused clearly") {
    // Russian in Windows-1251: nearly every letter is a non-ASCII byte.
    std::string cyrillic = "\xD4\xE8\xF0\xEC\xE0;\xC3\xEE\xF0\xEE\xE4\r\n";  // Фирма;Город
    for (int i = 0; i < 20; ++i) cyrillic += "\xCF\xF0\xE8\xE2\xE5\xF2 \xEC\xE8\xF0;\xCC\xEE\xF1\xEA\xE2\xE0\r\n";
    const auto t = table(readCsv(cyrillic));
    CHECK(t.encoding == interop::CsvEncoding::Detected);
    CHECK(t.encodingName() == "WINDOWS-1251");
    CHECK(t.header[0] == "Фирма");
    CHECK(t.rows[0].cells[1] == "Москва");

    // Bytes Windows-1252 leaves undefined, and nothing the detector recognises.
    const auto refused = readCsv("Firma;Ort\r\nA\x81\x8D\x8F\x90\x9D;B\r\n");
    CHECK_FALSE(refused.ok());
    CHECK(refused.refusal.key == "csv.refused.encoding_unknown");
    CHECK(testing::english(refused.refusal).find("CSV UTF-8") != std::string::npos);
}

TEST_CASE("files that cannot be read are refused with a reason") {
    CHECK(readCsv("").refusal.key == "csv.refused.empty");
    CHECK(readCsv("\n\n \n").refusal.key == "csv.refused.empty");
    CHECK(readCsv("Company,City\r\n").refusal.key == "csv.refused.header_only");
    CHECK(readCsv("\xFF\xFE" "C\0o\0").refusal.key == "csv.refused.encoding");
    CHECK(readCsv("\xEF\xBB\xBF" "Company\n\xC3\x28\n").refusal.key == "csv.refused.invalid_utf8");
    CHECK(readCsv(std::string("Com\0pany,City\nA,B\n", 18)).refusal.key == "csv.refused.nul_in_header");
    CHECK(readCsv("\"Company,City\nA,B\n").refusal.key == "csv.refused.bad_header");
    CHECK(interop::readCsvFile("/nonexistent/file.csv").refusal.key == "csv.refused.unreadable");
    CHECK(interop::readCsvFile("/tmp").refusal.key == "csv.refused.not_a_file");
}

TEST_CASE("hostile rows are rejected one by one with their numbers") {
    SUBCASE("an unbalanced quote takes the rest of the file into its row") {
        const auto t = table(readCsv("Company,City\nA,Köln\n\"B,Bonn\nC,Essen\n"));
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows[0].problem.empty());
        CHECK(t.rows[1].number == 3);
        CHECK(t.rows[1].problem.key == "csv.row.unclosed_quote");
    }
    SUBCASE("a 10 MB field is cut and its row rejected; the next row is read") {
        std::string text = "Company,Notes\nA,\"";
        text.append(10 * 1024 * 1024, 'x');
        text += "\"\nB,short\n";
        const auto t = table(readCsv(text));
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows[0].problem.key == "csv.row.cell_too_long");
        CHECK(t.rows[0].cells[1].size() == interop::kMaxCellBytes);
        CHECK(t.rows[1].problem.empty());
        CHECK(t.rows[1].cells[1] == "short");
    }
    SUBCASE("NUL bytes in a row") {
        const auto t = table(readCsv(std::string("Company,City\nA\0B,Köln\nC,Bonn\n", 30)));
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows[0].problem.key == "csv.row.nul");
        CHECK(t.rows[1].problem.empty());
    }
    SUBCASE("more cells than columns; empty extra cells are fine") {
        const auto t = table(readCsv("Company,City\nA,Köln,extra\nB,Bonn,,\nC\n"));
        REQUIRE(t.rows.size() == 3);
        CHECK(t.rows[0].problem.key == "csv.row.too_many_cells");
        CHECK(t.rows[1].problem.empty());
        CHECK(t.rows[2].cells.size() == 2);  // short rows are padded
    }
    SUBCASE("duplicate column names are noted") {
        const auto t = table(readCsv("Company,Phone,phone\nA,1,2\n"));
        REQUIRE(t.notes.size() == 1);
        CHECK(t.notes[0].key == "csv.note.duplicate_header");
    }
}

TEST_CASE("100,000 rows are read, and a cancel request stops the reader") {
    std::string text = "Company,City\n";
    for (int i = 0; i < 100'000; ++i) text += "Firma " + std::to_string(i) + ",Köln\n";
    interop::CsvProgress progress;
    const auto t = table(readCsv(text, &progress));
    CHECK(t.rows.size() == 100'000);
    CHECK(t.rows.back().number == 100'001);
    CHECK(progress.fraction.load() == 1.0);
    interop::CsvProgress cancelled;
    cancelled.cancel = true;
    CHECK(readCsv(text, &cancelled).refusal.key == "csv.refused.cancelled");
}

TEST_CASE("every csv message key written in core exists in both languages") {
    const std::filesystem::path folder = std::filesystem::path(ETAPPE_ASSETS_DIR) / ".." / "core" / "interop";
    const std::regex literal_key(R"re("(csv\.[a-z_.]+)")re");
    std::set<std::string> known;
    for (const auto& entry : i18n::stringTable()) known.insert(entry.key);
    int keys = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string text = testing::readBytes(entry.path().string());
        for (std::sregex_iterator it(text.begin(), text.end(), literal_key), end; it != end; ++it) {
            const std::string key = (*it)[1];
            INFO(entry.path().filename().string() << ": " << key);
            if (key.back() == '.') continue;
            CHECK(known.count(key) == 1);
            ++keys;
        }
    }
    CHECK(keys > 50);
}
