#include "views/import_dialog.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace etappe::app {

namespace {

constexpr const char* kPopupId = "###csv_import";

std::string formatted(const char* format, const std::string& value) {
    char line[1024];
    std::snprintf(line, sizeof line, format, value.c_str());
    return line;
}

ImVec4 outcomeColour(interop::RowOutcome outcome) {
    switch (outcome) {
        case interop::RowOutcome::Created: return ui::kSuccess;
        case interop::RowOutcome::Updated: return ImGui::GetStyleColorVec4(ImGuiCol_Text);
        case interop::RowOutcome::Unchanged: return ui::kMutedText;
        case interop::RowOutcome::Rejected: return ui::kDanger;
    }
    return ui::kMutedText;
}

// Cells may be long and hold line breaks: one short line for a table.
std::string shortened(const std::string& text, std::size_t limit = 48) {
    std::string line;
    for (const char ch : text) {
        if (line.size() >= limit) {
            // Never cut a UTF-8 sequence in half.
            while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) line.pop_back();
            if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
            return line + "…";
        }
        line += (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch;
    }
    return line;
}

}  // namespace

ImportDialog::~ImportDialog() { stop(); }

void ImportDialog::stop() {
    if (job_) job_->progress.cancel = true;
    if (worker_.joinable()) worker_.join();
    job_.reset();
}

void ImportDialog::close() {
    stop();
    stage_ = Stage::Closed;
    table_.reset();
    plan_.reset();
    portfolio_.reset();
    ImGui::CloseCurrentPopup();
}

void ImportDialog::open(const std::string& path, interop::ImportKind kind, const history::Document& document, std::string today) {
    stop();
    path_ = path;
    kind_ = kind;
    today_ = std::move(today);
    portfolio_ = std::make_shared<const model::Portfolio>(document.portfolio());
    revision_ = document.revision();
    table_.reset();
    plan_.reset();
    mapping_.clear();
    refusal_ = {};
    open_popup_ = true;
    stage_ = Stage::Working;

    // Reading and the first plan run off the UI thread: a 100,000-row file keeps the window responsive.
    job_ = std::make_shared<Job>();
    worker_ = std::thread([job = job_, path, kind, portfolio = portfolio_, day = today_] {
        interop::CsvReadResult read = interop::readCsvFile(path, &job->progress);
        if (!read.ok()) {
            job->refusal = std::move(read.refusal);
        } else {
            auto table = std::make_shared<const interop::CsvTable>(std::move(*read.table));
            job->mapping = interop::autoMapping(table->header, kind);
            job->reading = false;
            job->progress.fraction = 0.0;
            job->plan = std::make_shared<interop::ImportPlan>(
                interop::planImport(*portfolio, *table, job->mapping, kind, day, &job->progress));
            job->table = std::move(table);
        }
        job->finished = true;
    });
}

void ImportDialog::startPlanning() {
    stop();
    stage_ = Stage::Working;
    job_ = std::make_shared<Job>();
    job_->reading = false;
    job_->mapping = mapping_;
    job_->table = table_;
    worker_ = std::thread([job = job_, kind = kind_, portfolio = portfolio_, day = today_] {
        job->plan = std::make_shared<interop::ImportPlan>(
            interop::planImport(*portfolio, *job->table, job->mapping, kind, day, &job->progress));
        job->finished = true;
    });
}

void ImportDialog::collect() {
    if (!job_ || !job_->finished) return;
    worker_.join();
    if (!job_->refusal.empty()) {
        refusal_ = job_->refusal;
        stage_ = Stage::Refused;
    } else {
        table_ = job_->table;
        mapping_ = job_->mapping;
        plan_ = job_->plan;
        stage_ = Stage::Ready;
    }
    job_.reset();
    collect_visible_ = true;
}

void ImportDialog::setField(std::size_t column, interop::CsvField field) {
    if (stage_ != Stage::Ready || column >= mapping_.size()) return;
    interop::assignField(mapping_, column, field);
    startPlanning();
}

