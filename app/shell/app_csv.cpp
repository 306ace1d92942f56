// CSV import and export from the window (issue 13): the File menu's entries,
// the file dialogs they open, and what happens with the chosen file.
#include <imgui.h>

#include "interop/csv_export.h"
#include "shell/app.h"
#include "storage/export_target.h"

namespace etappe::app {

namespace {

constexpr std::pair<interop::ExportKind, const char*> kExports[] = {
    {interop::ExportKind::Customers, "customers"},
    {interop::ExportKind::Contacts, "contacts"},
    {interop::ExportKind::Activities, "activities"},
};

}  // namespace

char App::csvSeparator() const {
    // Excel in German reads semicolons; in English, commas.
    if (csv_separator_ != '\0') return csv_separator_;
    return tr_.language() == i18n::Language::German ? ';' : ',';
}

void App::showCsvImportDialog(interop::ImportKind kind) {
    const char* purpose = kind == interop::ImportKind::Customers ? "import_customers" : "import_activities";
    file_dialog_.show(ui::FileDialog::Mode::Open, exportFolder(), "", {".csv", ".txt"}, purpose);
}

void App::importCsv(const std::string& path, interop::ImportKind kind) {
    rememberExportFolder(path);
    import_dialog_.open(path, kind, session_.document(), today_());
}

void App::exportCsv(const std::string& path, interop::ExportKind kind) {
    const std::string text =
        interop::exportCsv(session_.document().portfolio(), kind, {csvSeparator(), tr_.language()});
    const auto result = storage::writeExport(path, text, true);  // the file dialog asked before replacing
    if (!result.ok()) {
        reportProblem(saveProblem(path, result), "error.csv_title");
        return;
    }
    rememberExportFolder(path);
    notifications_.status(std::string(tr_.text("status.csv_written")) + " " + path, clock_());
}

void App::drawCsvMenuItems(UiContext& ctx) {
    if (ImGui::MenuItem(tr_.label("menu.import_customers"), nullptr, false, !ctx.read_only))
        showCsvImportDialog(interop::ImportKind::Customers);
    if (ImGui::MenuItem(tr_.label("menu.import_activities"), nullptr, false, !ctx.read_only))
        showCsvImportDialog(interop::ImportKind::Activities);
    if (ImGui::BeginMenu(tr_.label("menu.export_csv"))) {
        for (const auto& [kind, name] : kExports) {
            if (ImGui::MenuItem(tr_.label(std::string("menu.export_csv_") + name))) {
                file_dialog_.show(ui::FileDialog::Mode::Save, exportFolder(), std::string(name) + ".csv", {".csv"},
                                  std::string("csv_") + name);
            }
        }
        ImGui::Separator();
        const char sep = csvSeparator();
        if (ImGui::MenuItem(tr_.label("menu.csv_semicolon"), nullptr, sep == ';')) csv_separator_ = ';';
        if (ImGui::MenuItem(tr_.label("menu.csv_comma"), nullptr, sep == ',')) csv_separator_ = ',';
        ImGui::EndMenu();
    }
}

// The file dialog's choice, when it was opened for a CSV import or export.
bool App::handleCsvFileChoice(const std::string& path) {
    const std::string& purpose = file_dialog_.purpose();
    if (purpose == "import_customers") {
        importCsv(path, interop::ImportKind::Customers);
        return true;
    }
    if (purpose == "import_activities") {
        importCsv(path, interop::ImportKind::Activities);
        return true;
    }
    for (const auto& [kind, name] : kExports) {
        if (purpose == std::string("csv_") + name) {
            exportCsv(path, kind);
            return true;
        }
    }
    return false;
}

}  // namespace etappe::app
