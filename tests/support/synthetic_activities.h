#pragma once
// 100,000 activities for benchmarks of the agenda, the activities screen and the ics export.
#include <string>

#include "dates/iso_date.h"
#include "synthetic_portfolio.h"

namespace etappe::testing {

// 100,000 activities on 2,000 customers, dated over two years centred on
// `today`, with a realistic mix: most planned, some done or cancelled, a few
// undated, a quarter without a time.
inline model::Portfolio activityPortfolio(const std::string& today, int count = 100'000) {
    model::Portfolio p = syntheticPortfolio(2000);
    p.activities.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        model::Activity a;
        a.id = p.allocateId();
        a.customer_id = p.customers[static_cast<std::size_t>(i % 2000)].id;
        a.date = i % 41 == 0 ? std::string{} : dates::addDays(today, (i * 7919) % 730 - 365);
        a.time = i % 4 == 0 ? std::string{} : std::to_string(10 + i % 10) + ":" + std::to_string(10 + i % 50);
        a.action = "Konzept vorstellen – Angebot " + std::to_string(i);
        a.status = i % 10 < 6 ? model::ActivityStatus::Planned
                   : i % 10 < 9 ? model::ActivityStatus::Done
                                : model::ActivityStatus::Cancelled;
        p.activities.push_back(std::move(a));
    }
    return p;
}

}  // namespace etappe::testing
