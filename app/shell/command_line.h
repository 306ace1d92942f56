#pragma once
#include <optional>
#include <string>
#include <vector>

#include "shell/app.h"
#include "storage/portfolio_file.h"

namespace etappe::app {

struct CommandLine {
    AppOptions app;
    int width = 1280;
    int height = 800;
    int frames = -1;
    std::string screenshot;
    std::string check_file;
    std::string brief;      // --brief PLAN_OR_CUSTOMER
    std::string brief_out;  // --out FILE.md|FILE.html
    std::string coach_text;  // --coach "TEXT"
    bool coach = false;
    std::string ics_out;     // --export-ics FILE
    std::string development_report;  // --development-report FILE.md|.html|.json
    int period_days = 365;           // --period DAYS (0 = all)
    std::vector<std::string> compare_files;  // --compare F1 F2 … --out OUT.html|OUT.json
    std::string print_sheet;  // --print-sheet plan|reduced|debrief|buying-center --out F.pdf|F.html
    bool force = false;      // --force: exports may replace an existing (non-portfolio) file
    std::string csv_import;  // --import-csv customers|activities IN.csv --into FILE
    std::string csv_in;
    std::string csv_into;
    std::string csv_export;  // --export-csv customers|contacts|activities OUT.csv [--separator ';']
    std::string csv_out;
    char csv_separator = ',';
    bool help = false;
    bool version = false;
};

// Parses argv (without the program name). On a mistake returns nothing and
// sets `error` to one line that says what is wrong.
std::optional<CommandLine> parseCommandLine(const std::vector<std::string>& args, std::string& error);

const char* usageText();

// The language of output without a window: --lang, else the one saved in the settings.
i18n::Language languageFor(const CommandLine& cl);

// --check FILE: validates without a window. Prints a summary or the reason; returns the exit code.
int runCheck(const std::string& path, i18n::Language language);

// --coach "TEXT": prints the coach's verdict; 0 when concrete, 1 when flagged.
int runCoach(const CommandLine& cl);

// --export-ics FILE: writes the planned activities as an iCalendar file.
int runExportIcs(const CommandLine& cl);

// --development-report FILE [--period DAYS]: writes the development report without a window.
int runDevelopmentReport(const CommandLine& cl);

// --compare F1 F2 … --out OUT.html|.json (command_line_workshop.cpp): 0 when at least one file was compared.
int runCompare(const CommandLine& cl);

// --print-sheet KIND --out F.pdf|F.html (command_line_sheets.cpp): writes a blank printable sheet.
int runPrintSheet(const CommandLine& cl);

// --brief X --out FILE: writes a meeting brief without a window; returns the exit code.
int runBrief(const CommandLine& cl);

// --import-csv / --export-csv (command_line_csv.cpp): print counts and reasons; return the exit code.
int runImportCsv(const CommandLine& cl);
int runExportCsv(const CommandLine& cl);
// What the command-line exports read: FILE, --sample or the default portfolio (says why not on stderr).
std::optional<model::Portfolio> loadForExport(const CommandLine& cl, const i18n::Translator& tr);
// Prints why a write failed; 0 when it worked, else 1.
int reportWrite(const storage::SaveResult& written, const std::string& path, const i18n::Translator& tr);

// Whether --screenshot may write its file (checked before the window opens):
// prints one line and returns false when not.
bool screenshotTargetAllowed(const CommandLine& cl);

}  // namespace etappe::app
