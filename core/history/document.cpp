#include "history/document.h"

#include "history/integrity.h"

namespace etappe::history {

Document::Document(model::Portfolio portfolio) : portfolio_(std::move(portfolio)) {}

bool Document::apply(Edit edit) {
    const std::lock_guard lock(changing_);
    if (!applyEdit(portfolio_, edit, true)) return false;
    Edit repairs = repairsFor(portfolio_, edit);
    if (!repairs.empty()) {
        applyEdit(portfolio_, repairs, true);
        edit.append(std::move(repairs));
    }
    record(edit, true);
    if (group_depth_ > 0 && group_has_step_) {
        undo_.back().edit.append(std::move(edit));
        undo_.back().state_after = next_state_++;
    } else {
        undo_.push_back(Step{std::move(edit), next_state_++});
        group_has_step_ = group_depth_ > 0;
    }
    redo_.clear();
    ++revision_;
    return true;
}

void Document::beginGroup() {
    if (group_depth_++ == 0) group_has_step_ = false;
}

void Document::endGroup() {
    if (group_depth_ > 0) --group_depth_;
}

bool Document::undo() {
    const std::lock_guard lock(changing_);
    if (undo_.empty()) return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    group_has_step_ = false;  // an edit after an undo starts a step of its own
    applyEdit(portfolio_, step.edit, false);
    record(step.edit, false);
    redo_.push_back(std::move(step));
    ++revision_;
    return true;
}

bool Document::redo() {
    const std::lock_guard lock(changing_);
    if (redo_.empty()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    group_has_step_ = false;
    applyEdit(portfolio_, step.edit, true);
    record(step.edit, true);
    undo_.push_back(std::move(step));
    ++revision_;
    return true;
}

void Document::record(const Edit& edit, bool forward) {
    if (journal_restart_) return;  // the next mirror copies everything anyway
    if (journal_.size() >= kMaxJournal) {
        journal_.clear();
        journal_restart_ = true;
        return;
    }
    journal_.emplace_back(edit, forward);
}

void Document::restartJournal() {
    const std::lock_guard lock(changing_);
    journal_.clear();
    journal_restart_ = true;
}

Document::Journal Document::takeJournal() {
    const std::lock_guard lock(changing_);
    Journal journal;
    journal.revision = revision_;
    journal.state = stateId();
    if (journal_restart_) {
        journal.whole = portfolio_;
        journal_restart_ = false;
    }
    journal.changes = std::move(journal_);
    journal_.clear();
    return journal;
}

std::size_t Document::historyBytes() const {
    std::size_t bytes = 0;
    for (const auto& step : undo_) bytes += step.edit.approximateBytes();
    for (const auto& step : redo_) bytes += step.edit.approximateBytes();
    return bytes;
}

void Document::reset(model::Portfolio portfolio) {
    const std::lock_guard lock(changing_);
    portfolio_ = std::move(portfolio);
    journal_.clear();
    journal_restart_ = true;
    undo_.clear();
    redo_.clear();
    ++revision_;
    saved_state_ = 0;
}

}  // namespace etappe::history
