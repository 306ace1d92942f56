// The frame around the screens: menu bar, sidebar, status bar, shortcuts and
// the shell's dialogs.
#include <imgui.h>
#include <imgui_stdlib.h>
#include <imgui_internal.h>  // the popup stack, to close menus on Escape

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "shell/app.h"
#include "dates/date_format.h"
#include "storage/paths.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/presentation.h"
#include "ui/zoom.h"

namespace etappe::app {

// The file and history commands work on every screen. Ctrl+Z/Y wait while a
// text field has the keyboard: the field undoes its own typing.
std::vector<Shortcut> App::makeGlobalShortcuts() {
    auto save_as = [this](UiContext&) {
        file_dialog_.show(ui::FileDialog::Mode::Save, startFolder(), tr_.text("dialog.default_name"));
    };
    return {
        {ui::ctrlKey('S'), true, [this](UiContext&) { save(); }},
        {ui::ctrlKey('S', true), true, save_as},
        {ui::ctrlKey('O'), true, [this](UiContext&) { file_dialog_.show(ui::FileDialog::Mode::Open, startFolder()); }},
        {ui::ctrlKey('Q'), true, [this](UiContext&) { onCloseRequested(); }},
        {ui::ctrlKey('Z'), false, [this](UiContext&) { undo(); }},
        {ui::ctrlKey('Z', true), false, [this](UiContext&) { redo(); }},
        {ui::ctrlKey('Y'), false, [this](UiContext&) { redo(); }},
    };
}

// Global keys first, then the keys of the screen that is showing, and of no
// other. An empty portfolio shows the welcome page instead of any screen;
// there Ctrl+N adds the first customer, like the page's button.
void App::handleShortcuts(UiContext& ctx) {
    const bool escape_for_popup = closePopupsOnEscape();
    handleZoomInput();
    if (ImGui::IsKeyPressed(ui::kKeyF5, false) && !ImGui::GetIO().KeyCtrl) setPresenting(!presenting_);
    // Escape also ends presentation mode, as in every slide program, unless a
    // popup or a text field (which reverts its edit on Escape) wants it.
    if (presenting_ && !escape_for_popup && !ImGui::GetIO().WantTextInput && ui::namedKeyPressed(ImGuiKey_Escape))
        setPresenting(false);
    runShortcuts(global_shortcuts_, ctx);
    if (!ctx.portfolio().customers.empty()) {
        const auto& screen_keys = screens_.showing().shortcuts;
        runShortcuts(screen_keys, ctx);
        // Ctrl+F finds a customer from anywhere: a screen with a search of its
        // own uses it, any other leads to the customers' search.
        const bool own_find = std::any_of(screen_keys.begin(), screen_keys.end(), [](const Shortcut& s) {
            return s.keys.ctrl && !s.keys.shift && !s.keys.named && s.keys.key == 'F';
        });
        if (!own_find && ui::chordPressed(ui::ctrlKey('F'))) findCustomer();
    } else if (ui::chordPressed(ui::ctrlKey('N'))) {
        addCustomer();
    }
}

// Ctrl with + / - / 0 and Ctrl+wheel zoom everywhere, also while typing (text fields ignore them).
void App::handleZoomInput() {
    switch (ui::zoomKeyPressed()) {
        case ui::ZoomKey::In: setZoom(ui::zoomIn(zoom())); break;
        case ui::ZoomKey::Out: setZoom(ui::zoomOut(zoom())); break;
        case ui::ZoomKey::Reset: setZoom(ui::kDefaultZoom); break;
        case ui::ZoomKey::None: break;
    }
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.MouseWheel == 0.0f) {
        if (!io.KeyCtrl) wheel_zoom_ = 0.0f;
        return;
    }
    wheel_zoom_ += io.MouseWheel;
    if (wheel_zoom_ >= 1.0f) {
        setZoom(ui::zoomIn(zoom()));
        wheel_zoom_ = 0.0f;
    } else if (wheel_zoom_ <= -1.0f) {
        setZoom(ui::zoomOut(zoom()));
        wheel_zoom_ = 0.0f;
    }
}

bool App::closePopupsOnEscape() {
    if (!ui::namedKeyPressed(ImGuiKey_Escape)) return false;
    // Modal dialogs keep their own answer to Escape (or have none): only what lies above the topmost one closes.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    int keep = 0;
    for (int i = g.OpenPopupStack.Size - 1; i >= 0; --i) {
        const ImGuiWindow* window = g.OpenPopupStack[i].Window;
        if (window != nullptr && (window->Flags & ImGuiWindowFlags_Modal) != 0) {
            keep = i + 1;
            break;
        }
    }
    const bool any_open = g.OpenPopupStack.Size > 0;
    if (keep < g.OpenPopupStack.Size) ImGui::ClosePopupToLevel(keep, true);
    return any_open;
}

