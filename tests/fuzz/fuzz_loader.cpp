// libFuzzer harness for the portfolio loader (scripts/fuzz); also linked into
// etappe_unit_tests, where test_fuzz_replay.cpp feeds it the corpus and every
// crash ever found.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "storage/portfolio_file.h"

namespace {

[[noreturn]] void fail(const char* what, const etappe::storage::LoadResult& result) {
    std::fprintf(stderr, "fuzz_loader: %s (%s: %s)\n", what,
                 std::string(etappe::storage::loadProblemKey(result.problem)).c_str(), etappe::i18n::debugText(result.detail).c_str());
    std::abort();
}

}  // namespace

// Any input: the loader must return, never crash. An input that loads must
// survive save → load unchanged, or the next save would lose data.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace etappe::storage;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const LoadResult first = loadPortfolioText(text);
    if (!first.ok()) return 0;
    const LoadResult second = loadPortfolioText(portfolioToText(*first.portfolio));
    if (!second.ok()) fail("a loaded portfolio does not load after saving", second);
    if (!(*second.portfolio == *first.portfolio)) fail("save and load changed the portfolio", second);
    return 0;
}
