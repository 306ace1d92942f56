// The printable sheets (issue 12, item 6): one blank A4 page each, laid out as
// the method is taught, with tick boxes and room to write by hand.
#include "exports/sheets.h"

#include <cctype>

#include "exports/escape.h"
#include "method/conversation_steps.h"
#include "method/reduced_elements.h"
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

std::string t(const i18n::Translator& tr, const std::string& key) { return htmlEscaped(tr.text(key)); }

std::string box() { return "<span class=\"box\"></span>"; }

std::string line(const i18n::Translator& tr, const std::string& key, const char* extra_class = nullptr) {
    return std::string("<div class=\"line") + (extra_class ? std::string(" ") + extra_class : "") + "\"><b>" +
           t(tr, key) + "</b><span></span></div>";
}

std::string field(const i18n::Translator& tr, const std::string& key) {
    return "<div class=\"field\"><b>" + t(tr, key) + "</b></div>";
}

std::string stepKey(std::size_t index) {
    return "step." + std::string(method::conversationStepKey(method::conversationStepAt(index)));
}

// The step's name, and the German method term below it where it differs.
std::string stepName(const i18n::Translator& tr, std::size_t index) {
    const std::string key = stepKey(index);
    std::string out = "<b>" + t(tr, key + ".name") + "</b>";
    if (std::string_view(tr.text(key + ".name")) != tr.text(key + ".term"))
        out += "<br><span class=\"term\">" + t(tr, key + ".term") + "</span>";
    return out;
}

std::string page(const i18n::Translator& tr, SheetKind kind, const std::string& body) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(i18n::languageCode(tr.language())) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                      htmlEscaped(tr.text(sheetTitleKey(kind)), false) + "</title>\n<style>" + std::string(kStyle) +
                      "</style>\n</head>\n<body class=\"" + std::string(sheetKindName(kind)) + "\">\n";
    out += "<h1>" + t(tr, sheetTitleKey(kind)) + "</h1>\n";
    out += body;
    return out + "</body>\n</html>\n";
}

std::string planSheet(const i18n::Translator& tr) {
    std::string out = "<div class=\"head\">" + line(tr, "sheet.customer") + line(tr, "sheet.contact") +
                      line(tr, "sheet.date") + line(tr, "sheet.meeting_goal", "wide") + "</div>\n";
    out += "<p class=\"intro\">" + t(tr, "sheet.plan.intro") + "</p>\n";
    out += "<table class=\"steps\">\n<colgroup><col style=\"width:6mm\"><col style=\"width:34mm\"><col style=\"width:76mm\"><col></colgroup>\n";
    out += "<tr><th></th><th>" + t(tr, "sheet.step") + "</th><th>" + t(tr, "sheet.checkpoints") + "</th><th>" +
           t(tr, "sheet.plan.notes") + "</th></tr>\n";
    for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
        out += "<tr class=\"step\"><td class=\"num\">" + std::to_string(i + 1) + "</td><td>" + stepName(tr, i) + "</td><td>";
        for (std::size_t c = 1; c <= method::kCheckpointsPerStep; ++c)
            out += "<div class=\"cp\">" + box() + "<span>" + t(tr, stepKey(i) + ".checkpoint." + std::to_string(c)) + "</span></div>";
        out += "</td><td></td></tr>\n";
    }
    return out + "</table>\n";
}

std::string reducedSheet(const i18n::Translator& tr) {
    std::string out = "<div class=\"head\">" + line(tr, "sheet.customer") + line(tr, "sheet.contact") +
                      line(tr, "sheet.date") + "</div>\n";
    out += "<p class=\"intro\">" + t(tr, "sheet.reduced.intro") + "</p>\n";
    for (std::size_t e = 0; e < method::kReducedElements.size(); ++e) {
        const std::string key = "reduced." + std::string(method::kReducedElements[e]);
        out += "<section class=\"element\"><h2><span>" + std::to_string(e + 1) + " · " + t(tr, key + ".name");
        if (std::string_view(tr.text(key + ".name")) != tr.text(key + ".term"))
            out += " <span class=\"term\">(" + t(tr, key + ".term") + ")</span>";
        out += "</span><small>" + box() + t(tr, "sheet.prepared") + "</small></h2>\n";
        out += "<p class=\"coach\">" + t(tr, key + ".coaching") + "</p>\n";
        out += "<div class=\"fields\">";
        for (const auto& f : method::kReducedFields)
            if (f.element == e) out += field(tr, "reduced.field." + std::string(f.key));
        out += "</div></section>\n";
    }
    return out;
}

