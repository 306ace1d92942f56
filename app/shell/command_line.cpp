#include "shell/command_line.h"

#include <charconv>
#include <cstdio>

#include "dates/clock.h"
#include "exports/brief_export.h"
#include "exports/icalendar.h"
#include "exports/review_report.h"
#include "rules/abc_classification.h"
#include "rules/development.h"
#include "rules/activity_coach.h"
#include "storage/export_target.h"
#include "shell/sample_case.h"
#include "storage/paths.h"
#include "storage/portfolio_file.h"

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

}  // namespace

const char* usageText() {
    static const std::string text = "Usage: etappe [OPTIONS] [FILE]\n"
           "Plan and coach B2B selling. Opens FILE, or your portfolio in $XDG_DATA_HOME/etappe.\n"
           "\n"
           "Options:\n"
           "  --sample            open the built-in sample case as an untitled copy\n"
           "  --lang en|de        language of the interface for this run\n"
           "  --view NAME         first screen: " + viewNames() + "\n" +
           "  --size WxH          window size in pixels (default 1280x800)\n"
           "  --frames N          render N frames, then quit\n"
           "  --screenshot PNG    write the window's pixels to PNG after the last frame\n"
           "  --check FILE        validate a portfolio file without a window (exit 0 ok, 1 broken)\n"
           "  --coach \"TEXT\"      judge an activity as the coach does (exit 0 concrete, 1 flagged)\n"
           "  --export-ics FILE   write planned activities as an iCalendar file\n"
           "  --force             let --export-ics, --out and --screenshot replace an existing file\n"
           "                      (never a portfolio, its backups, a symlink or a device)\n"
           "  --brief WHAT --out FILE.md|FILE.html\n"
           "                      write the meeting brief of a plan (id) or of a customer (id or\n"
           "                      name): an A customer's next plan, a B or C customer's reduced\n"
           "                      plan; from FILE, --sample or your portfolio\n"
           "  --development-report FILE.md|FILE.html|FILE.json [--period DAYS]\n"
           "                      write the development report from your reviews (last DAYS\n"
           "                      days, default 365, 0 = all); from FILE, --sample or your portfolio\n"
           "  --help              show this help\n"
           "  --version           show the version\n";
    return text.c_str();
}

std::optional<CommandLine> parseCommandLine(const std::vector<std::string>& args, std::string& error) {
    CommandLine cl;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](const char* what) -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                error = arg + " needs " + what;
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
        } else if (arg == "--out") {
            const auto v = value("a file name ending in .md or .html");
            if (!v) return std::nullopt;
            cl.brief_out = *v;
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
        } else if (!arg.empty() && arg[0] == '-') {
            error = "unknown option " + arg + " (see etappe --help)";
            return std::nullopt;
        } else if (cl.app.file.empty()) {
            cl.app.file = arg;
        } else {
            error = "only one file can be opened at a time";
            return std::nullopt;
        }
    }
    if (!cl.brief.empty() && cl.brief_out.empty()) {
        error = "--brief needs --out FILE.md or --out FILE.html";
        return std::nullopt;
    }
    if (!cl.brief_out.empty() && !exports::briefFormatForPath(cl.brief_out)) {
        error = "--out must name a .md or .html file";
        return std::nullopt;
    }
    if (cl.app.sample && !cl.app.file.empty()) {
        error = "choose either a FILE or --sample";
        return std::nullopt;
    }
    return cl;
}

namespace {
// The portfolio a command-line export reads: FILE, the sample, or the default portfolio.
std::optional<model::Portfolio> loadForExport(const CommandLine& cl, const i18n::Translator& tr) {
    const std::string source = cl.app.sample ? sampleCasePath()
                                             : (cl.app.file.empty() ? storage::defaultPortfolioPath() : cl.app.file);
    storage::LoadResult loaded =
        cl.app.sample ? loadSampleCase(dates::todayIso()) : storage::loadPortfolioFile(source);
    if (!loaded.ok()) {
        const std::string key = "load_problem." + std::string(storage::loadProblemKey(loaded.problem));
        std::fprintf(stderr, "%s: %s %s\n", source.c_str(), tr.text(key), i18n::render(tr, loaded.detail).c_str());
        return std::nullopt;
    }
    return std::move(*loaded.portfolio);
}

int reportWrite(const storage::SaveResult& written, const std::string& path, const i18n::Translator& tr) {
    if (written.ok()) return 0;
    // A refused target says only why (nothing was attempted); a failed write says which step and why.
    const bool refused = written.failed_step == storage::SaveStep::Validate && !written.detail.empty();
    const std::string key = "save_step." + std::string(storage::saveStepKey(written.failed_step));
    std::string line = refused ? i18n::render(tr, written.detail) : tr.text(key);
    // Appended in steps: g++ 12 warns falsely (-Wrestrict) about " " + std::string.
    if (written.error_number != 0) {
        line += ' ';
        line += i18n::render(tr, i18n::osError(written.error_number));
    }
    if (!refused && !written.detail.empty()) {
        line += ' ';
        line += i18n::render(tr, written.detail);
    }
    std::fprintf(stderr, "%s: %s\n", path.c_str(), line.c_str());
    return 1;
}
}  // namespace

