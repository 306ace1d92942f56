#pragma once
#include <optional>
#include <string>
#include <vector>

#include "shell/app.h"

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
    bool force = false;      // --force: exports may replace an existing (non-portfolio) file
    bool help = false;
    bool version = false;
};

// Parses argv (without the program name). On a mistake returns nothing and
// sets `error` to one line that says what is wrong.
std::optional<CommandLine> parseCommandLine(const std::vector<std::string>& args, std::string& error);

const char* usageText();

// --check FILE: validates without a window. Prints a summary or the reason; returns the exit code.
int runCheck(const std::string& path, i18n::Language language);

// --coach "TEXT": prints the coach's verdict; 0 when concrete, 1 when flagged.
int runCoach(const CommandLine& cl);

// --export-ics FILE: writes the planned activities as an iCalendar file.
int runExportIcs(const CommandLine& cl);

// --development-report FILE [--period DAYS]: writes the development report without a window.
int runDevelopmentReport(const CommandLine& cl);

// --brief X --out FILE: writes a meeting brief without a window; returns the exit code.
int runBrief(const CommandLine& cl);

// Whether --screenshot may write its file (checked before the window opens):
// prints one line and returns false when not.
bool screenshotTargetAllowed(const CommandLine& cl);

}  // namespace etappe::app
