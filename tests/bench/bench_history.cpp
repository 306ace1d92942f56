#include <malloc.h>

#include "bench.h"
#include "history/document.h"
#include "history/edit.h"
#include "synthetic_portfolio.h"

namespace etappe::bench {

// Undo history of 1,000 edits on a 10,000-customer portfolio: heap growth ≤ 50 MB.
bool benchHistory() {
    history::Document doc(testing::syntheticPortfolio(10000));
    const std::size_t heap_before = mallinfo2().uordblks;
    const double ms = medianMs(1, [&] {
        for (int i = 0; i < 1000; ++i) {
            const model::Customer& before = doc.portfolio().customers[static_cast<std::size_t>(i * 13 % 10000)];
            model::Customer after = before;
            after.notes += " – Termin am " + std::to_string(1 + i % 28) + ". vereinbart";
            doc.apply(history::changeCustomer(doc.portfolio(), before, after));
        }
    });
    const double heap_mb = static_cast<double>(mallinfo2().uordblks - heap_before) / (1024.0 * 1024.0);
    bool ok = report("undo history: 1,000 edits, heap growth", heap_mb, "MB", 50.0);
    std::printf("%-48s %10.3f ms\n", "  (time to apply the 1,000 edits)", ms);
    const double undo_ms = medianMs(1, [&] {
        while (doc.undo()) {
        }
    });
    ok &= report("undo all 1,000 edits", undo_ms, "ms", 1000.0);
    return ok;
}

}  // namespace etappe::bench
