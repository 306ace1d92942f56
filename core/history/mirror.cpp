#include "history/mirror.h"

namespace etappe::history {

const model::Portfolio& PortfolioMirror::follow(Document& document) {
    Document::Journal journal = document.takeJournal();
    if (journal.whole) copy_ = std::move(*journal.whole);
    // The edits replay exactly what the document did; applying them to the same
    // starting state gives the same portfolio.
    for (const auto& [edit, forward] : journal.changes) applyEdit(copy_, edit, forward);
    revision_ = journal.revision;
    state_ = journal.state;
    return copy_;
}

}  // namespace etappe::history
