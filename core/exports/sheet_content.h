#pragma once
// Internal to core/exports: what each printable sheet says (titles, row labels, checkpoint
// texts), translated once and laid out by the HTML writer (sheets.cpp) and the PDF writer
// (pdf/sheet_pdf.cpp), so both print the same words. Plain text: each writer escapes.
#include <array>
#include <string>
#include <vector>

#include "exports/sheets.h"
#include "i18n/translator.h"

namespace etappe::exports::detail {

// A label with a line to write on ("Customer ________"); a wide one spans the sheet.
struct WritingLine {
    std::string label;
    bool wide = false;
};

// A method name, and the German method term where it differs (empty otherwise).
struct Named {
    std::string name;
    std::string term;
};

// A 2 × 2 grid with headed rows and columns; the goal is the cell top right.
struct Grid {
    std::string corner;
    std::array<std::string, 2> columns;
    std::array<std::string, 2> rows;
    std::array<std::array<std::string, 2>, 2> cells;
};

struct PlanSheet {
    std::string intro, step_heading, checkpoints_heading, notes_heading;
    struct Step {
        Named name;
        std::vector<std::string> checkpoints;
    };
    std::vector<Step> steps;
};

struct ReducedSheet {
    std::string intro, prepared;
    struct Element {
        Named name;
        std::string coaching;
        std::vector<std::string> fields;  // each an empty box headed by its label
    };
    std::vector<Element> elements;
};

struct DebriefSheet {
    std::string outcome_heading, goal_reached;
    std::vector<std::string> outcomes, reached;  // tick boxes
    std::string agreed;                          // a writing line
    std::string replay_heading, step_heading, note_heading;
    std::vector<std::string> ratings;  // short column heads, one tick box per step each
    std::vector<std::string> steps;
    std::string attitude_heading, positions_hint;
    Grid positions;
    std::string balance_heading, balance_hint;
    Grid balance;
    std::string lessons_heading;
    std::vector<std::string> lessons;  // empty boxes
    std::string follow_up_heading, next_activity, next_activity_required;
};

struct BuyingCenterSheet {
    std::string intro, purchase_label;
    std::vector<std::string> purchases;  // tick boxes
    std::string phase;                   // a writing line
    std::string roles_heading;
    std::array<std::string, 5> columns;  // role, names, attitude, influence, motives
    std::vector<Named> roles;            // the hint in `term`
    std::vector<std::string> attitudes, influences;  // tick boxes in every role's row
    std::string uncertainty, next;                   // empty boxes below the table
};

// The writing lines at the top of the sheet: customer, contact (or project), date, ...
std::vector<WritingLine> sheetHead(SheetKind kind, const i18n::Translator& tr);

PlanSheet planSheet(const i18n::Translator& tr);
ReducedSheet reducedSheet(const i18n::Translator& tr);
DebriefSheet debriefSheet(const i18n::Translator& tr);
BuyingCenterSheet buyingCenterSheet(const i18n::Translator& tr);

}  // namespace etappe::exports::detail
