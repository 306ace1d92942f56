// The tasks the command line runs without a window (--check, --coach, --export-ics, --brief, --development-report) and the --screenshot target check.
#include <cstdio>

#include "dates/clock.h"
#include "dates/example_date.h"
#include "exports/brief_export.h"
#include "exports/icalendar.h"
#include "exports/pdf/brief_pdf.h"
#include "exports/review_report.h"
#include "rules/abc_classification.h"
#include "rules/development.h"
#include "rules/activity_coach.h"
#include "shell/command_line.h"
#include "shell/sample_case.h"
#include "storage/export_target.h"
#include "storage/paths.h"
#include "storage/portfolio_file.h"
#include "storage/settings.h"

namespace etappe::app {

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

// Without --lang, the runs without a window speak the language the rep chose in the app.
i18n::Language languageFor(const CommandLine& cl) {
    if (cl.app.language) return *cl.app.language;
    return storage::loadSettings(storage::settingsPath()).language;
}

int runCoach(const CommandLine& cl) {
    const i18n::Translator tr(languageFor(cl));
    const std::string today = dates::todayIso();
    const rules::CoachVerdict verdict = rules::reviewText(cl.coach_text, today);
    if (verdict.concrete()) {
        std::printf("✓ %s\n", tr.text("coach.verdict.concrete"));
        return 0;
    }
    std::printf("⚑ %s\n", tr.text("coach.verdict.flagged"));
    for (const rules::CoachFinding& finding : verdict.findings) {
        const std::string key = "coach." + std::string(rules::coachFlagKey(finding.flag));
        std::printf("  - ");
        std::printf(tr.text(key + ".why"), finding.matched.c_str());
        std::printf("\n    %s\n    ", dates::withExampleDate(tr, key + ".how", today).c_str());
        std::printf(tr.text("common.quoted"), tr.text(key + ".example"));
        std::printf("\n");
    }
    return 1;
}

int runExportIcs(const CommandLine& cl) {
    const i18n::Translator tr(languageFor(cl));
    const auto portfolio = loadForExport(cl, tr);
    if (!portfolio) return 1;
    const std::string text = exports::activitiesToIcs(*portfolio, tr, exports::IcsOptions{});
    if (const int code = reportWrite(storage::writeExport(cl.ics_out, text, cl.force), cl.ics_out, tr)) return code;
    std::printf("%s %s\n", tr.text("status.ics_written"), cl.ics_out.c_str());
    return 0;
}

int runBrief(const CommandLine& cl) {
    const i18n::Translator tr(languageFor(cl));
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
    if (const int code = reportWrite(exports::writeBriefFile(cl.brief_out, target, tr, cl.force), cl.brief_out, tr)) return code;
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