void App::drawMenuBar(UiContext& ctx) {
    if (!ImGui::BeginMenuBar()) return;
    const auto& document = session_.document();
    if (ImGui::BeginMenu(tr_.label("menu.file"))) {
        if (ImGui::MenuItem(tr_.label("menu.new"))) newPortfolio();
        if (ImGui::MenuItem(tr_.label("menu.open"), "Ctrl+O")) file_dialog_.show(ui::FileDialog::Mode::Open, startFolder());
        if (ImGui::BeginMenu(tr_.label("menu.recent"), !settings_.recent_files.empty())) {
            for (const std::string& path : settings_.recent_files) {
                if (ImGui::MenuItem(path.c_str())) {
                    const std::string chosen = path;
                    leaveDocumentThen([this, chosen] { openFile(chosen); });
                }
            }
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem(tr_.label("menu.sample"))) leaveDocumentThen([this] { openSample(); });
        ImGui::Separator();
        if (ImGui::MenuItem(tr_.label("menu.save"), "Ctrl+S", false, !session_.isReadOnly())) save();
        if (ImGui::MenuItem(tr_.label("menu.save_as"), "Ctrl+Shift+S"))
            file_dialog_.show(ui::FileDialog::Mode::Save, startFolder(), tr_.text("dialog.default_name"));
        ImGui::Separator();
        const bool briefable = canExportBrief();
        if (ImGui::MenuItem(tr_.label("menu.export_brief"), nullptr, false, briefable)) showBriefDialog();
        if (!briefable && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            const model::Id customer_id = plannerView().customerId();
            const bool reduced = screens_.isShowing(PlannerView::kInfo.id) &&
                                 session_.document().portfolio().findCustomer(customer_id) && !ctx.treatedAsA(customer_id);
            ImGui::SetTooltip("%s", tr_.text(reduced ? "menu.export_brief_reduced_hint" : "menu.export_brief_hint"));
        }
        if (ImGui::MenuItem(tr_.label("menu.export_ics")))
            file_dialog_.show(ui::FileDialog::Mode::Save, exportFolder(), "etappe.ics", {".ics"}, "ics");
        drawSheetMenu();
        ImGui::Separator();
        drawCsvMenuItems(ctx);
        ImGui::Separator();
        if (ImGui::MenuItem(tr_.label("menu.quit"), "Ctrl+Q")) onCloseRequested();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr_.label("menu.edit"))) {
        if (ImGui::MenuItem(tr_.label("menu.undo"), "Ctrl+Z", false, document.canUndo() && !ctx.read_only)) undo();
        if (ImGui::MenuItem(tr_.label("menu.redo"), "Ctrl+Y", false, document.canRedo() && !ctx.read_only)) redo();
        ImGui::Separator();
        // The keys do this only on the Customers screen, so only there the menu names them.
        const bool on_customers = screens_.isShowing(CustomersView::kInfo.id);
        auto hint = [on_customers](const char* keys) { return on_customers ? keys : nullptr; };
        if (ImGui::MenuItem(tr_.label("menu.add_customer"), hint("Ctrl+N"), false, !ctx.read_only)) addCustomer();
        if (ImGui::MenuItem(tr_.label("menu.delete_customer"), hint("Del"), false,
                            !ctx.read_only && customersView().selectedId() != model::kNoId))
            deleteSelectedCustomer();
        if (ImGui::MenuItem(tr_.label("menu.find"), hint("Ctrl+F"))) findCustomer();
        ImGui::EndMenu();
    }
    const bool view_open = ImGui::BeginMenu(tr_.label("menu.view"));
    if (!view_open) ui::reportItem("menu.view");  // where the closed menu's title is, for tests
    if (view_open) {
        // Ctrl+Plus on every keyboard: the hint names the printed key, not US "=".
        const float zoom_now = zoom();
        const float most = presenting_ ? ui::kPresentMaxZoom : ui::kMaxZoom;
        const float least = presenting_ ? ui::kPresentMinZoom : ui::kMinZoom;
        if (ImGui::MenuItem(tr_.label("menu.zoom_in"), "Ctrl++", false, zoom_now < most)) setZoom(ui::zoomIn(zoom_now));
        if (ImGui::MenuItem(tr_.label("menu.zoom_out"), "Ctrl+-", false, zoom_now > least)) setZoom(ui::zoomOut(zoom_now));
        if (ImGui::MenuItem(tr_.label("menu.zoom_reset"), "Ctrl+0", false, !presenting_ && zoom_now != ui::kDefaultZoom))
            setZoom(ui::kDefaultZoom);
        drawPresentMenuItems();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr_.label("menu.language"))) {
        if (ImGui::MenuItem("English###lang_en", nullptr, tr_.language() == i18n::Language::English))
            setLanguage(i18n::Language::English);
        if (ImGui::MenuItem("Deutsch###lang_de", nullptr, tr_.language() == i18n::Language::German))
            setLanguage(i18n::Language::German);
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

void App::drawSidebar(UiContext& ctx) {
    // Presenting, the sidebar is as narrow as its longest label allows: the content gets the room.
    float sidebar_width = ui::em(10.5f);
    if (presenting_) {
        float widest = 0.0f;
        for (const ScreenRegistry::Entry& entry : screens_.entries())
            if (!ui::isPrivateScreen(entry.info->id)) widest = std::max(widest, ImGui::CalcTextSize(tr_.text(entry.info->label_key)).x);
        const ImGuiStyle& style = ImGui::GetStyle();
        sidebar_width = std::min(sidebar_width, widest + 2 * style.WindowPadding.x + style.ScrollbarSize);
    }
    ImGui::BeginChild("sidebar", ImVec2(sidebar_width, 0), true);
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted("Etappe");
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kMutedText);
    ImGui::TextUnformatted(tr_.text("sidebar.portfolio"));
    ImGui::PopStyleColor();
    // The portfolio's name, edited in place; one undo step when the field is left.
    const std::string& title = ctx.portfolio().title;
    if (!title_active_) title_buffer_ = title;
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::BeginDisabled(ctx.read_only);
    ImGui::InputTextWithHint("##title", tr_.text("sidebar.title_hint"), &title_buffer_);
    title_active_ = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit() && title_buffer_ != title) ctx.apply(history::changeTitle(title, title_buffer_));
    ImGui::EndDisabled();
    ImGui::Separator();
    for (const ScreenRegistry::Entry& entry : screens_.entries()) {
        if (presenting_ && ui::isPrivateScreen(entry.info->id)) continue;  // the rep's own matter
        const std::string_view key = entry.info->label_key;
        std::string label = tr_.text(key);
        const std::string badge = entry.screen->sidebarBadge(ctx);
        if (!badge.empty()) label += "  (" + badge + ")";
        label += "###" + std::string(key);
        if (ImGui::Selectable(label.c_str(), &entry == &screens_.showing())) showScreen(entry.info->id);
        ui::reportItem(std::string(key));
    }
    ImGui::EndChild();
}

