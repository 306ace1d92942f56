#include "shell/command_line.h"

#include <charconv>
#include <cstdio>
#include <set>
#include <utility>

#include "dates/clock.h"
#include "exports/brief_export.h"
#include "exports/icalendar.h"
#include "exports/pdf/brief_pdf.h"
#include "exports/pdf/sheet_pdf.h"
#include "exports/review_report.h"
#include "exports/sheets.h"
#include "method/method_pages.h"
#include "rules/abc_classification.h"
#include "rules/development.h"
#include "rules/activity_coach.h"
#include "storage/export_target.h"
#include "shell/sample_case.h"
#include "storage/paths.h"
#include "storage/portfolio_file.h"
#include "storage/settings.h"

namespace etappe::app {

namespace {

bool parseInt(const std::string& text, int& out) {
    const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

bool parseSize(const std::string& text, int& width, int& height) {
    const auto x = text.find('x');
    if (x == std::string::npos) return false;
    return parseInt(text.substr(0, x), width) && parseInt(text.substr(x + 1), height) && width >= 320 &&
           height >= 240 && width <= 16384 && height <= 16384;
}

// Options that only one task understands are refused elsewhere rather than
// ignored: a user who typed them expected them to do something.
std::string conflictIn(const CommandLine& cl, const std::set<std::string>& given) {
    const int tasks = int(!cl.check_file.empty()) + int(!cl.brief.empty()) + int(cl.coach) + int(!cl.ics_out.empty()) +
                      int(!cl.csv_import.empty()) + int(!cl.csv_export.empty()) + int(!cl.development_report.empty()) + int(!cl.compare_files.empty()) + int(!cl.print_sheet.empty());
    if (tasks > 1)
        return "choose one of --check, --brief, --coach, --export-ics, --import-csv, --export-csv, --development-report, "
               "--compare and --print-sheet";
    if (!cl.print_sheet.empty() && cl.brief_out.empty()) return "--print-sheet needs --out FILE.pdf or FILE.html";
    if (!cl.print_sheet.empty() && (cl.app.sample || !cl.app.file.empty()))
        return "--print-sheet reads no portfolio: drop FILE and --sample";
    if (!cl.print_sheet.empty() && !exports::isSheetFileName(cl.brief_out))
        return "--print-sheet writes PDF or HTML: --out must name a .pdf or .html file";
    if (!cl.compare_files.empty() && (cl.app.sample || !cl.app.file.empty()))
        return "--compare reads only the files after it: drop FILE and --sample";
    if (!cl.csv_import.empty() && (cl.app.sample || !cl.app.file.empty()))
        return "--import-csv writes only into its --into FILE: drop the other FILE and --sample";
    if (cl.development_report.empty() && given.count("--period")) return "--period belongs to --development-report";
    if (!cl.csv_import.empty() && cl.csv_into.empty()) return "--import-csv needs --into FILE (the portfolio to import into)";
    if (cl.csv_import.empty() && !cl.csv_into.empty()) return "--into belongs to --import-csv";
    if (!cl.brief.empty() && cl.brief_out.empty()) return "--brief needs --out FILE.pdf, FILE.html or FILE.md";
    if (cl.brief.empty() && cl.compare_files.empty() && cl.print_sheet.empty() && !cl.brief_out.empty())
        return "--out belongs to --brief, --compare or --print-sheet";
    if (!cl.brief.empty() && !exports::isBriefFileName(cl.brief_out)) return "--out must name a .pdf, .html or .md file";
    if (cl.app.sample && !cl.app.file.empty()) return "choose either a FILE or --sample";
    if (!cl.check_file.empty() && (cl.app.sample || !cl.app.file.empty()))
        return "--check reads only its own file: drop the other FILE or --sample";
    if (cl.coach && (cl.app.sample || !cl.app.file.empty())) return "--coach reads no portfolio: drop FILE and --sample";
    if (given.count("--separator") && cl.csv_export.empty()) return "--separator belongs to --export-csv";
    if (given.count("--page") && cl.app.view != "method") return "--page belongs to --view method";
    const bool replaces_files = !cl.ics_out.empty() || !cl.csv_export.empty() || !cl.development_report.empty() ||
                                !cl.brief_out.empty() || !cl.screenshot.empty();
    if (cl.force && !replaces_files)
        return "--force belongs to --export-ics, --export-csv, --development-report, --out or --screenshot";
    if (tasks == 0) return {};
    if (!cl.app.compare_files.empty()) return "--compare without --out opens the window: it does not go with another task";
    for (const char* window_only : {"--view", "--size", "--frames", "--screenshot", "--present", "--anonymise", "--anonymize"}) {
        if (given.count(window_only)) return std::string(window_only) + " only applies to the window, not to a task without one";
    }
    return {};
}

}  // namespace

const char* usageText() {
    static const std::string text = "Usage: etappe [OPTIONS] [FILE]\n"
           "Plan and coach B2B selling. Opens FILE, or your portfolio in $XDG_DATA_HOME/etappe.\n"
           "\n"
           "Options:\n"
           "  --sample            open the built-in sample case as an untitled copy\n"
           "  --lang en|de        language of the interface for this run\n"
           "  --view NAME         first screen: " + viewNames() + "\n" +
           "  --page N            with --view method: open page N of the method (1 to " +
           std::to_string(method::kMethodPages.size()) + ")\n" +
           "  --present           start in presentation mode (projector size, high contrast, full screen)\n"
           "  --anonymise         show stand-ins (\"Customer 1\", \"Contact A.\") for every name\n"
           "  --size WxH          window size in pixels (default 1280x800)\n"
           "  --frames N          render N frames, then quit\n"
           "  --screenshot PNG    write the window's pixels to PNG after the last frame\n"
           "  --check FILE        validate a portfolio file without a window (exit 0 ok, 1 broken)\n"
           "  --coach \"TEXT\"      judge an activity as the coach does (exit 0 concrete, 1 flagged)\n"
           "  --export-ics FILE   write planned activities as an iCalendar file\n"
           "  --import-csv customers|activities IN.csv --into FILE\n"
           "                      import a CSV file into FILE (created if missing); prints what\n"
           "                      was created, updated, unchanged and rejected (exit 1: nothing imported)\n"
           "  --export-csv customers|contacts|activities OUT.csv [--separator ';']\n"
           "                      write a CSV file (UTF-8 with BOM) from FILE, --sample or your portfolio\n"
           "  --force             let --export-ics, --export-csv, --development-report, --out (of --brief,\n"
           "                      --compare and --print-sheet) and --screenshot replace an existing file\n"
           "                      (never a portfolio, its backups, a symlink or a device)\n"
           "  --brief WHAT --out FILE.pdf|FILE.html|FILE.md\n"
           "                      write the meeting brief of a plan (id) or of a customer (id or\n"
           "                      name): an A customer's next plan, a B or C customer's reduced\n"
           "                      plan; from FILE, --sample or your portfolio\n"
           "  --development-report FILE.md|FILE.html|FILE.json [--period DAYS]\n"
           "                      write the development report from your reviews (last DAYS\n"
           "                      days, default 365, 0 = all); from FILE, --sample or your portfolio\n"
           "  --compare F1 F2 ... --out OUT.html|OUT.json\n"
           "                      compare participants' copies of a workshop file (up to 30, only\n"
           "                      read); broken or foreign files are listed with the reason\n"
           "                      (exit 0 when at least one file was compared)\n"
           "  [FILE] --compare F1 F2 ...\n"
           "                      without --out: open the window on the comparison of those\n"
           "                      files, with FILE (the workshop as handed out) as reference\n"
           "  --print-sheet plan|reduced|debrief|buying-center --out FILE.pdf|FILE.html\n"
           "                      write a blank A4 sheet to print: the 16-step plan, the reduced\n"
           "                      process, a debrief or the buying center (in the language of --lang)\n"
           "  --help              show this help\n"
           "  --version           show the version\n"
           "\n"
           "Each option at most once, and one task (--check, --brief, --coach, --export-ics, --import-csv,\n--export-csv, --development-report, --compare, --print-sheet) at a time.\n"
           "Exit status: 0 done; 1 a file could not be read or written (also when the window\n"
           "could not open FILE, or --check found it broken), or the coach flagged the text;\n"
           "2 a mistake on the command line, or no window could be opened.\n";
    return text.c_str();
}

std::optional<CommandLine> parseCommandLine(const std::vector<std::string>& args, std::string& error) {
    CommandLine cl;
    std::set<std::string> given;  // options seen so far: each at most once
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() > 2 && arg.starts_with("--") && !given.insert(arg).second) {
            error = arg + " is given twice";
            return std::nullopt;
        }
        // An empty value (--check '') would otherwise fall through to the
        // window, which then waits for a user who meant a file.
        auto value = [&](const char* what) -> std::optional<std::string> {
            if (i + 1 >= args.size() || args[i + 1].empty()) {
                error = arg + " needs " + what + (i + 1 < args.size() ? ", not an empty value" : "");
                return std::nullopt;
            }
            return args[++i];
        };
        if (arg == "--help" || arg == "-h") {
            cl.help = true;
        } else if (arg == "--version") {
            cl.version = true;
        } else if (arg == "--force") {
            cl.force = true;
        } else if (arg == "--sample") {
            cl.app.sample = true;
        } else if (arg == "--page") {
            const auto v = value("a page number of the Method screen");
            if (!v) return std::nullopt;
            int page = 0;
            const int pages = static_cast<int>(method::kMethodPages.size());
            if (!parseInt(*v, page) || page < 1 || page > pages) {
                error = "--page needs a page number from 1 to " + std::to_string(pages);
                return std::nullopt;
            }
            cl.app.page = page;
        } else if (arg == "--present") {
            cl.app.present = true;
        } else if (arg == "--anonymise" || arg == "--anonymize") {
            cl.app.anonymise = true;
        } else if (arg == "--lang") {
            const auto v = value("a language: en or de");
            if (!v) return std::nullopt;
            i18n::Language language;
            if (!i18n::languageFromCode(*v, language)) {
                error = "unknown language \"" + *v + "\" (use en or de)";
                return std::nullopt;
            }
            cl.app.language = language;
        } else if (arg == "--view") {
            const auto v = value("a screen name");
            if (!v) return std::nullopt;
            if (!findScreenType(*v)) {
                error = "unknown view \"" + *v + "\" (available: " + viewNames() + ")";
                return std::nullopt;
            }
            cl.app.view = *v;
        } else if (arg == "--size") {
            const auto v = value("a size like 1280x800");
            if (!v) return std::nullopt;
            if (!parseSize(*v, cl.width, cl.height)) {
                error = "--size must look like 1280x800 (between 320x240 and 16384x16384)";
                return std::nullopt;
            }
        } else if (arg == "--frames") {
            const auto v = value("a number of frames");
            if (!v) return std::nullopt;
            if (!parseInt(*v, cl.frames) || cl.frames < 1) {
                error = "--frames needs a positive whole number";
                return std::nullopt;
            }
        } else if (arg == "--screenshot") {
            const auto v = value("a PNG file name");
            if (!v) return std::nullopt;
            cl.screenshot = *v;
        } else if (arg == "--coach") {
            const auto v = value("an activity in quotes, e.g. \"Am 2.12. Frau Gerens das Konzept präsentieren\"");
            if (!v) return std::nullopt;
            cl.coach = true;
            cl.coach_text = *v;
        } else if (arg == "--export-ics") {
            const auto v = value("a file name ending in .ics");
            if (!v) return std::nullopt;
            cl.ics_out = *v;
        } else if (arg == "--brief") {
            const auto v = value("a plan id, customer id or customer name");
            if (!v) return std::nullopt;
            cl.brief = *v;
        } else if (arg == "--compare") {
            // Every following argument up to the next option is a participant's file.
            while (i + 1 < args.size() && !args[i + 1].starts_with("--")) {
                if (args[i + 1].empty()) {
                    error = "--compare needs the participants' files, not an empty value";
                    return std::nullopt;
                }
                cl.compare_files.push_back(args[++i]);
            }
            if (cl.compare_files.empty()) {
                error = "--compare needs the participants' files";
                return std::nullopt;
            }
        } else if (arg == "--print-sheet") {
            const auto v = value("a sheet: plan, reduced, debrief or buying-center");
            if (!v) return std::nullopt;
            if (!exports::sheetKindFromName(*v)) {
                error = "unknown sheet \"" + *v + "\" (use plan, reduced, debrief or buying-center)";
                return std::nullopt;
            }
            cl.print_sheet = *v;
        } else if (arg == "--out") {
            const auto v = value("a file name ending in .pdf, .html, .md or .json");
            if (!v) return std::nullopt;
            cl.brief_out = *v;
        } else if (arg == "--import-csv" || arg == "--export-csv") {
            const bool import = arg == "--import-csv";
            const auto kind = value(import ? "customers or activities, then a CSV file" : "customers, contacts or activities, then a CSV file");
            if (!kind) return std::nullopt;
            const auto file = value("a CSV file");
            if (!file) return std::nullopt;
            const bool known = *kind == "customers" || *kind == "activities" || (!import && *kind == "contacts");
            if (!known) {
                error = arg + (import ? " imports customers or activities" : " exports customers, contacts or activities");
                return std::nullopt;
            }
            (import ? cl.csv_import : cl.csv_export) = *kind;
            (import ? cl.csv_in : cl.csv_out) = *file;
        } else if (arg == "--into") {
            const auto v = value("the portfolio file to import into");
            if (!v) return std::nullopt;
            cl.csv_into = *v;
        } else if (arg == "--separator") {
            const auto v = value("';' or ','");
            if (!v) return std::nullopt;
            if (*v != ";" && *v != ",") {
                error = "--separator must be ';' or ','";
                return std::nullopt;
            }
            cl.csv_separator = (*v)[0];
        } else if (arg == "--development-report") {
            const auto v = value("a file name ending in .md, .html or .json");
            if (!v) return std::nullopt;
            cl.development_report = *v;
        } else if (arg == "--period") {
            const auto v = value("a number of days (0 = all)");
            if (!v) return std::nullopt;
            if (!parseInt(*v, cl.period_days) || cl.period_days < 0 || cl.period_days > 36500) {
                error = "--period needs a number of days from 0 (all) to 36500";
                return std::nullopt;
            }
        } else if (arg == "--check") {
            const auto v = value("a file to check");
            if (!v) return std::nullopt;
            cl.check_file = *v;
        } else if (arg.empty()) {
            error = "the file name is empty";
            return std::nullopt;
        } else if (arg[0] == '-') {
            error = "unknown option " + arg + " (see etappe --help)";
            return std::nullopt;
        } else if (cl.app.file.empty()) {
            cl.app.file = arg;
        } else {
            error = "only one file can be opened at a time";
            return std::nullopt;
        }
    }
    if (cl.help || cl.version) return cl;
    // Without --out, --compare is no task: the window opens on the comparison of those files.
    if (cl.brief_out.empty()) cl.app.compare_files = std::exchange(cl.compare_files, {});
    error = conflictIn(cl, given);
    if (!error.empty()) return std::nullopt;
    return cl;
}

}  // namespace etappe::app
