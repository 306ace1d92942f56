#include "history/document.h"

namespace etappe::history {

Document::Document(model::Portfolio portfolio) : portfolio_(std::move(portfolio)) {}

bool Document::apply(Edit edit) {
    const std::lock_guard lock(changing_);
    if (!applyEdit(portfolio_, edit, true)) return false;
    undo_.push_back(Step{std::move(edit), next_state_++});
    redo_.clear();
    ++revision_;
    return true;
}

bool Document::undo() {
    const std::lock_guard lock(changing_);
    if (undo_.empty()) return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    applyEdit(portfolio_, step.edit, false);
    redo_.push_back(std::move(step));
    ++revision_;
    return true;
}

bool Document::redo() {
    const std::lock_guard lock(changing_);
    if (redo_.empty()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    applyEdit(portfolio_, step.edit, true);
    undo_.push_back(std::move(step));
    ++revision_;
    return true;
}

Document::Snapshot Document::snapshot() const {
    const std::lock_guard lock(changing_);
    return Snapshot{portfolio_, revision_, stateId()};
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
    undo_.clear();
    redo_.clear();
    ++revision_;
    saved_state_ = 0;
}

}  // namespace etappe::history
