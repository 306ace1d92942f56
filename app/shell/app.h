#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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
#include "views/workshop_banner.h"
#include "views/import_dialog.h"
#include "interop/csv_columns.h"

namespace etappe::app {

// What the command line asks for at start.
struct AppOptions {
    std::string file;                            // open this portfolio
    bool sample = false;                         // open the sample case as an untitled copy
    std::optional<i18n::Language> language;      // overrides the saved choice for this run
    std::string view = "customers";
    bool present = false;    // --present: start in presentation mode
    bool anonymise = false;  // --anonymise: with stand-in names
    int page = 0;            // --page N: the Method screen opens on page N (1-based; 0 = the first)
    std::vector<std::string> compare_files;  // [FILE] --compare F1 F2 … without --out: compare these in the window
    std::vector<ScreenType> screens = screenTypes();  // the sidebar's screens; a test may add one of its own
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
    // A quit signal (logout, Ctrl+C): saves or keeps the work without asking
    // and quits. Returns the line that says why nothing could be kept, or "".
    std::string quitOnSignal();
    // When the shell needs a frame although nothing happened: the autosave,
    // or the moment the status text disappears. < 0: never.
    double secondsUntilNextTimer() const;
    // True once after a frame in which the shell changed what it shows
    // without input (a background save finished or failed): the loop then
    // draws a few frames, as after input, so the status line and a dialog
    // appear without the mouse having to move.
    bool takeUnseenChange();
    // Installs what wakes the event loop from the autosave thread.
    void setWake(std::function<void()> wake) { session_.setWake(std::move(wake)); }
    void setContentScale(float scale);
    // The zoom of the whole UI (1.0 = 100 %), kept to ui::kZoomSteps and remembered in the settings.
    // The platform rebuilds the fonts for it between frames, so text stays sharp.
    // While presenting, the zoom is the presentation's (150-250 %), and the rep's comes back after.
    float zoom() const { return presenting_ ? present_zoom_ : zoom_; }
    void setZoom(float zoom);

    // Presentation mode (app_present.cpp): projector zoom, high-contrast theme,
    // full screen, private screens left out of the sidebar.
    bool presenting() const { return presenting_; }
    void setPresenting(bool on);
    // Views get an anonymised copy of the portfolio (read-only) while this is on.
    bool anonymising() const { return anonymise_; }
    void setAnonymise(bool on);

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
    // The orphaned recovery files the start offers, newest first (each locked
    // by this window while offered).
    bool recoveryOffered() const { return !recoveries_.empty(); }
    const std::vector<storage::Recovery>& offeredRecoveries() const { return recoveries_; }
    // The FILE of the command line could not be opened: one line saying why
    // (for stderr), empty otherwise. The window still opens, showing the
    // dialog; the exit status tells scripts.
    const std::string& startProblem() const { return start_problem_; }
    const ui::FileDialog& fileDialog() const { return file_dialog_; }

    // What views get each frame; also for commands driven from outside a frame (tests).
    UiContext context();

private:
    void openLastOrDefault();
    const rules::Classification& classification();
    void handleShortcuts(UiContext& ctx);
    void handleZoomInput();
    // Escape closes an open menu, combo or other non-modal popup (ImGui 1.86 leaves that to keyboard navigation),
    // never a modal; true when any popup was open (the Escape was meant for it).
    bool closePopupsOnEscape();
    std::vector<Shortcut> makeGlobalShortcuts();
    void drawMenuBar(UiContext& ctx);
    void drawPresentMenuItems();
    // The anonymised copy views see, rebuilt when the document or the language changes.
    history::Document& shownDocument();
    void drawSidebar(UiContext& ctx);
    void drawContent(UiContext& ctx);
    void drawStatusBar(UiContext& ctx);
    void drawErrorDialog();
    void drawRecoveryDialog();
    // Restores or discards the offered recovery at `index`; restoring releases the others.
    void restoreRecovery(std::size_t index);
    void discardRecovery(std::size_t index);
    void drawDiscardDialog();
    void drawCsvMenuItems(UiContext& ctx);
    // File > Print sheet: the four blank sheets as A4 HTML (app_sheets.cpp).
    void drawSheetMenu();
    bool handleSheetFileChoice(const std::string& path);
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
    std::string problemText(const FileProblem& problem) const;
    void announceOpened(const std::string& path);

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
    ExerciseBanner exercise_banner_;  // the participant's current exercise above the screen
    ui::FileDialog file_dialog_;
    std::vector<storage::Recovery> recoveries_;
    ImportDialog import_dialog_;
    char csv_separator_ = '\0';  // '\0': by the language (';' in German, ',' in English)
    std::function<void()> after_discard_;
    bool confirm_discard_ = false;
    bool quit_ = false;
    float scale_ = 1.0f;
    float zoom_ = 1.0f;
    float wheel_zoom_ = 0.0f;  // Ctrl+wheel turned, not yet a whole step (touchpads send fractions)
    std::string title_buffer_;
    bool title_active_ = false;
    std::string start_problem_;
    bool settings_writable_ = true;
    bool unseen_change_ = false;
    bool presenting_ = false;
    bool anonymise_ = false;
    float present_zoom_ = 2.0f;
    bool present_zoom_chosen_ = false;  // the trainer zoomed while presenting: keep that size
    std::unique_ptr<history::Document> shown_;  // anonymised copy
    std::uint64_t shown_of_revision_ = 0;
    i18n::Language shown_language_ = i18n::Language::English;
    std::uint64_t shown_copies_ = 0;  // anonymised copies made, for their own revisions
};

}  // namespace etappe::app
