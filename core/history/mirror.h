#pragma once
// A copy of a document's portfolio kept on another thread. It follows the
// document through its journal (the edits themselves), so keeping it current
// costs the size of the edits, not a copy of a 100 MB portfolio: the UI
// never waits for a copy while the background save runs.
#include <cstdint>

#include "history/document.h"

namespace etappe::history {

class PortfolioMirror {
public:
    // Brings the copy to the document's current state and returns it. The
    // revision and state it reached are those of the document at that moment.
    const model::Portfolio& follow(Document& document);
    std::uint64_t revision() const { return revision_; }
    std::uint64_t state() const { return state_; }

private:
    model::Portfolio copy_;
    std::uint64_t revision_ = 0;
    std::uint64_t state_ = 0;
};

}  // namespace etappe::history
