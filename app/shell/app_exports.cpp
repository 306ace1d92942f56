// Exports from the window: the brief (PDF, HTML, Markdown), the calendar file, and the folder they go to.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "exports/brief_export.h"
#include "exports/pdf/brief_pdf.h"
#include "exports/icalendar.h"
#include "shell/app.h"
#include "storage/export_target.h"

namespace etappe::app {

exports::BriefTarget App::briefTarget() {
    if (!screens_.isShowing(PlannerView::kInfo.id)) return {};  // the brief is of what the planner shows
    const PlannerView& planner = plannerView();
    return exports::briefTargetFor(session_.document().portfolio(), classification(), planner.customerId(),
                                   planner.planId(), today_());
}

void App::exportBrief(const std::string& path) {
    const exports::BriefTarget target = briefTarget();
    if (!target.briefable()) {
        notifications_.error(tr_.text("error.brief_title"), tr_.text("export.no_plan"));
        return;
    }
    // The file dialog has asked before replacing an existing file.
    const auto result = exports::writeBriefFile(path, target, tr_, true);
    if (!result.ok()) {
        reportProblem(saveProblem(path, result), "error.brief_title");
        return;
    }
    rememberExportFolder(path);
    notifications_.status(std::string(tr_.text("status.brief_written")) + " " + path, clock_());
}

void App::exportIcs(const std::string& path) {
    const std::string text = exports::activitiesToIcs(session_.document().portfolio(), tr_, exports::IcsOptions{});
    const auto result = storage::writeExport(path, text, true);  // the file dialog asked before replacing
    if (!result.ok()) {
        reportProblem(saveProblem(path, result), "error.ics_title");
        return;
    }
    rememberExportFolder(path);
    notifications_.status(std::string(tr_.text("status.ics_written")) + " " + path, clock_());
}

void App::showBriefDialog() {
    // Whatever would keep the export from working is known now, so it is said now, before a file name is asked for.
    const exports::BriefTarget target = briefTarget();
    if (!target.briefable()) {
        notifications_.error(tr_.text("error.brief_title"), tr_.text("export.no_plan"));
        return;
    }
    std::string name = target.customer->name;
    std::replace(name.begin(), name.end(), '/', '-');  // a name like "Werk 1/2" is not a folder
    file_dialog_.show(ui::FileDialog::Mode::Save, exportFolder(), name + ".pdf", {".pdf", ".html", ".md"}, "brief");
}

// Exports go where the rep put the last one; the first one to the home folder, where a rep looks
// for documents — the data folder is Etappe's own and hidden.
std::string App::exportFolder() const {
    std::error_code ec;
    if (!settings_.export_folder.empty() && std::filesystem::is_directory(settings_.export_folder, ec))
        return settings_.export_folder;
    if (const char* home = std::getenv("HOME"); home && std::filesystem::is_directory(home, ec)) return home;
    return startFolder();
}

void App::rememberExportFolder(const std::string& exported) {
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(exported, ec);
    const std::string folder = (ec ? std::filesystem::path(exported) : absolute).parent_path().string();
    if (folder.empty() || folder == settings_.export_folder) return;
    settings_.export_folder = folder;
    saveSettings();
}

}  // namespace etappe::app
