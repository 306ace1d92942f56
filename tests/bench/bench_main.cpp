#include <cstdio>

#include "bench.h"

int main() {
    std::printf("Etappe benchmarks (medians)\n");
    bool ok = true;
    ok &= etappe::bench::benchStorage();
    ok &= etappe::bench::benchHistory();
    ok &= etappe::bench::benchCustomersView();
    ok &= etappe::bench::benchActivities();
    ok &= etappe::bench::benchActivitiesView();
    ok &= etappe::bench::benchClassification();
    ok &= etappe::bench::benchAutosave();
    ok &= etappe::bench::benchBriefPdf();
    ok &= etappe::bench::benchCsv();
    ok &= etappe::bench::benchReviews();
    ok &= etappe::bench::benchWorkshopCompare();
    std::printf("%s\n", ok ? "all targets met" : "some targets missed");
    return ok ? 0 : 1;
}
