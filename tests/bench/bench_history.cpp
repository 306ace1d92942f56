#include <malloc.h>

#include "bench.h"
#include "history/document.h"
#include "history/edit.h"
#include "synthetic_portfolio.h"

namespace etappe::bench {

namespace {

// 1,000 checkpoint ticks on a customer with 20 well-filled plans, made the way
// the planner makes them (the edited customer against the stored one): the
// history keeps the plan, so the heap grows by the plan's size per tick, not
// by the customer's.
bool benchCheckpointTicks() {
    model::Portfolio portfolio = testing::syntheticPortfolio(100, 3, 20);
    model::Customer& heavy = portfolio.customers[0];
    for (auto& plan : heavy.plans) {
        plan.after_sales_mail = std::string(1500, 'm');
        for (auto& step : plan.steps) step.notes = std::string(200, 'n');
        plan.situation_questions.assign(8, std::string(120, 'q'));
    }
    history::Document doc(std::move(portfolio));
    const std::size_t heap_before = mallinfo2().uordblks;
    for (int i = 0; i < 1000; ++i) {
        const model::Customer& before = doc.portfolio().customers[0];
        model::Customer after = before;
        bool& checkpoint = after.plans[static_cast<std::size_t>(i % 20)].steps[static_cast<std::size_t>(i % 16)].checkpoints[1];
        checkpoint = !checkpoint;
        doc.apply(history::changeCustomer(doc.portfolio(), before, after));
    }
    const double heap_mb = static_cast<double>(mallinfo2().uordblks - heap_before) / (1024.0 * 1024.0);
    // Each tick keeps the plan before and after (~7 KB each here); copying the customer would keep ~160 KB.
    const bool ok = report("1,000 checkpoint ticks, customer with 20 plans: heap", heap_mb, "MB", 20.0);
    const std::size_t customer_kb = history::EntityTraits<model::Customer>::heapBytes(doc.portfolio().customers[0]) / 1024;
    std::printf("%-48s %10zu KB\n", "  (one copy of that customer would be)", customer_kb);
    return ok;
}

}  // namespace

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
    return ok && benchCheckpointTicks();
}

}  // namespace etappe::bench