std::string debriefSheet(const i18n::Translator& tr) {
    std::string out = "<div class=\"head\">" + line(tr, "sheet.customer") + line(tr, "sheet.contact") +
                      line(tr, "sheet.date") + "</div>\n";
    // 1 Outcome
    out += "<h2>" + t(tr, "review.section.outcome") + "</h2>\n<div class=\"ticks outcome\">";
    for (const char* o : {"order", "advance", "continuation", "no_sale"})
        out += "<span>" + box() + t(tr, std::string("review.outcome.") + o) + "</span>";
    out += "<b>" + t(tr, "review.goal_reached") + "</b>";
    for (const char* r : {"yes", "partly", "no"}) out += "<span>" + box() + t(tr, std::string("review.reached.") + r) + "</span>";
    out += "</div>\n" + line(tr, "review.agreed") + "\n";
    // 2 The 16 steps rated
    static const char* const kRatings[] = {"well", "partly", "missed", "not_relevant"};
    out += "<h2>" + t(tr, "review.section.replay") + "</h2>\n<table class=\"rate\">\n";
    out += "<colgroup><col style=\"width:6mm\"><col style=\"width:44mm\">";
    for (int r = 0; r < 4; ++r) out += "<col style=\"width:15mm\">";
    out += "<col></colgroup>\n<tr><th></th><th>" + t(tr, "sheet.step") + "</th>";
    for (const char* r : kRatings) out += "<th class=\"c\">" + t(tr, std::string("review.rating.") + r + ".short") + "</th>";
    out += "<th>" + t(tr, "sheet.debrief.note") + "</th></tr>\n";
    for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
        out += "<tr class=\"step\"><td class=\"num\">" + std::to_string(i + 1) + "</td><td>" + t(tr, stepKey(i) + ".name") + "</td>";
        for (int r = 0; r < 4; ++r) out += "<td class=\"c\">" + box() + "</td>";
        out += "<td></td></tr>\n";
    }
    out += "</table>\n";
    // 3 Attitude and 4 balance of interests, side by side
    out += "<div class=\"pair\"><section><h2>" + t(tr, "review.section.attitude") + "</h2>\n";
    out += "<p class=\"intro\">" + t(tr, "sheet.debrief.positions_hint") + "</p>\n";
    out += "<table class=\"grid positions\"><tr><th class=\"axis\"></th><th>" + t(tr, "review.you_not_ok") + "</th><th>" +
           t(tr, "review.you_ok") + "</th></tr>\n";
    out += "<tr><th>" + t(tr, "review.i_ok") + "</th><td>" + t(tr, "review.position.ok_not_ok") + "</td><td class=\"goal\">" +
           t(tr, "review.position.ok_ok") + "</td></tr>\n";
    out += "<tr><th>" + t(tr, "review.i_not_ok") + "</th><td>" + t(tr, "review.position.not_ok_not_ok") + "</td><td>" +
           t(tr, "review.position.not_ok_ok") + "</td></tr>\n</table></section>\n";
    out += "<section><h2>" + t(tr, "review.section.balance") + "</h2>\n";
    out += "<p class=\"intro\">" + t(tr, "sheet.debrief.balance_hint") + "</p>\n";
    out += "<table class=\"grid balance\"><tr><th class=\"axis\">" + t(tr, "method.balance.seller") + " ↓ · " +
           t(tr, "method.balance.customer") + " →</th><th>" + t(tr, "method.balance.no") + "</th><th>" +
           t(tr, "method.balance.yes") + "</th></tr>\n";
    out += "<tr><th>" + t(tr, "method.balance.yes") + "</th><td>" + t(tr, "balance.win_lose.name") + "</td><td class=\"goal\">" +
           t(tr, "balance.win_win.name") + "</td></tr>\n";
    out += "<tr><th>" + t(tr, "method.balance.no") + "</th><td>" + t(tr, "balance.lose_lose.name") + "</td><td>" +
           t(tr, "balance.lose_win.name") + "</td></tr>\n</table></section></div>\n";
    // 5 Lessons: keep, start, stop
    out += "<h2>" + t(tr, "review.section.lessons") + "</h2>\n<div class=\"lessons\">";
    for (const char* k : {"keep", "start", "stop"}) out += field(tr, std::string("review.commitment.") + k);
    out += "</div>\n";
    // 6 The next activity
    out += "<section class=\"next\"><h2>" + t(tr, "review.section.follow_up") + "</h2>\n";
    out += "<div class=\"field\"><b>" + t(tr, "review.next_activity") + "</b> <span class=\"term\">" +
           t(tr, "review.next_activity_required") + "</span></div></section>\n";
    return out;
}

