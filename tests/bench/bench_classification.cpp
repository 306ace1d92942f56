#include "bench.h"
#include "rules/abc_classification.h"
#include "synthetic_portfolio.h"

namespace etappe::bench {

// The ABC analysis of 10,000 customers: ranking (with name tie-breaks), proposals and totals.
bool benchClassification() {
    const model::Portfolio portfolio = testing::syntheticPortfolio(10000, 0, 0);
    std::size_t sink = 0;
    const double ms = medianMs(21, [&] { sink += rules::classify(portfolio).pareto_order.size(); });
    const bool ok = report("ABC classification, 10,000 customers", ms, "ms", 20.0);
    return ok && sink > 0;
}

}  // namespace etappe::bench