void App::drawContent(UiContext& ctx) {
    if (!ctx.portfolio().customers.empty()) {
        exercise_banner_.draw(ctx, screens_.showing().info->id);
        screens_.showing().screen->draw(ctx);
        return;
    }
    switch (welcome_.draw(ctx)) {
        case WelcomeView::Choice::OpenSample: leaveDocumentThen([this] { openSample(); }); break;
        case WelcomeView::Choice::AddCustomer: addCustomer(); break;
        case WelcomeView::Choice::OpenFile: file_dialog_.show(ui::FileDialog::Mode::Open, startFolder()); break;
        case WelcomeView::Choice::None: break;
    }
}

void App::drawStatusBar(UiContext& ctx) {
    ImGui::Separator();
    const auto& document = session_.document();
    const std::string file = session_.isUntitled() ? tr_.text("status.untitled")
                                                   : std::filesystem::path(session_.path()).filename().string();
    ImGui::TextUnformatted(file.c_str());
    ImGui::SameLine();
    // A warning gets the room up to the customer count, cut with "…" (whole in a tooltip).
    char count_text[64];
    std::snprintf(count_text, sizeof count_text, tr_.text("status.customer_count"), static_cast<int>(ctx.portfolio().customers.size()));
    const float warning_room = ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(count_text).x - ImGui::GetCursorPosX() -
                               2 * ImGui::GetStyle().ItemSpacing.x;
    if (anonymise_) {
        ui::fittedTextColored(ui::kWarning, tr_.text("status.anonymised"), warning_room);
        ui::reportItem("status.anonymised");
    } else if (session_.isReadOnly()) {
        // Says what is really the case: another window, a write-protected file or folder, a read-only disk.
        const i18n::Message& reason = session_.readOnlyReason();
        const std::string line = reason.empty() ? std::string(tr_.text("status.read_only"))
                                                : std::string(tr_.text("status.read_only_because")) + i18n::render(tr_, reason);
        const bool cut = ui::fittedTextColored(ui::kWarning, line, warning_room);
        ui::reportItem("status.read_only");
        if (!cut && ImGui::IsItemHovered() && !session_.lockHolder().empty())
            ImGui::SetTooltip("%s", session_.lockHolder().c_str());
    } else if (document.isDirty()) {
        ImGui::TextColored(ui::kWarning, "● %s", tr_.text(session_.isUntitled() ? "status.unsaved_copy" : "status.unsaved"));
    } else if (session_.isUntitled()) {
        ImGui::TextColored(ui::kMutedText, "%s", tr_.text("status.no_file"));
    } else {
        ImGui::TextColored(ui::kSuccess, "✓ %s", tr_.text("status.all_saved"));
    }
    const float count_x = ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(count_text).x;
    const std::string& message = notifications_.currentStatus(clock_());
    if (!message.empty()) {
        // The message gets the room up to the count, cut with "…" (whole in a tooltip), never over it.
        ImGui::SameLine();
        const float room = count_x - ImGui::GetCursorPosX() - ImGui::GetStyle().ItemSpacing.x;
        ui::fittedTextColored(ui::kMutedText, "·  " + message, room);
        ui::reportItem("status.message");
    }
    ImGui::SameLine(std::max(count_x, ImGui::GetCursorPosX()));
    ImGui::TextUnformatted(count_text);
    ui::reportItem("status.count");
}