std::string buyingCenterSheet(const i18n::Translator& tr) {
    std::string out = "<div class=\"head\">" + line(tr, "sheet.customer") + line(tr, "sheet.bc.project") +
                      line(tr, "sheet.date") + "</div>\n";
    out += "<p class=\"intro\">" + t(tr, "sheet.bc.intro") + "</p>\n";
    out += "<div class=\"ticks purchase\"><b>" + t(tr, "sheet.bc.purchase") + "</b>";
    for (const char* p : {"new_buy", "straight_rebuy", "modified_rebuy"})
        out += "<span>" + box() + t(tr, std::string("sheet.bc.purchase.") + p) + "</span>";
    out += "</div>\n" + line(tr, "sheet.bc.phase") + "\n";
    out += "<h2>" + t(tr, "sheet.bc.roles") + "</h2>\n<table class=\"bc\">\n";
    out += "<colgroup><col style=\"width:38mm\"><col style=\"width:44mm\"><col style=\"width:24mm\"><col style=\"width:20mm\"><col></colgroup>\n";
    out += "<tr><th>" + t(tr, "sheet.bc.role") + "</th><th>" + t(tr, "sheet.bc.names") + "</th><th>" +
           t(tr, "sheet.bc.attitude") + "</th><th>" + t(tr, "sheet.bc.influence") + "</th><th>" + t(tr, "sheet.bc.motives") +
           "</th></tr>\n";
    for (const auto role : kBuyingCenterRoles) {
        const std::string key = "sheet.bc.role." + std::string(role);
        out += "<tr class=\"role\"><td><b>" + t(tr, key) + "</b><br><span class=\"hint\">" + t(tr, key + ".hint") +
               "</span></td><td></td><td><div class=\"scale\">";
        for (const char* a : {"supports", "neutral", "opposes"})
            out += "<span>" + box() + t(tr, std::string("sheet.bc.attitude.") + a) + "</span>";
        out += "</div></td><td><div class=\"scale\">";
        for (const char* i : {"high", "medium", "low"})
            out += "<span>" + box() + t(tr, std::string("sheet.bc.influence.") + i) + "</span>";
        out += "</div></td><td></td></tr>\n";
    }
    out += "</table>\n<div class=\"pair bottom\">" + field(tr, "sheet.bc.uncertainty") + field(tr, "sheet.bc.next") + "</div>\n";
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
        case SheetKind::Plan: return page(tr, kind, planSheet(tr));
        case SheetKind::Reduced: return page(tr, kind, reducedSheet(tr));
        case SheetKind::Debrief: return page(tr, kind, debriefSheet(tr));
        case SheetKind::BuyingCenter: return page(tr, kind, buyingCenterSheet(tr));
    }
    return {};
}

storage::SaveResult writeSheet(const std::string& path, SheetKind kind, const i18n::Translator& tr,
                               bool replace_existing) {
    std::string tail = path.size() >= 5 ? path.substr(path.size() - 5) : path;
    for (char& ch : tail) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (tail == ".html" || tail.ends_with(".htm")) return storage::writeExport(path, sheetHtml(kind, tr), replace_existing);
    storage::SaveResult refused;
    refused.failed_step = storage::SaveStep::Validate;
    refused.detail = i18n::message("detail.sheet_extension");
    return refused;
}

}  // namespace etappe::exports
