#include "shell/app.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <utility>

#include "dates/clock.h"
#include "exports/brief_export.h"
#include "exports/pdf/brief_pdf.h"
#include "exports/icalendar.h"
#include "storage/export_target.h"
#include "shell/sample_case.h"
#include "storage/paths.h"
#include "ui/theme.h"
#include "ui/presentation.h"
#include "views/method_pages_view.h"
#include "views/workshop_view.h"
#include "ui/zoom.h"

namespace etappe::app {

namespace {
double steadySeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

void App::showScreen(std::string_view view_name) {
    const ScreenRegistry::Entry* entry = screens_.find(view_name);
    if (!entry) return;
    if (presenting_ && ui::isPrivateScreen(entry->info->id)) return;  // not on the projector
    UiContext ctx = context();
    screens_.setShowing(*entry);
    entry->screen->onShow(ctx, customersView().selectedId());
    if (view_name != entry->info->id) entry->screen->openMode(ctx, view_name);
}

void App::follow(const NavigationRequest& request) {
    showScreen(request.screen);
    const ScreenRegistry::Entry* entry = screens_.find(request.screen);
    if (!entry || &screens_.showing() != entry) return;
    UiContext ctx = context();
    entry->screen->open(ctx, request);
}

void App::addCustomer() {
    showScreen(CustomersView::kInfo.id);
    UiContext ctx = context();
    customersView().addCustomer(ctx);
}

void App::deleteSelectedCustomer() {
    showScreen(CustomersView::kInfo.id);
    customersView().requestDeleteSelected();
}

void App::findCustomer() {
    showScreen(CustomersView::kInfo.id);
    customersView().focusSearch();
}

App::App(const AppOptions& options, Clock clock, Today today)
    : clock_(clock ? std::move(clock) : Clock(steadySeconds)),
      today_(today ? std::move(today) : Today(dates::todayIso)),
      screens_(options.screens) {
    storage::SettingsSkipped settings_skipped = storage::SettingsSkipped::None;
    settings_ = storage::loadSettings(storage::settingsPath(), &settings_skipped);
    // Whatever sits there instead of our file is not replaced by ours.
    settings_writable_ = settings_skipped == storage::SettingsSkipped::None;
    tr_.setLanguage(options.language.value_or(settings_.language));
    zoom_ = ui::snapZoom(settings_.zoom);
    global_shortcuts_ = makeGlobalShortcuts();
    i18n::Message folder_error;
    storage::ensureFolder(storage::dataDir(), folder_error);

    if (!options.file.empty()) {
        if (auto problem = session_.open(options.file)) {
            start_problem_ = options.file + ": " + problemText(*problem);
            reportProblem(*problem, "error.open_title");
            session_.startNew("");
        } else {
            announceOpened(options.file);
        }
    } else if (options.sample) {
        openSample();
    } else {
        openLastOrDefault();
    }
    showScreen(options.view);  // after loading: a mode may pick a customer
    if (options.page > 0) screens_.get<MethodPagesView>().setPage(static_cast<std::size_t>(options.page - 1));
    if (!options.compare_files.empty()) {
        showScreen("compare");
        screens_.get<WorkshopView>().collect(options.compare_files);
    }
    if (options.anonymise) setAnonymise(true);
    if (options.present) setPresenting(true);
    recoveries_ = storage::findOrphanedRecoveries();
    if (settings_skipped != storage::SettingsSkipped::None) {  // last: "opened" must not hide it
        const bool not_a_file = settings_skipped == storage::SettingsSkipped::NotAFile;
        notifications_.status(tr_.text(not_a_file ? "status.settings_not_a_file" : "status.settings_unreadable"), clock_());
    }
}

// Started without a file: the one the rep worked on last, else the default portfolio.
void App::openLastOrDefault() {
    std::error_code ec;
    if (!settings_.recent_files.empty()) {
        const std::string& last = settings_.recent_files.front();
        if (std::filesystem::is_regular_file(last, ec)) {
            const auto problem = session_.open(last);
            if (!problem) {
                notifications_.status(tr_.text("status.reopened_last"), clock_());
                return;
            }
            reportProblem(*problem, "error.open_title");  // then the default portfolio, never an empty window
        } else {
            notifications_.status(tr_.text("status.last_file_missing"), clock_());
        }
    }
    const std::string default_path = storage::defaultPortfolioPath();
    if (std::filesystem::exists(default_path, ec)) {
        if (auto problem = session_.open(default_path)) {
            // Never write over a file we could not read: continue untitled.
            reportProblem(*problem, "error.open_title");
            session_.startNew("");
        }
    } else {
        session_.startNew(default_path);
    }
}

const rules::Classification& App::classification() {
    const auto& document = session_.document();
    return classification_.get(rules::DerivedKey{document.revision(), today_()},
                               [&] { return rules::classify(document.portfolio()); });
}

UiContext App::context() {
    const bool anonymised = anonymise_;
    history::Document& shown = anonymised ? shownDocument() : session_.document();
    const bool read_only = anonymised || session_.isReadOnly();
    UiContext ctx{shown, EditSink{shown, read_only}, tr_, notifications_, classification(), today_(), clock_(), read_only};
    ctx.presenting = presenting_;
    ctx.anonymised = anonymised;
    ctx.export_folder = [this] { return exportFolder(); };
    ctx.exported = [this](const std::string& path) { rememberExportFolder(path); };
    return ctx;
}

void App::setContentScale(float scale) {
    scale_ = scale;
    if (presenting_)
        ui::applyPresentationTheme(scale);
    else
        ui::applyTheme(scale);
}

std::string App::problemText(const FileProblem& problem) const {
    std::string text = tr_.text(problem.reason_key);
    const std::string detail = i18n::render(tr_, problem.details);
    if (!detail.empty()) text.append(" ").append(tr_.text("error.detail")).append(" ").append(detail);
    return text;
}

void App::setZoom(float zoom) {
    if (presenting_) {  // the presentation's own zoom; the rep's stays in the settings
        present_zoom_ = ui::presentationZoom(zoom);
        present_zoom_chosen_ = true;
        char text[64];
        std::snprintf(text, sizeof text, tr_.text("status.zoom"), ui::zoomPercent(present_zoom_));
        notifications_.status(text, clock_());
        return;
    }
    zoom = ui::snapZoom(zoom);
    if (zoom == zoom_) return;
    zoom_ = zoom;
    settings_.zoom = zoom;
    saveSettings();
    char text[64];
    std::snprintf(text, sizeof text, tr_.text("status.zoom"), ui::zoomPercent(zoom));
    notifications_.status(text, clock_());
}

void App::reportProblem(const FileProblem& problem, const char* title_key) {
    std::string body = tr_.text(problem.reason_key);
    if (!problem.path.empty()) {
        char quoted[1024];
        std::snprintf(quoted, sizeof quoted, tr_.text("common.quoted"), problem.path.c_str());
        body = std::string(quoted) + "\n\n" + body;
    }
    const std::string detail = i18n::render(tr_, problem.details);
    if (!detail.empty()) body += "\n\n" + std::string(tr_.text("error.detail")) + " " + detail;
    notifications_.error(tr_.text(title_key), body);
}

void App::saveSettings() {
    if (!settings_writable_) return;
    i18n::Message error;
    storage::ensureFolder(storage::configDir(), error);
    if (!storage::saveSettings(storage::settingsPath(), settings_).ok())
        notifications_.status(tr_.text("status.settings_not_saved"), clock_());
}

void App::rememberRecent(const std::string& path) {
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(path, ec);
    settings_.addRecent(ec ? path : absolute.string());
    saveSettings();
}

void App::setLanguage(i18n::Language language) {
    tr_.setLanguage(language);
    settings_.language = language;
    saveSettings();
}

void App::leaveDocumentThen(std::function<void()> next) {
    const auto& document = session_.document();
    if (session_.isUntitled() && document.isDirty() && !document.portfolio().customers.empty()) {
        after_discard_ = std::move(next);
        confirm_discard_ = true;
        return;
    }
    if (auto problem = session_.saveOnQuit()) {
        reportProblem(*problem, "error.save_title");
        return;  // stay: the user must see that the file was not written
    }
    next();
}

void App::newPortfolio() {
    leaveDocumentThen([this] {
        session_.startNew("");
        notifications_.status(tr_.text("status.new_portfolio"), clock_());
    });
}

void App::openFile(const std::string& path) {
    if (auto problem = session_.open(path)) {
        reportProblem(*problem, "error.open_title");
        if (session_.path().empty() && session_.document().portfolio().customers.empty()) session_.startNew("");
        return;
    }
    announceOpened(path);
}

void App::announceOpened(const std::string& path) {
    rememberRecent(path);
    if (session_.isReadOnly() && !session_.lockHolder().empty()) {
        notifications_.error(tr_.text("error.locked_title"),
                             std::string(tr_.text("error.locked_body")) + "\n\n" + session_.lockHolder());
    } else if (session_.isReadOnly()) {
        // Not another window: a write-protected file, a read-only disk, a folder without permission.
        notifications_.error(tr_.text("error.locked_title"), std::string(tr_.text("error.read_only_body")) + "\n\n" +
                                                                 i18n::render(tr_, session_.readOnlyReason()));
    }
    notifications_.status(tr_.text("status.opened"), clock_());
}

void App::openSample() {
    storage::LoadResult sample = loadSampleCase(today_());
    if (!sample.ok()) {
        reportProblem(loadProblem(sampleCasePath(), sample), "error.open_title");
        return;
    }
    session_.openCopy(std::move(*sample.portfolio), false);
    notifications_.status(tr_.text("status.sample_opened"), clock_());
}

void App::save() {
    if (session_.isUntitled()) {
        file_dialog_.show(ui::FileDialog::Mode::Save, startFolder(), tr_.text("dialog.default_name"));
        return;
    }
    if (auto problem = session_.save()) {
        reportProblem(*problem, "error.save_title");
        return;
    }
    notifications_.status(tr_.text("status.saved"), clock_());
}

void App::saveAs(const std::string& path) {
    if (auto problem = session_.saveAs(path)) {
        reportProblem(*problem, "error.save_title");
        return;
    }
    rememberRecent(path);
    notifications_.status(tr_.text("status.saved"), clock_());
}

void App::undo() {
    if (session_.isReadOnly() || anonymise_) return;
    if (session_.document().undo()) notifications_.status(tr_.text("status.undone"), clock_());
}

void App::redo() {
    if (session_.isReadOnly() || anonymise_) return;
    if (session_.document().redo()) notifications_.status(tr_.text("status.redone"), clock_());
}

std::string App::startFolder() const {
    if (!session_.path().empty()) return std::filesystem::path(session_.path()).parent_path().string();
    return storage::dataDir();
}

// Runs after the frame is drawn: whatever it changes is not on screen yet.
void App::runAutosave() {
    const bool was_saving = session_.isAutosaving();
    const bool was_dirty = session_.document().isDirty();
    if (auto problem = session_.tick(clock_())) {
        reportProblem(*problem, "error.autosave_title");
        unseen_change_ = true;
    }
    if (was_saving != session_.isAutosaving() || was_dirty != session_.document().isDirty()) unseen_change_ = true;
}

bool App::takeUnseenChange() { return std::exchange(unseen_change_, false); }

double App::secondsUntilNextTimer() const {
    const double now = clock_();
    const double autosave = session_.secondsUntilAutosave(now);
    const double status = notifications_.secondsUntilStatusExpires(now);
    if (autosave < 0.0) return status;
    return status < 0.0 ? autosave : std::min(autosave, status);
}

void App::onCloseRequested() {
    if (auto problem = session_.saveOnQuit()) {
        reportProblem(*problem, "error.save_title");
        return;  // the user sees why, and can Save As elsewhere before quitting
    }
    quit_ = true;
}

std::string App::quitOnSignal() {
    quit_ = true;
    const auto problem = session_.saveOnQuitSignal();
    if (!problem) return {};
    return (problem->path.empty() ? std::string() : problem->path + ": ") + problemText(*problem);
}

void App::buildFrame() {
    UiContext ctx = context();
    handleShortcuts(ctx);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Etappe###main", nullptr, flags);
    drawMenuBar(ctx);
    const float status_height = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("body", ImVec2(0, -status_height));
    drawSidebar(ctx);
    ImGui::SameLine();
    ImGui::BeginChild("content", ImVec2(0, 0));
    drawContent(ctx);
    if (ctx.navigate) follow(*ctx.navigate);
    ImGui::EndChild();
    ImGui::EndChild();
    drawStatusBar(ctx);
    if (auto chosen = file_dialog_.draw(tr_)) {
        if (handleCsvFileChoice(*chosen) || handleSheetFileChoice(*chosen)) {
            // a CSV import or export (app_csv.cpp), a printable sheet (app_sheets.cpp)
        } else if (file_dialog_.mode() == ui::FileDialog::Mode::Open) {
            const std::string path = *chosen;
            leaveDocumentThen([this, path] { openFile(path); });
        } else if (file_dialog_.purpose() == "brief") {
            exportBrief(*chosen);
        } else if (file_dialog_.purpose() == "ics") {
            exportIcs(*chosen);
        } else {
            saveAs(*chosen);
        }
    }
    drawErrorDialog();
    drawRecoveryDialog();
    drawDiscardDialog();
    import_dialog_.draw(ctx);
    ImGui::End();
    runAutosave();
}

}  // namespace etappe::app
