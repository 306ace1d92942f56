#pragma once
#include <functional>
#include <optional>
#include <string>

#include "exports/brief_export.h"
#include "i18n/translator.h"
#include "shell/screen_registry.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/recovery.h"
#include "storage/settings.h"
#include "ui/file_dialog.h"
#include "ui/notifications.h"
#include "views/customers_view.h"
#include "views/planner_view.h"
#include "views/priorities_view.h"
#include "views/goals_view.h"
#include "views/activities_view.h"
#include "views/welcome_view.h"
#include "views/import_dialog.h"
#include "interop/csv_columns.h"

namespace etappe::app {

// What the command line asks for at start.
struct AppOptions {
    std::string file;                            // open this portfolio
    bool sample = false;                         // open the sample case as an untitled copy
    std::optional<i18n::Language> language;      // overrides the saved choice for this run
    std::string view = "customers";
};

// The whole program without the window: menus, shortcuts, screens, dialogs,
// and the document session. One frame at a time, so tests drive it headless.
class App {
public:
    using Clock = std::function<double()>;        // monotonic seconds
    using Today = std::function<std::string()>;   // the local date, ISO
    // The shell owns the clock and the date; views get them through the UiContext.
    explicit App(const AppOptions& options, Clock clock = {}, Today today = {});

    void buildFrame();
    bool wantsToQuit() const { return quit_; }
    void onCloseRequested();
    double secondsUntilNextTimer() const;
    void setContentScale(float scale);

    // Commands (menu items, shortcuts and tests use the same entry points).
    void newPortfolio();
    void openFile(const std::string& path);
    void openSample();
    void save();
    void saveAs(const std::string& path);
    void exportBrief(const std::string& path);
    // Asks for a file name only when there is something to brief; says why not otherwise.
    void showBriefDialog();
    bool canExportBrief() { return briefTarget().briefable(); }
    void exportIcs(const std::string& path);
    // CSV (app_csv.cpp): the import opens the preview dialog; nothing changes before the rep confirms.
    void showCsvImportDialog(interop::ImportKind kind);
    void importCsv(const std::string& path, interop::ImportKind kind);
    void exportCsv(const std::string& path, interop::ExportKind kind);
    char csvSeparator() const;
    ImportDialog& importDialog() { return import_dialog_; }
    void undo();
    void redo();
    // Customer commands of the Edit menu: they go to the Customers screen first,
    // so the new customer, the delete question or the search field is seen.
    void addCustomer();
    void deleteSelectedCustomer();
    void findCustomer();
    void setLanguage(i18n::Language language);

    DocumentSession& session() { return session_; }
    const i18n::Translator& translator() const { return tr_; }
    CustomersView& customersView() { return screens_.get<CustomersView>(); }
    PlannerView& plannerView() { return screens_.get<PlannerView>(); }
    GoalsView& goalsView() { return screens_.get<GoalsView>(); }
    ActivitiesView& activitiesView() { return screens_.get<ActivitiesView>(); }
    const ScreenRegistry& screens() const { return screens_; }
    const std::vector<Shortcut>& globalShortcuts() const { return global_shortcuts_; }
    std::string_view screenId() const { return screens_.showing().info->id; }
    // Goes to the screen a --view name names (an id, or a mode such as "calendar").
    void showScreen(std::string_view view_name);
    // Shows what a view asked for on another screen.
    void follow(const NavigationRequest& request);
    ui::Notifications& notifications() { return notifications_; }
    const storage::Settings& settings() const { return settings_; }
    bool recoveryOffered() const { return recovery_.has_value(); }
    const ui::FileDialog& fileDialog() const { return file_dialog_; }

    // What views get each frame; also for commands driven from outside a frame (tests).
    UiContext context();

private:
    void openLastOrDefault();
    const rules::Classification& classification();
    void handleShortcuts(UiContext& ctx);
    std::vector<Shortcut> makeGlobalShortcuts();
    void drawMenuBar(UiContext& ctx);
    void drawSidebar(UiContext& ctx);
    void drawContent(UiContext& ctx);
    void drawStatusBar(UiContext& ctx);
    void drawErrorDialog();
    void drawRecoveryDialog();
    void drawDiscardDialog();
    void drawCsvMenuItems(UiContext& ctx);
    bool handleCsvFileChoice(const std::string& path);
    void runAutosave();
    void reportProblem(const FileProblem& problem, const char* title_key);
    void rememberRecent(const std::string& path);
    void saveSettings();
    // Leaves the current document (saving or keeping it), then runs `next`.
    void leaveDocumentThen(std::function<void()> next);
    std::string startFolder() const;
    std::string exportFolder() const;
    void rememberExportFolder(const std::string& exported);
    // The brief of what the planner shows; not briefable() when there is nothing to brief.
    exports::BriefTarget briefTarget();

    Clock clock_;
    Today today_;
    rules::Derived<rules::Classification> classification_;
    storage::Settings settings_;
    i18n::Translator tr_;
    ui::Notifications notifications_;
    DocumentSession session_;
    ScreenRegistry screens_;
    std::vector<Shortcut> global_shortcuts_;  // Ctrl+S/O/Q/Z/Y: on every screen
    WelcomeView welcome_;
    ui::FileDialog file_dialog_;
    ImportDialog import_dialog_;
    char csv_separator_ = '\0';  // '\0': by the language (';' in German, ',' in English)
    std::optional<storage::Recovery> recovery_;
    std::function<void()> after_discard_;
    bool confirm_discard_ = false;
    bool quit_ = false;
    float scale_ = 1.0f;
    std::string title_buffer_;
    bool title_active_ = false;
};

}  // namespace etappe::app
