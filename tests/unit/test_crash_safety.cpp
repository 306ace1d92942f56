// Killing Etappe in the middle of a save never leaves a broken portfolio:
// the file is always the complete old or the complete new version.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "storage/atomic_write.h"
#include "storage/portfolio_file.h"
#include "synthetic_portfolio.h"
#include "test_storage_support.h"

using namespace etappe;
using namespace etappe::storage;

namespace {

constexpr int kKills = 200;

model::Portfolio documentNamed(const std::string& title, int customers) {
    model::Portfolio p = testing::syntheticPortfolio(customers);
    p.title = title;
    return p;
}

// The child saves A and B in turn until it is killed; it never returns.
[[noreturn]] void saveForever(const std::string& path, const model::Portfolio& a, const model::Portfolio& b) {
    for (std::uint64_t i = 0;; ++i) savePortfolioFile(path, i % 2 ? a : b);
}

// Temp files of killed savers stay behind until the next open removes them,
// as Etappe does (removeStaleTempFiles); this keeps 200 rounds from filling
// /tmp. Returns whether there was one, i.e. whether the kill hit the middle
// of a save.
bool removeLeftovers(const std::string& path, const std::string& folder) {
    const bool found = removeStaleTempFiles(path) > 0;
    CHECK_FALSE(testing::hasTempFile(folder));
    return found;
}

}  // namespace

TEST_CASE("SIGKILL at a random moment of a save: the file loads and is A or B") {
    testing::TempFolder folder;
    const std::string path = folder.file("portfolio.etappe");
    const model::Portfolio a = documentNamed("A", 700);
    const model::Portfolio b = documentNamed("B", 750);
    REQUIRE(savePortfolioFile(path, a).ok());

    // Kill within a few save durations, measured here, so the test hits saves on a slow or busy machine too.
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(savePortfolioFile(path, b).ok());
    REQUIRE(savePortfolioFile(path, a).ok());
    const auto save_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count() / 2;
    std::mt19937 random(20260301);
    std::uniform_int_distribution<int> delay_ms(0, static_cast<int>(std::max<long long>(30, 3 * save_ms)));
    int saw_a = 0, saw_b = 0, mid_save = 0;
    for (int round = 0; round < kKills; ++round) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) saveForever(path, a, b);
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);

        const LoadResult r = loadPortfolioFile(path);
        REQUIRE_MESSAGE(r.ok(), "round ", round, ": ", loadProblemKey(r.problem), " ", r.detail);
        const bool is_a = *r.portfolio == a;
        const bool is_b = *r.portfolio == b;
        REQUIRE_MESSAGE((is_a || is_b), "round ", round, ": the file is neither A nor B");
        (is_a ? saw_a : saw_b)++;
        mid_save += removeLeftovers(path, folder.path()) ? 1 : 0;
    }
    MESSAGE(kKills, " kills, ", mid_save, " of them in the middle of writing; the file held A ", saw_a,
            " times and B ", saw_b, " times");
    CHECK(saw_b > 0);     // the child really did get to replace the file
    CHECK(mid_save > 0);  // and the kills did hit unfinished saves
}
