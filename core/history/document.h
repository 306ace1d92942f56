#pragma once
#include <cstdint>
#include <optional>
#include <mutex>
#include <string>
#include <vector>

#include "history/change.h"
#include "model/portfolio.h"

namespace etappe::history {

// The open portfolio together with its undo history. Every change goes through
// `apply`, which bumps the revision that derived data is cached against.
class Document {
public:
    Document() = default;
    explicit Document(model::Portfolio portfolio);
    // A copy to show instead of the real document (the anonymised portfolio of
    // presentation mode), with a revision of its own so that views' caches and
    // drafts never mistake it for the real one.
    Document(model::Portfolio portfolio, std::uint64_t revision) : portfolio_(std::move(portfolio)), revision_(revision) {}

    const model::Portfolio& portfolio() const { return portfolio_; }

    // What changed since the last call, for a copy of the portfolio kept on
    // another thread (PortfolioMirror, used by the background save): the edits
    // in the order they were applied or undone. Only the UI thread changes the
    // document, and every change (apply, undo, redo, reset) holds the same
    // mutex, so taking the journal is consistent while the UI's reads need no lock.
    struct Journal {
        std::vector<std::pair<Edit, bool>> changes;  // an edit, applied forward (true) or undone (false)
        std::optional<model::Portfolio> whole;       // after a reset (or a long journal): a full copy instead
        std::uint64_t revision = 0;
        std::uint64_t state = 0;  // for markSaved(state) once the mirrored state is written
    };
    Journal takeJournal();
    // The next journal carries a full copy again (the mirror lost track).
    void restartJournal();

    // Increases with every change, undo and redo; views cache derived data on it.
    std::uint64_t revision() const { return revision_; }

    // Applies the edit and the repairs it needs (integrity.h) as one undo step.
    // Returns false, changing nothing, when the edit does not fit the portfolio.
    bool apply(Edit edit);
    bool undo();
    bool redo();
    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }

    // Edits applied between beginGroup() and endGroup() form one undo step (a
    // cascading action, an import). Each is still made on the state the one
    // before it left. Use EditGroup rather than calling these by hand.
    void beginGroup();
    void endGroup();

    // Dirty = the content differs from what was last saved (undoing back to the
    // saved state makes it clean again).
    bool isDirty() const { return stateId() != saved_state_; }
    void markSaved() { saved_state_ = stateId(); }
    void markSaved(std::uint64_t snapshot_state) { saved_state_ = snapshot_state; }
    void markUnsaved() { saved_state_ = kNeverSaved; }

    std::size_t historyBytes() const;
    std::size_t undoDepth() const { return undo_.size(); }

    // Replaces the content, e.g. after opening a file; clears the history.
    void reset(model::Portfolio portfolio);

private:
    struct Step {
        Edit edit;
        std::uint64_t state_after;
    };
    std::uint64_t stateId() const { return undo_.empty() ? 0 : undo_.back().state_after; }
    static constexpr std::uint64_t kNeverSaved = ~std::uint64_t{0};

    void record(const Edit& edit, bool forward);
    // Beyond this many unread changes the mirror copies the whole portfolio once instead.
    static constexpr std::size_t kMaxJournal = 10'000;

    mutable std::mutex changing_;  // see takeJournal()
    std::vector<std::pair<Edit, bool>> journal_;
    bool journal_restart_ = true;  // the mirror needs a full copy first
    model::Portfolio portfolio_;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
    std::uint64_t revision_ = 1;
    std::uint64_t next_state_ = 1;
    std::uint64_t saved_state_ = 0;
    int group_depth_ = 0;
    bool group_has_step_ = false;
};

// One undo step for everything applied while it lives.
class EditGroup {
public:
    explicit EditGroup(Document& document) : document_(document) { document_.beginGroup(); }
    ~EditGroup() { document_.endGroup(); }
    EditGroup(const EditGroup&) = delete;
    EditGroup& operator=(const EditGroup&) = delete;

private:
    Document& document_;
};

}  // namespace etappe::history
