#pragma once
// The CSV import dialog (File → Import customers / activities): reads the
// file and plans the import on a worker thread with a progress bar, then
// shows the column mapping (each column's field can be changed), the counts
// and every rejected or flagged row. Nothing changes until the rep presses
// Import, which applies the whole import as one undo step.
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "interop/csv_import.h"
#include "shell/ui_context.h"

namespace etappe::app {

class ImportDialog {
public:
    ImportDialog() = default;
    ImportDialog(const ImportDialog&) = delete;
    ImportDialog& operator=(const ImportDialog&) = delete;
    ~ImportDialog();

    // Starts reading `path` for an import into `portfolio` (copied for the worker).
    void open(const std::string& path, interop::ImportKind kind, const history::Document& document, std::string today);
    bool isOpen() const { return stage_ != Stage::Closed; }
    bool busy() const { return stage_ == Stage::Working; }
    // Draws the dialog while open; on Import applies the edit through `ctx`.
    void draw(UiContext& ctx);

    // For tests and the status line: the preview on show.
    const interop::ImportPlan* plan() const { return plan_ ? plan_.get() : nullptr; }
    const std::vector<interop::CsvField>& mapping() const { return mapping_; }
    void setField(std::size_t column, interop::CsvField field);

private:
    enum class Stage { Closed, Working, Ready, Refused };
    struct Job {
        interop::CsvProgress progress;
        std::atomic<bool> finished{false};
        std::atomic<bool> reading{true};
        // Written by the worker before `finished`, read by the UI after it.
        std::shared_ptr<const interop::CsvTable> table;
        std::shared_ptr<interop::ImportPlan> plan;
        std::vector<interop::CsvField> mapping;
        i18n::Message refusal;
    };
    void startPlanning();
    void collect();
    void stop();
    void drawWorking(const i18n::Translator& tr);
    void drawMapping(const i18n::Translator& tr);
    void drawRows(const i18n::Translator& tr);
    void close();

    Stage stage_ = Stage::Closed;
    std::string path_;
    interop::ImportKind kind_ = interop::ImportKind::Customers;
    std::string today_;
    std::shared_ptr<const model::Portfolio> portfolio_;  // as it was when the plan was made
    std::uint64_t revision_ = 0;
    std::shared_ptr<const interop::CsvTable> table_;
    std::vector<interop::CsvField> mapping_;
    std::shared_ptr<interop::ImportPlan> plan_;
    i18n::Message refusal_;
    std::shared_ptr<Job> job_;
    std::thread worker_;
    std::vector<std::size_t> visible_;  // rows listed: every row, or only the rejected and flagged ones
    bool only_problems_ = true;
    bool collect_visible_ = false;
    bool open_popup_ = false;
};

}  // namespace etappe::app
