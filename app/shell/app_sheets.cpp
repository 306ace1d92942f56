// File > Print sheet: the blank sheets for workshops and paper planning
// (issue 12, item 6), saved as A4 PDF or HTML in the interface's language.
#include <imgui.h>

#include <string>

#include "exports/pdf/sheet_pdf.h"
#include "shell/app.h"

namespace etappe::app {

void App::drawSheetMenu() {
    if (!ImGui::BeginMenu(tr_.label("sheet.menu"))) return;
    for (const auto kind : exports::kSheetKinds) {
        if (ImGui::MenuItem(tr_.label(exports::sheetTitleKey(kind)))) {
            const std::string name(exports::sheetKindName(kind));
            file_dialog_.show(ui::FileDialog::Mode::Save, exportFolder(), name + ".pdf", {".pdf", ".html"},
                              "sheet_" + name);
        }
    }
    ImGui::EndMenu();
}

bool App::handleSheetFileChoice(const std::string& path) {
    const std::string& purpose = file_dialog_.purpose();
    if (!purpose.starts_with("sheet_")) return false;
    const auto kind = exports::sheetKindFromName(std::string_view(purpose).substr(6));
    if (!kind) return false;
    const auto result = exports::writeSheetFile(path, *kind, tr_, true);  // the file dialog asked before replacing
    if (!result.ok()) {
        reportProblem(saveProblem(path, result), "error.sheet_title");
        return true;
    }
    rememberExportFolder(path);
    notifications_.status(std::string(tr_.text("status.sheet_written")) + " " + path, clock_());
    return true;
}

}  // namespace etappe::app
