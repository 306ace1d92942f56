// Reviews at scale: 10,000 customers × 5 reviews. The development figures per
// revision, the development screen's frame from the cache, and what the
// reviews add to loading and saving.
#include <stdlib.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>

#include "../ui/harness.h"
#include "../ui/view_context.h"
#include "bench.h"
#include "dates/iso_date.h"
#include "history/document.h"
#include "rules/abc_classification.h"
#include "rules/development.h"
#include "rules/reviews.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "ui/notifications.h"
#include "ui/theme.h"
#include "views/development_view.h"

namespace etappe::bench {

namespace {

constexpr const char* kToday = "2026-11-23";

// Every customer's 5 plans reviewed over the last year, fully rated.
model::Portfolio withReviews() {
    model::Portfolio p = testing::syntheticPortfolio(10000, 2, 5);
    int n = 0;
    for (model::Customer& c : p.customers) {
        for (model::ConversationPlan& plan : c.plans) {
            plan.date = dates::addDays(kToday, -1 - (n * 7) % 360);
            model::Review r;
            r.id = p.allocateId();
            r.customer_id = c.id;
            r.plan_id = plan.id;
            r.meeting_date = plan.date;
            r.reviewed_on = plan.date;
            r.outcome = model::kOutcomes[static_cast<std::size_t>(n % 4)];
            r.goal_reached = model::Reached::Partly;
            for (std::size_t s = 0; s < r.steps.size(); ++s) r.steps[s] = model::kRatings[(s + static_cast<std::size_t>(n)) % 4];
            r.own_position = model::kLifePositions[static_cast<std::size_t>(n % 4)];
            r.own_interests = n % 11;
            r.customer_interests = (n * 3) % 11;
            r.went_well = "Einstieg über den Stillstand in Halle 5";
            r.commitment = "Bei jedem Einwand zuerst nachfragen";
            r.previous_commitment_kept = model::Reached::Yes;
            p.reviews.push_back(std::move(r));
            ++n;
        }
    }
    return p;
}

double fileMegabytes(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 ? static_cast<double>(info.st_size) / (1024.0 * 1024.0) : -1.0;
}

}  // namespace

bool benchReviews() {
    history::Document doc(withReviews());
    const model::Portfolio& p = doc.portfolio();
    const rules::Classification classes = rules::classify(p);
    const double figures_ms = medianMs(15, [&] { (void)rules::developmentOf(p, kToday, 365, &classes); });
    bool ok = report("development figures, 10,000 customers x 5 reviews", figures_ms, "ms", 20.0);
    const double all_ms = medianMs(15, [&] { (void)rules::developmentOf(p, kToday, 0, &classes); });
    std::printf("%-48s %10.3f ms  (period all, no target)\n", "development figures, all reviews", all_ms);
    const double due_ms = medianMs(15, [&] { (void)rules::reviewsDue(p, kToday, &classes); });
    std::printf("%-48s %10.3f ms  (cached per revision, no target)\n", "review-due list, 50,000 plans", due_ms);

    // The screen's frame once the figures are cached.
    testing::HeadlessUi ui;
    ui::applyTheme(1.0f);
    i18n::Translator tr(i18n::Language::German);
    ui::Notifications notes;
    app::DevelopmentView view;
    testing::ViewContext vc{doc, tr, notes};
    const auto draw = [&] {
        testing::inFullWindow([&] {
            app::UiContext frame_ctx = vc.make();
            frame_ctx.today = kToday;
            view.draw(frame_ctx);
        });
    };
    ui.frames(5, draw);
    const double frame_ms = medianMs(200, [&] { ui.frame(draw); });
    ok &= report("development screen frame from the cache", frame_ms, "ms", 1.0);
    if (view.recomputations() != 1) {
        std::printf("development screen recomputed %d times for one revision\n", view.recomputations());
        ok = false;
    }

    // What 50,000 reviews add to a file of 10,000 customers x 5 plans.
    std::string pattern = "/tmp/etappe-bench-XXXXXX";
    if (!::mkdtemp(pattern.data())) return false;
    const std::string with = pattern + "/with.etappe";
    const std::string without = pattern + "/without.etappe";
    model::Portfolio plain = p;
    plain.reviews.clear();
    bool saved = storage::savePortfolioFile(with, p).ok() && storage::savePortfolioFile(without, plain).ok();
    const double save_with = medianMs(5, [&] { saved &= storage::savePortfolioFile(with, p).ok(); });
    const double save_without = medianMs(5, [&] { saved &= storage::savePortfolioFile(without, plain).ok(); });
    const double load_with = medianMs(5, [&] { saved &= storage::loadPortfolioFile(with).ok(); });
    const double load_without = medianMs(5, [&] { saved &= storage::loadPortfolioFile(without).ok(); });
    std::printf("%-48s %10.3f ms  (without reviews %.3f ms; %.1f MB vs %.1f MB)\n", "load with 50,000 reviews", load_with,
                load_without, fileMegabytes(with), fileMegabytes(without));
    std::printf("%-48s %10.3f ms  (without reviews %.3f ms)\n", "save with 50,000 reviews", save_with, save_without);
    std::error_code ignored;
    std::filesystem::remove_all(pattern, ignored);
    return ok && saved;
}

}  // namespace etappe::bench