void App::drawErrorDialog() {
    if (!notifications_.hasError()) return;
    const char* id = "###error_dialog";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    ImGui::SetNextWindowSize(ImVec2(ui::em(30.0f), 0));
    const std::string title = notifications_.errorTitle() + id;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize)) return;
    ImGui::TextWrapped("%s", notifications_.errorBody().c_str());
    ImGui::Spacing();
    if (ImGui::Button(tr_.label("common.ok"), ImVec2(ui::em(6.0f), 0)) || ui::namedKeyPressed(ImGuiKey_Enter)) {
        notifications_.dismissError();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void App::restoreRecovery(std::size_t index) {
    session_.restoreRecovery(std::move(recoveries_.at(index)));
    const int others = static_cast<int>(recoveries_.size()) - 1;
    recoveries_.clear();  // released: offered again at the next start, or in another window
    if (others > 0) {
        char text[256];
        std::snprintf(text, sizeof text, tr_.text("recovery.more_kept"), others);
        notifications_.status(text, clock_());
    }
}

void App::discardRecovery(std::size_t index) {
    storage::discardRecovery(recoveries_.at(index));  // that file only; a live window's is never offered
    recoveries_.erase(recoveries_.begin() + static_cast<std::ptrdiff_t>(index));
}

// One line per orphaned recovery file: when, its title and size; restore one
// or discard any.
void App::drawRecoveryDialog() {
    if (recoveries_.empty() || notifications_.hasError()) return;
    const char* title = tr_.label("recovery.title");
    if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    ImGui::SetNextWindowSize(ImVec2(ui::em(34.0f), 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize)) return;
    ImGui::TextWrapped("%s", tr_.text("recovery.intro"));
    ImGui::Spacing();
    std::optional<std::size_t> restore, discard;
    for (std::size_t i = 0; i < recoveries_.size(); ++i) {
        const storage::Recovery& recovery = recoveries_[i];
        const std::string saved_at = dates::formatDateTime(recovery.saved_at, tr_.language());
        const std::string& name = recovery.portfolio.title;
        ImGui::Separator();
        ImGui::TextWrapped(tr_.text("recovery.item"), saved_at.c_str(), name.empty() ? tr_.text("recovery.no_title") : name.c_str(),
                           static_cast<int>(recovery.portfolio.customers.size()));
        const std::string index = std::to_string(i);
        if (ImGui::Button((tr_.text("recovery.restore") + std::string("###restore") + index).c_str())) restore = i;
        ui::reportItem("recovery.restore." + index);
        ImGui::SameLine();
        if (ImGui::Button((tr_.text("recovery.discard") + std::string("###discard") + index).c_str())) discard = i;
        ui::reportItem("recovery.discard." + index);
    }
    ImGui::Separator();
    const bool later = ImGui::Button(tr_.label("recovery.later"));
    ui::reportItem("recovery.later");
    if (restore) restoreRecovery(*restore);
    if (discard) discardRecovery(*discard);
    if (later) recoveries_.clear();  // released and kept for the next start
    if (recoveries_.empty()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void App::drawDiscardDialog() {
    const char* title = tr_.label("discard.title");
    if (confirm_discard_) {
        ImGui::OpenPopup(title);
        confirm_discard_ = false;
    }
    ImGui::SetNextWindowSize(ImVec2(ui::em(28.0f), 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize)) return;
    ImGui::TextWrapped("%s", tr_.text("discard.body"));
    ImGui::Spacing();
    if (ImGui::Button(tr_.label("discard.save_as"))) {
        file_dialog_.show(ui::FileDialog::Mode::Save, startFolder(), tr_.text("dialog.default_name"));
        after_discard_ = nullptr;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr_.label("discard.discard"))) {
        session_.discardRecovery();
        if (after_discard_) after_discard_();
        after_discard_ = nullptr;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr_.label("common.cancel"))) {
        after_discard_ = nullptr;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace etappe::app
