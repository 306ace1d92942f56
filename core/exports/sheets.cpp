// The printable sheets (issue 12, item 6): one blank A4 page each, laid out as
// the method is taught, with tick boxes and room to write by hand.
#include "exports/sheets.h"

#include "exports/escape.h"
#include "exports/sheet_content.h"
#include "storage/export_target.h"

namespace etappe::exports {

namespace {

// Print first: one A4 sheet with 10 mm margins (277 mm of height to fill).
// Writing room is set in millimetres so the same sheet prints alike from any
// browser; on screen the page is drawn on grey at its printed size.
constexpr std::string_view kStyle = R"css(
@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 8.5pt/1.2 "DejaVu Sans", sans-serif; color: #111; margin: 0; }
@media screen { html { background: #888; } body { width: 210mm; min-height: 297mm; margin: 4mm auto; padding: 10mm; background: #fff; } }
h1 { font-size: 13pt; margin: 0 0 1.5mm; }
h2 { font-size: 9.5pt; margin: 2.2mm 0 1mm; padding-bottom: 0.3mm; border-bottom: 0.3mm solid #3a7d44; }
p.intro { margin: 0 0 1.5mm; color: #444; font-size: 7.5pt; }
.head { display: grid; grid-template-columns: 1fr 1fr 0.6fr; gap: 1mm 4mm; margin: 0 0 1.5mm; }
.head.two { grid-template-columns: 1fr 1fr; }
.line { display: flex; align-items: flex-end; gap: 1.5mm; height: 6.5mm; }
.line b { white-space: nowrap; font-size: 8pt; color: #333; }
.line span { flex: 1; border-bottom: 0.25mm solid #555; height: 100%; }
.wide { grid-column: 1 / -1; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.25mm solid #777; padding: 0.6mm 1mm; vertical-align: top; text-align: left; }
th { background: #e8efe9; font-size: 7.5pt; }
.box { display: inline-block; width: 3mm; height: 3mm; border: 0.3mm solid #222; background: #fff; vertical-align: -0.4mm; margin-right: 1.2mm; flex: none; }
.term { color: #555; font-size: 7pt; }
.num { width: 6mm; text-align: right; font-weight: bold; }
table.steps td { height: 14.6mm; }
table.steps td b { font-size: 8pt; overflow-wrap: anywhere; hyphens: auto; }
table.steps .cp { display: flex; align-items: flex-start; font-size: 7pt; line-height: 1.15; margin: 0 0 0.5mm; }
table.steps .cp .box { margin-top: 0.2mm; }
.field { border: 0.25mm solid #777; padding: 0.6mm 1.2mm; margin: 0 0 1mm; }
.field b { font-size: 7.5pt; color: #333; }
.fields { display: grid; grid-auto-flow: column; grid-auto-columns: 1fr; gap: 2mm; }
.reduced .field { height: 27mm; margin: 0; }
.element { break-inside: avoid; }
.element h2 { display: flex; justify-content: space-between; }
.element h2 small { font-weight: normal; font-size: 7.5pt; }
.coach { font-size: 7pt; color: #555; margin: 0 0 0.8mm; }
.ticks { display: flex; flex-wrap: wrap; gap: 1mm 5mm; align-items: center; margin: 0 0 1mm; }
.ticks b { font-size: 8pt; }
table.rate td { height: 6.6mm; padding: 0.3mm 1mm; }
table.rate td.c { text-align: center; }
table.rate th.c { text-align: center; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
table.grid td, table.grid th { text-align: center; vertical-align: middle; }
table.grid td { height: 13mm; font-size: 7.5pt; }
table.grid td.goal { background: #e8efe9; font-weight: bold; }
table.grid th.axis { background: none; border: none; font-size: 7pt; }
.lessons { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.lessons .field { height: 27mm; }
.next .field { height: 14mm; }
table.bc td { height: 30mm; }
table.bc .hint { font-size: 7pt; color: #555; }
table.bc .scale { display: flex; flex-direction: column; gap: 1mm; font-size: 7.5pt; }
.bottom { margin-top: 2.5mm; }
.bottom .field { height: 24mm; }
)css";

std::string e(const std::string& text) { return htmlEscaped(text); }

std::string box() { return "<span class=\"box\"></span>"; }

std::string head(const std::vector<detail::WritingLine>& lines) {
    std::string out = "<div class=\"head\">";
    for (const auto& line : lines)
        out += std::string("<div class=\"line") + (line.wide ? " wide" : "") + "\"><b>" + e(line.label) +
               "</b><span></span></div>";
    return out + "</div>\n";
}

std::string line(const std::string& label) { return "<div class=\"line\"><b>" + e(label) + "</b><span></span></div>"; }

std::string field(const std::string& label) { return "<div class=\"field\"><b>" + e(label) + "</b></div>"; }

std::string ticks(const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& label : labels) out += "<span>" + box() + e(label) + "</span>";
    return out;
}

std::string grid(const detail::Grid& g, const std::string& kind_class) {
    std::string out = "<table class=\"grid " + kind_class + "\"><tr><th class=\"axis\">" + e(g.corner) + "</th><th>" +
                      e(g.columns[0]) + "</th><th>" + e(g.columns[1]) + "</th></tr>\n";
    out += "<tr><th>" + e(g.rows[0]) + "</th><td>" + e(g.cells[0][0]) + "</td><td class=\"goal\">" + e(g.cells[0][1]) +
           "</td></tr>\n";
    return out + "<tr><th>" + e(g.rows[1]) + "</th><td>" + e(g.cells[1][0]) + "</td><td>" + e(g.cells[1][1]) +
           "</td></tr>\n</table>";
}

std::string page(const i18n::Translator& tr, SheetKind kind, const std::string& body) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(i18n::languageCode(tr.language())) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                      htmlEscaped(tr.text(sheetTitleKey(kind)), false) + "</title>\n<style>" + std::string(kStyle) +
                      "</style>\n</head>\n<body class=\"" + std::string(sheetKindName(kind)) + "\">\n";
    out += "<h1>" + e(tr.text(sheetTitleKey(kind))) + "</h1>\n";
    out += head(detail::sheetHead(kind, tr));
    out += body;
    return out + "</body>\n</html>\n";
}

std::string planSheet(const detail::PlanSheet& sheet) {
    std::string out = "<p class=\"intro\">" + e(sheet.intro) + "</p>\n";
    out += "<table class=\"steps\">\n<colgroup><col style=\"width:6mm\"><col style=\"width:34mm\"><col style=\"width:76mm\"><col></colgroup>\n";
    out += "<tr><th></th><th>" + e(sheet.step_heading) + "</th><th>" + e(sheet.checkpoints_heading) + "</th><th>" +
           e(sheet.notes_heading) + "</th></tr>\n";
    for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
        const auto& step = sheet.steps[i];
        // The step's name, and the German method term below it where it differs.
        out += "<tr class=\"step\"><td class=\"num\">" + std::to_string(i + 1) + "</td><td><b>" + e(step.name.name) + "</b>";
        if (!step.name.term.empty()) out += "<br><span class=\"term\">" + e(step.name.term) + "</span>";
        out += "</td><td>";
        for (const auto& checkpoint : step.checkpoints)
            out += "<div class=\"cp\">" + box() + "<span>" + e(checkpoint) + "</span></div>";
        out += "</td><td></td></tr>\n";
    }
    return out + "</table>\n";
}

std::string reducedSheet(const detail::ReducedSheet& sheet) {
    std::string out = "<p class=\"intro\">" + e(sheet.intro) + "</p>\n";
    for (std::size_t i = 0; i < sheet.elements.size(); ++i) {
        const auto& element = sheet.elements[i];
        out += "<section class=\"element\"><h2><span>" + std::to_string(i + 1) + " · " + e(element.name.name);
        if (!element.name.term.empty()) out += " <span class=\"term\">(" + e(element.name.term) + ")</span>";
        out += "</span><small>" + box() + e(sheet.prepared) + "</small></h2>\n";
        out += "<p class=\"coach\">" + e(element.coaching) + "</p>\n";
        out += "<div class=\"fields\">";
        for (const auto& label : element.fields) out += field(label);
        out += "</div></section>\n";
    }
    return out;
}

std::string debriefSheet(const detail::DebriefSheet& sheet) {
    // 1 Outcome
    std::string out = "<h2>" + e(sheet.outcome_heading) + "</h2>\n<div class=\"ticks outcome\">" + ticks(sheet.outcomes);
    out += "<b>" + e(sheet.goal_reached) + "</b>" + ticks(sheet.reached) + "</div>\n" + line(sheet.agreed) + "\n";
    // 2 The 16 steps rated
    out += "<h2>" + e(sheet.replay_heading) + "</h2>\n<table class=\"rate\">\n";
    out += "<colgroup><col style=\"width:6mm\"><col style=\"width:44mm\">";
    for (std::size_t r = 0; r < sheet.ratings.size(); ++r) out += "<col style=\"width:15mm\">";
    out += "<col></colgroup>\n<tr><th></th><th>" + e(sheet.step_heading) + "</th>";
    for (const auto& rating : sheet.ratings) out += "<th class=\"c\">" + e(rating) + "</th>";
    out += "<th>" + e(sheet.note_heading) + "</th></tr>\n";
    for (std::size_t i = 0; i < sheet.steps.size(); ++i) {
        out += "<tr class=\"step\"><td class=\"num\">" + std::to_string(i + 1) + "</td><td>" + e(sheet.steps[i]) + "</td>";
        for (std::size_t r = 0; r < sheet.ratings.size(); ++r) out += "<td class=\"c\">" + box() + "</td>";
        out += "<td></td></tr>\n";
    }
    out += "</table>\n";
    // 3 Attitude and 4 balance of interests, side by side
    out += "<div class=\"pair\"><section><h2>" + e(sheet.attitude_heading) + "</h2>\n";
    out += "<p class=\"intro\">" + e(sheet.positions_hint) + "</p>\n" + grid(sheet.positions, "positions") + "</section>\n";
    out += "<section><h2>" + e(sheet.balance_heading) + "</h2>\n";
    out += "<p class=\"intro\">" + e(sheet.balance_hint) + "</p>\n" + grid(sheet.balance, "balance") + "</section></div>\n";
    // 5 Lessons: keep, start, stop
    out += "<h2>" + e(sheet.lessons_heading) + "</h2>\n<div class=\"lessons\">";
    for (const auto& label : sheet.lessons) out += field(label);
    out += "</div>\n";
    // 6 The next activity
    out += "<section class=\"next\"><h2>" + e(sheet.follow_up_heading) + "</h2>\n";
    out += "<div class=\"field\"><b>" + e(sheet.next_activity) + "</b> <span class=\"term\">" +
           e(sheet.next_activity_required) + "</span></div></section>\n";
    return out;
}

std::string buyingCenterSheet(const detail::BuyingCenterSheet& sheet) {
    std::string out = "<p class=\"intro\">" + e(sheet.intro) + "</p>\n";
    out += "<div class=\"ticks purchase\"><b>" + e(sheet.purchase_label) + "</b>" + ticks(sheet.purchases) + "</div>\n" +
           line(sheet.phase) + "\n";
    out += "<h2>" + e(sheet.roles_heading) + "</h2>\n<table class=\"bc\">\n";
    out += "<colgroup><col style=\"width:38mm\"><col style=\"width:44mm\"><col style=\"width:24mm\"><col style=\"width:20mm\"><col></colgroup>\n<tr>";
    for (const auto& column : sheet.columns) out += "<th>" + e(column) + "</th>";
    out += "</tr>\n";
    for (const auto& role : sheet.roles) {
        out += "<tr class=\"role\"><td><b>" + e(role.name) + "</b><br><span class=\"hint\">" + e(role.term) +
               "</span></td><td></td><td><div class=\"scale\">" + ticks(sheet.attitudes) +
               "</div></td><td><div class=\"scale\">" + ticks(sheet.influences) + "</div></td><td></td></tr>\n";
    }
    out += "</table>\n<div class=\"pair bottom\">" + field(sheet.uncertainty) + field(sheet.next) + "</div>\n";
    return out;
}

}  // namespace

std::string_view sheetKindName(SheetKind kind) {
    switch (kind) {
        case SheetKind::Plan: return "plan";
        case SheetKind::Reduced: return "reduced";
        case SheetKind::Debrief: return "debrief";
        case SheetKind::BuyingCenter: return "buying-center";
    }
    return "plan";
}

std::optional<SheetKind> sheetKindFromName(std::string_view name) {
    for (const SheetKind kind : kSheetKinds)
        if (sheetKindName(kind) == name) return kind;
    return std::nullopt;
}

std::string sheetTitleKey(SheetKind kind) {
    return kind == SheetKind::BuyingCenter ? "sheet.buying_center.title" : "sheet." + std::string(sheetKindName(kind)) + ".title";
}

std::string sheetHtml(SheetKind kind, const i18n::Translator& tr) {
    switch (kind) {
        case SheetKind::Plan: return page(tr, kind, planSheet(detail::planSheet(tr)));
        case SheetKind::Reduced: return page(tr, kind, reducedSheet(detail::reducedSheet(tr)));
        case SheetKind::Debrief: return page(tr, kind, debriefSheet(detail::debriefSheet(tr)));
        case SheetKind::BuyingCenter: return page(tr, kind, buyingCenterSheet(detail::buyingCenterSheet(tr)));
    }
    return {};
}

storage::SaveResult writeSheet(const std::string& path, SheetKind kind, const i18n::Translator& tr,
                               bool replace_existing) {
    if (storage::hasExtension(path, "html") || storage::hasExtension(path, "htm")) return storage::writeExport(path, sheetHtml(kind, tr), replace_existing);
    storage::SaveResult refused;
    refused.failed_step = storage::SaveStep::Validate;
    refused.detail = i18n::message("detail.sheet_extension");
    return refused;
}

}  // namespace etappe::exports