int runCoach(const CommandLine& cl) {
    const i18n::Translator tr(cl.app.language.value_or(i18n::Language::English));
    const rules::CoachVerdict verdict = rules::reviewText(cl.coach_text, dates::todayIso());
    if (verdict.concrete()) {
        std::printf("✓ %s\n", tr.text("coach.verdict.concrete"));
        return 0;
    }
    std::printf("⚑ %s\n", tr.text("coach.verdict.flagged"));
    for (const rules::CoachFinding& finding : verdict.findings) {
        const std::string key = "coach." + std::string(rules::coachFlagKey(finding.flag));
        std::printf("  - ");
        std::printf(tr.text(key + ".why"), finding.matched.c_str());
        std::printf("\n    %s\n    ", tr.text(key + ".how"));
        std::printf(tr.text("common.quoted"), tr.text(key + ".example"));
        std::printf("\n");
    }
    return 1;
}

int runExportIcs(const CommandLine& cl) {
    const i18n::Translator tr(cl.app.language.value_or(i18n::Language::English));
    const auto portfolio = loadForExport(cl, tr);
    if (!portfolio) return 1;
    const std::string text = exports::activitiesToIcs(*portfolio, tr, exports::IcsOptions{});
    if (const int code = reportWrite(storage::writeExport(cl.ics_out, text, cl.force), cl.ics_out, tr)) return code;
    std::printf("%s %s\n", tr.text("status.ics_written"), cl.ics_out.c_str());
    return 0;
}

int runBrief(const CommandLine& cl) {
    const i18n::Translator tr(cl.app.language.value_or(i18n::Language::English));
    const auto portfolio = loadForExport(cl, tr);
    if (!portfolio) return 1;
    exports::BriefTarget target;
    switch (exports::findBriefTarget(*portfolio, cl.brief, dates::todayIso(), target)) {
        case exports::BriefLookup::NotFound:
            std::fprintf(stderr, tr.text("export.cli_not_found"), cl.brief.c_str());
            std::fprintf(stderr, "\n");
            return 1;
        case exports::BriefLookup::Ambiguous:
            std::fprintf(stderr, tr.text("export.cli_ambiguous"), cl.brief.c_str());
            std::fprintf(stderr, "\n");
            return 1;
        case exports::BriefLookup::NoPlan:
            std::fprintf(stderr, tr.text("export.cli_no_plan"), target.customer->name.c_str());
            std::fprintf(stderr, "\n");
            return 1;
        case exports::BriefLookup::NoReducedPlan:
            std::fprintf(stderr, tr.text("export.cli_no_reduced_plan"), target.customer->name.c_str());
            std::fprintf(stderr, "\n");
            return 1;
        case exports::BriefLookup::Found: break;
    }
    if (const int code = reportWrite(exports::writeBrief(cl.brief_out, target, tr, cl.force), cl.brief_out, tr)) return code;
    std::printf(tr.text("export.cli_written"), target.customer->name.c_str(), cl.brief_out.c_str());
    std::printf("\n");
    return 0;
}

int runDevelopmentReport(const CommandLine& cl) {
    const i18n::Translator tr(cl.app.language.value_or(i18n::Language::English));
    if (!exports::reportFormatOf(cl.development_report)) {
        std::fprintf(stderr, "%s: %s\n", cl.development_report.c_str(), i18n::render(tr, i18n::message("detail.report_extension")).c_str());
        return 1;
    }
    const auto portfolio = loadForExport(cl, tr);
    if (!portfolio) return 1;
    const rules::Classification classes = rules::classify(*portfolio);
    const rules::Development d = rules::developmentOf(*portfolio, dates::todayIso(), cl.period_days, &classes);
    const auto written = exports::writeDevelopmentReport(cl.development_report, d, tr, cl.force);
    if (const int code = reportWrite(written, cl.development_report, tr)) return code;
    std::printf(tr.text("dev.exported"), cl.development_report.c_str());
    std::printf("\n");
    return 0;
}

bool screenshotTargetAllowed(const CommandLine& cl) {
    if (cl.screenshot.empty()) return true;
    const storage::ExportTarget target = storage::checkExportTarget(cl.screenshot);
    if (!target.refused() && (target.verdict != storage::ExportTarget::Verdict::ExistingFile || cl.force)) return true;
    const i18n::Translator tr(cl.app.language.value_or(i18n::Language::English));
    const i18n::Message why = target.refused() ? target.reason : i18n::message("detail.export_exists", {cl.screenshot});
    std::fprintf(stderr, "etappe: %s: %s\n", cl.screenshot.c_str(), i18n::render(tr, why).c_str());
    return false;
}

int runCheck(const std::string& path, i18n::Language language) {
    const i18n::Translator tr(language);
    const storage::LoadResult result = storage::loadPortfolioFile(path);
    if (!result.ok()) {
        const std::string key = "load_problem." + std::string(storage::loadProblemKey(result.problem));
        std::printf("%s: %s\n", path.c_str(), tr.text(key));
        if (!result.detail.empty()) {
            std::printf("  %s %s\n", tr.text("error.detail"), i18n::render(tr, result.detail).c_str());
        }
        return 1;
    }
    std::size_t contacts = 0;
    for (const auto& customer : result.portfolio->customers) contacts += customer.contacts.size();
    std::printf(tr.text("check.summary"), path.c_str(), result.format_version,
                static_cast<int>(result.portfolio->customers.size()), static_cast<int>(contacts));
    std::printf("\n");
    return 0;
}

}  // namespace etappe::app
