// Storage benchmarks: loading and saving a large portfolio (10,000 customers).
#include <stdlib.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "bench.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"

namespace etappe::bench {

namespace {

constexpr int kCustomers = 10000;
constexpr int kRuns = 9;

std::string makeTempFolder() {
    std::string pattern = "/tmp/etappe-bench-XXXXXX";
    return ::mkdtemp(pattern.data()) ? pattern : std::string();
}

double fileMegabytes(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 ? static_cast<double>(info.st_size) / (1024.0 * 1024.0) : -1.0;
}

}  // namespace

bool benchStorage() {
    const std::string folder = makeTempFolder();
    if (folder.empty()) {
        std::printf("storage: no temp folder\n");
        return false;
    }
    const std::string path = folder + "/portfolio.etappe";
    const model::Portfolio portfolio = testing::syntheticPortfolio(kCustomers);
    bool all_ok = storage::savePortfolioFile(path, portfolio).ok();

    // Every save replaces an existing file, so backups rotate as in real use.
    const double save_ms = medianMs(kRuns, [&] { all_ok &= storage::savePortfolioFile(path, portfolio).ok(); });
    const double load_ms = medianMs(kRuns, [&] { all_ok &= storage::loadPortfolioFile(path).ok(); });
    const double megabytes = fileMegabytes(path);

    bool ok = report("storage: load 10,000 customers from file", load_ms, "ms", 300);
    ok &= report("storage: save 10,000 customers (atomic, backups)", save_ms, "ms", 200);
    // A quarter of the 256 MB load limit, so a portfolio can grow fourfold and still open.
    ok &= report("storage: file size, 10,000 customers", megabytes, "MB", 64.0);

    // The same portfolio where every customer holds 5 conversation plans.
    const model::Portfolio with_plans = testing::syntheticPortfolio(kCustomers, 2, 5);
    all_ok &= storage::savePortfolioFile(path, with_plans).ok();
    const double plans_save_ms = medianMs(kRuns, [&] { all_ok &= storage::savePortfolioFile(path, with_plans).ok(); });
    const double plans_load_ms = medianMs(kRuns, [&] { all_ok &= storage::loadPortfolioFile(path).ok(); });
    std::printf("%-48s %10.3f ms  save %.3f ms, %.1f MB (no target)\n", "storage: load 10,000 customers x 5 plans",
                plans_load_ms, plans_save_ms, fileMegabytes(path));
    if (!all_ok) std::printf("storage: a save or load failed during the benchmark\n");

    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
    return ok && all_ok;
}

}  // namespace etappe::bench