void ImportDialog::draw(UiContext& ctx) {
    if (stage_ == Stage::Closed) return;
    collect();
    const i18n::Translator& tr = ctx.tr;
    const std::string title = std::string(tr.text(kind_ == interop::ImportKind::Customers ? "import.title_customers"
                                                                                           : "import.title_activities")) +
                              kPopupId;
    if (open_popup_) {
        ImGui::OpenPopup(title.c_str());
        open_popup_ = false;
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(ui::em(56.0f), display.x * 0.95f), std::min(ui::em(38.0f), display.y * 0.9f)),
                             ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::TextColored(ui::kMutedText, "%s", std::filesystem::path(path_).filename().string().c_str());
    switch (stage_) {
        case Stage::Working: drawWorking(tr); break;
        case Stage::Refused:
            ImGui::Spacing();
            ImGui::TextWrapped("%s", i18n::render(tr, refusal_).c_str());
            ImGui::Spacing();
            if (ImGui::Button(tr.label("common.ok"))) close();
            ui::reportItem("import.ok");
            break;
        case Stage::Ready: {
            drawMapping(tr);
            drawRows(tr);
            const bool can_import = plan_->changes() && !ctx.read_only;
            ImGui::BeginDisabled(!can_import);
            const bool confirmed = ImGui::Button(tr.label("import.confirm"));
            ui::reportItem("import.confirm");
            ImGui::EndDisabled();
            if (!plan_->changes() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                ImGui::SetTooltip("%s", tr.text("import.nothing_to_import"));
            ImGui::SameLine();
            if (ImGui::Button(tr.label("common.cancel"))) close();
            ui::reportItem("import.cancel");
            if (confirmed) {
                if (ctx.document.revision() != revision_) {
                    // The portfolio changed since the preview (an autosave does not): plan again on what is there now.
                    portfolio_ = std::make_shared<const model::Portfolio>(ctx.portfolio());
                    revision_ = ctx.document.revision();
                    startPlanning();
                } else if (ctx.apply(plan_->edit)) {
                    char line[256];
                    std::snprintf(line, sizeof line, tr.text("import.done"), plan_->count(interop::RowOutcome::Created),
                                  plan_->count(interop::RowOutcome::Updated), plan_->count(interop::RowOutcome::Rejected));
                    ctx.status(line);
                    close();
                }
            }
            break;
        }
        case Stage::Closed: break;
    }
    ImGui::EndPopup();
}

void ImportDialog::drawWorking(const i18n::Translator& tr) {
    const bool reading = !job_ || job_->reading;
    ImGui::Spacing();
    ImGui::TextUnformatted(tr.text(reading ? "import.reading" : "import.checking"));
    const float fraction = job_ ? static_cast<float>(job_->progress.fraction.load()) : 0.0f;
    ImGui::ProgressBar(fraction, ImVec2(-1.0f, 0.0f));
    ui::reportItem("import.progress");
    if (ImGui::Button(tr.label("common.cancel"))) close();
    ui::reportItem("import.cancel");
}

void ImportDialog::drawMapping(const i18n::Translator& tr) {
    const interop::CsvTable& table = *table_;
    char info[256];
    std::snprintf(info, sizeof info, tr.text("import.file_info"), table.encodingName().c_str(),
                  table.separator == ';' ? ";" : (table.separator == '\t' ? "Tab" : ","), static_cast<int>(table.rows.size()));
    ImGui::TextUnformatted(info);
    for (const i18n::Message& note : table.notes) ImGui::TextColored(ui::kWarning, "%s", i18n::render(tr, note).c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(tr.text("import.mapping"));
    const float height = std::min(ui::em(1.9f) * static_cast<float>(table.header.size() + 1), ui::em(11.0f));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("mapping", 3, flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.text("import.column"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr.text("import.example"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr.text("import.field"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableHeadersRow();
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        ImGui::PushID(static_cast<int>(c));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(shortened(table.header[c], 32).c_str());
        ImGui::TableNextColumn();
        const std::string example = table.rows.empty() ? std::string() : shortened(table.rows.front().cells[c]);
        ImGui::TextColored(ui::kMutedText, "%s", example.c_str());
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1.0f);
        const interop::CsvField current = c < mapping_.size() ? mapping_[c] : interop::CsvField::Ignore;
        const bool opened = ImGui::BeginCombo("##field", tr.text(interop::csvFieldKey(current)));
        ui::reportItem("import.column." + std::to_string(c));
        if (opened) {
            for (const interop::CsvField field : interop::importFields(kind_)) {
                const std::string_view key = interop::csvFieldKey(field);
                if (ImGui::Selectable(tr.text(key), field == current)) setField(c, field);
                ui::reportItem(std::string("import.field.") + std::string(key));
            }
            ImGui::EndCombo();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void ImportDialog::drawRows(const i18n::Translator& tr) {
    if (stage_ != Stage::Ready) return;  // a changed mapping is being planned again
    const interop::ImportPlan& plan = *plan_;
    ImGui::Spacing();
    for (const auto outcome : {interop::RowOutcome::Created, interop::RowOutcome::Updated, interop::RowOutcome::Unchanged,
                               interop::RowOutcome::Rejected}) {
        const std::string key = "csv.outcome." + std::string(interop::rowOutcomeKey(outcome));
        ImGui::TextColored(outcomeColour(outcome), "%d %s", plan.count(outcome), tr.text(key));
        ui::reportItem("import.count." + std::string(interop::rowOutcomeKey(outcome)));
        ImGui::SameLine(0.0f, ui::em(1.5f));
    }
    ImGui::NewLine();
    if (ImGui::Checkbox(tr.label("import.only_problems"), &only_problems_)) collect_visible_ = true;
    ui::reportItem("import.only_problems");
    if (collect_visible_) {
        collect_visible_ = false;
        visible_.clear();
        for (std::size_t i = 0; i < plan.rows.size(); ++i) {
            const interop::ImportRow& row = plan.rows[i];
            const bool problem = row.outcome == interop::RowOutcome::Rejected || !row.reason.empty() ||
                                 (row.coach && !row.coach->concrete());
            if (problem || !only_problems_) visible_.push_back(i);
        }
    }
    const bool coach = kind_ == interop::ImportKind::Activities;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    if (!ImGui::BeginTable("rows", 4, flags, ImVec2(0.0f, -footer))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.text("import.row"), ImGuiTableColumnFlags_WidthFixed, ui::em(3.5f));
    ImGui::TableSetupColumn(tr.text("import.result"), ImGuiTableColumnFlags_WidthFixed, ui::em(6.0f));
    ImGui::TableSetupColumn(tr.text("import.entry"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr.text(coach ? "import.reason_coach" : "import.reason"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(visible_.size()));
    while (clipper.Step()) {
        for (int v = clipper.DisplayStart; v < clipper.DisplayEnd; ++v) {
            const interop::ImportRow& row = plan.rows[visible_[static_cast<std::size_t>(v)]];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", row.number);
            ImGui::TableNextColumn();
            ImGui::TextColored(outcomeColour(row.outcome), "%s",
                               tr.text("csv.outcome." + std::string(interop::rowOutcomeKey(row.outcome))));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(shortened(row.label, 60).c_str());
            ImGui::TableNextColumn();
            std::string why = row.reason.empty() ? std::string() : i18n::render(tr, row.reason);
            std::string detail;
            if (row.coach && !row.coach->concrete()) {
                for (const rules::CoachFinding& finding : row.coach->findings) {
                    const std::string key(rules::coachFlagKey(finding.flag));
                    if (!why.empty()) why += " · ";
                    why += tr.text("csv.coach." + key);
                    if (!detail.empty()) detail += "\n";
                    detail += formatted(tr.text("coach." + key + ".why"), finding.matched);
                }
            }
            ImGui::TextColored(row.outcome == interop::RowOutcome::Rejected ? ui::kDanger : ui::kWarning, "%s", why.c_str());
            if (!detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", detail.c_str());
            if (row.coach && row.coach->concrete()) {
                ImGui::SameLine();
                ImGui::TextColored(ui::kSuccess, "✓ %s", tr.text("csv.coach.concrete"));
            }
        }
    }
    ImGui::EndTable();
}

}  // namespace etappe::app
