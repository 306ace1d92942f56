#include <stdlib.h>

#include <filesystem>

#include "../ui/harness.h"
#include "../ui/view_context.h"
#include "bench.h"
#include "history/document.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "ui/notifications.h"
#include "ui/theme.h"
#include "views/workshop_view.h"
#include "workshop/compare_job.h"

namespace etappe::bench {

namespace {

constexpr int kFiles = 30;
constexpr int kCustomers = 2000;

// The trainer's workshop file: 2,000 customers and three exercises (prepare
// customer 10 steps 2–9, classify 12 customers, debrief customer 20).
model::Portfolio workshopFile() {
    model::Portfolio p = testing::syntheticPortfolio(kCustomers, 2, 1);
    const auto customer = [&](std::size_t i) { return p.customers[i].id; };
    model::Exercise prepare;
    prepare.id = p.allocateId();
    prepare.kind = model::ExerciseKind::PrepareMeeting;
    prepare.title = "Vorbereiten";
    prepare.customer_ids = {customer(10)};
    prepare.first_step = 2;
    prepare.last_step = 9;
    model::Exercise classify;
    classify.id = p.allocateId();
    classify.kind = model::ExerciseKind::ClassifyCustomers;
    classify.title = "Klassifizieren";
    for (std::size_t i = 0; i < 12; ++i) classify.customer_ids.push_back(customer(i * 100));
    model::Exercise debrief;
    debrief.id = p.allocateId();
    debrief.kind = model::ExerciseKind::DebriefMeeting;
    debrief.title = "Nachbereiten";
    debrief.customer_ids = {customer(20)};
    p.exercises = {prepare, classify, debrief};
    return p;
}

// Participant n's copy: a few checkpoints more in the plan to prepare and a
// review of the meeting to debrief, so every exercise has answers to draw.
model::Portfolio participantFile(const model::Portfolio& workshop, int n) {
    model::Portfolio p = workshop;
    model::Customer& c = p.customers[10];
    for (int s = 1; s < 1 + n % 8; ++s) c.plans.front().steps[static_cast<std::size_t>(s)].checkpoints = {true, n % 2 == 0, true};
    model::Review review;
    review.id = p.allocateId();
    review.customer_id = p.customers[20].id;
    review.plan_id = p.customers[20].plans.front().id;
    review.meeting_date = "2026-11-20";
    review.reviewed_on = "2026-11-21";
    for (std::size_t s = 0; s < review.steps.size(); ++s) review.steps[s] = model::kRatings[(s + static_cast<std::size_t>(n)) % 4];
    p.reviews.push_back(review);
    return p;
}

}  // namespace

bool benchWorkshopCompare() {
    std::string pattern = "/tmp/etappe-bench-compare-XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        std::printf("workshop compare: no temp folder\n");
        return false;
    }
    const std::string folder = pattern;
    const model::Portfolio workshop = workshopFile();
    std::vector<std::string> files;
    bool all_ok = true;
    for (int n = 0; n < kFiles; ++n) {
        files.push_back(folder + "/teilnehmer-" + std::to_string(n + 1) + ".etappe");
        all_ok &= storage::savePortfolioFile(files.back(), participantFile(workshop, n)).ok();
    }

    // Reading 30 files and comparing them, on the job's worker, start to result.
    workshop::CompareJob job;
    std::size_t compared = 0;
    const double compare_ms = medianMs(5, [&] {
        job.start(files, workshop, "2026-11-23");
        job.wait();
        const auto result = job.take();
        compared = result ? result->participants.size() : 0;
    });
    all_ok &= compared == static_cast<std::size_t>(kFiles);
    bool ok = report("workshop: compare 30 files x 2,000 customers", compare_ms, "ms", 2000.0);

    // The compare screen drawing the cached comparison (no GL: NewFrame → draw → Render).
    testing::HeadlessUi ui;
    ui::applyTheme(1.0f);
    history::Document doc(workshop);
    i18n::Translator tr(i18n::Language::German);
    ui::Notifications notes;
    app::WorkshopView view;
    testing::ViewContext vc{doc, tr, notes};
    {
        app::UiContext ctx = vc.make();
        view.openMode(ctx, "compare");
        view.setFiles(files);
        view.runComparison(ctx);
        view.finishComparison();
    }
    all_ok &= view.comparison().has_value() && view.comparison()->participants.size() == static_cast<std::size_t>(kFiles);
    const auto draw = [&] {
        testing::inFullWindow([&] {
            app::UiContext frame_ctx = vc.make();
            view.draw(frame_ctx);
        });
    };
    ui.frames(5, draw);
    const double frame_ms = medianMs(200, [&] { ui.frame(draw); });
    all_ok &= !view.comparing();  // the frames drew from the cache, no new run
    ok &= report("workshop compare screen frame, 30 participants (cache)", frame_ms, "ms", 2.0);

    std::error_code error;
    std::filesystem::remove_all(folder, error);
    if (!all_ok) std::printf("workshop compare: a file, the comparison or the cache did not hold\n");
    return ok && all_ok;
}

}  // namespace etappe::bench
