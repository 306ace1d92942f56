// The frame around the screens: menu bar, sidebar, status bar, shortcuts and
// the shell's dialogs.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "shell/app.h"
#include "dates/date_format.h"
#include "storage/paths.h"
#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

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
    ImGui::BeginChild("sidebar", ImVec2(ui::em(10.5f), 0), true);
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
    if (session_.isReadOnly()) {
        ImGui::TextColored(ui::kWarning, "%s", tr_.text("status.read_only"));
        if (ImGui::IsItemHovered()) {
            const std::string why = session_.lockHolder().empty() ? i18n::render(tr_, session_.readOnlyReason())
                                                                  : session_.lockHolder();
            ImGui::SetTooltip("%s", why.c_str());
        }
    } else if (document.isDirty()) {
        ImGui::TextColored(ui::kWarning, "● %s", tr_.text(session_.isUntitled() ? "status.unsaved_copy" : "status.unsaved"));
    } else if (session_.isUntitled()) {
        ImGui::TextColored(ui::kMutedText, "%s", tr_.text("status.no_file"));
    } else {
        ImGui::TextColored(ui::kSuccess, "✓ %s", tr_.text("status.all_saved"));
    }
    const std::string& message = notifications_.currentStatus(clock_());
    if (!message.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ui::kMutedText, "·  %s", message.c_str());
    }
    char count[64];
    std::snprintf(count, sizeof count, tr_.text("status.customer_count"), static_cast<int>(ctx.portfolio().customers.size()));
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(count).x);
    ImGui::TextUnformatted(count);
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

void App::drawRecoveryDialog() {
    if (!recovery_ || notifications_.hasError()) return;
    const char* title = tr_.label("recovery.title");
    if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    ImGui::SetNextWindowSize(ImVec2(ui::em(30.0f), 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize)) return;
    const std::string origin = recovery_->original_path.empty() ? tr_.text("status.untitled") : recovery_->original_path;
    const std::string saved_at = dates::formatDateTime(recovery_->saved_at, tr_.language());
    ImGui::TextWrapped(tr_.text("recovery.body"), saved_at.c_str(),
                       static_cast<int>(recovery_->portfolio.customers.size()), origin.c_str());
    ImGui::Spacing();
    const bool restore = ImGui::Button(tr_.label("recovery.restore"));
    ui::reportItem("recovery.restore");
    if (restore) {
        session_.openCopy(std::move(recovery_->portfolio), true);
        recovery_.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr_.label("recovery.discard"))) {
        session_.discardRecovery();
        recovery_.reset();
        ImGui::CloseCurrentPopup();
    }
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
