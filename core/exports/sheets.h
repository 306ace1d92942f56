#pragma once
// Printable sheets for workshops and for reps who plan on paper (issue 12,
// item 6): blank A4 pages in English or German that follow the method's own
// structure. They read no portfolio; the language comes from the translator.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "storage/portfolio_file.h"

namespace etappe::exports {

enum class SheetKind { Plan, Reduced, Debrief, BuyingCenter };

inline constexpr std::array<SheetKind, 4> kSheetKinds = {SheetKind::Plan, SheetKind::Reduced, SheetKind::Debrief,
                                                         SheetKind::BuyingCenter};

// The command line's names: "plan", "reduced", "debrief", "buying-center".
std::string_view sheetKindName(SheetKind kind);
std::optional<SheetKind> sheetKindFromName(std::string_view name);
// The text key of the sheet's title ("sheet.plan.title", ...), also the menu entry's.
std::string sheetTitleKey(SheetKind kind);

// The roles of the buying center the buying-center sheet lists, as text keys
// "sheet.bc.role.<key>" with ".hint".
inline constexpr std::array<std::string_view, 6> kBuyingCenterRoles = {"initiator", "user",       "influencer",
                                                                       "buyer",     "decider",    "gatekeeper"};

// One standalone HTML page styled to print on one A4 sheet. Its words come from
// sheet_content.h, shared with the PDF sheets.
std::string sheetHtml(SheetKind kind, const i18n::Translator& tr);

// Writes the sheet through storage::writeExport (never a portfolio, a symlink
// or a device; an existing file only with `replace_existing`). Only .html/.htm
// is written here: anything else is refused at SaveStep::Validate. The app
// calls writeSheetFile (pdf/sheet_pdf.h), which writes .pdf itself.
storage::SaveResult writeSheet(const std::string& path, SheetKind kind, const i18n::Translator& tr,
                               bool replace_existing);

}  // namespace etappe::exports
