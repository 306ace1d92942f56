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
    // An eighth of the 64 MB load limit: 80,000 customers must still open.
    ok &= report("storage: file size, 10,000 customers", megabytes, "MB", 8.0);
    if (!all_ok) std::printf("storage: a save or load failed during the benchmark\n");

    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
    return ok && all_ok;
}

}  // namespace etappe::bench
