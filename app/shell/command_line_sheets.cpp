// --print-sheet plan|reduced|debrief|buying-center --out F.pdf|F.html: a blank
// printable sheet without a window (issue 12, item 6). Reads no portfolio.
#include <cstdio>

#include "exports/pdf/sheet_pdf.h"
#include "shell/command_line.h"

namespace etappe::app {

int runPrintSheet(const CommandLine& cl) {
    const i18n::Translator tr(languageFor(cl));
    const auto kind = exports::sheetKindFromName(cl.print_sheet);
    if (!kind) return 2;  // the parser refuses unknown kinds already
    if (const int code = reportWrite(exports::writeSheetFile(cl.brief_out, *kind, tr, cl.force), cl.brief_out, tr)) return code;
    std::printf(tr.text("sheet.written"), cl.brief_out.c_str());
    std::printf("\n");
    return 0;
}

}  // namespace etappe::app
