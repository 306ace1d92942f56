#include <cstdio>
#include <filesystem>
#include <unistd.h>

#include "bench.h"
#include "exports/pdf/brief_pdf.h"
#include "sample_briefs.h"

namespace etappe::bench {

// The PDF brief of the sample's fullest plan, and of the largest A customer's plan filled as reps
// fill it: laying out, drawing and embedding the fonts (issue 13: <= 300 ms), then the same
// written to a file through the atomic export path.
bool benchBriefPdf() {
    const std::string sample = ETAPPE_ASSETS_DIR "/sample/sample.etappe";
    const model::Portfolio portfolio = testing::loadSample(sample);
    const model::Portfolio filled = testing::filledSample(sample);
    exports::BriefTarget filled_target;
    exports::findBriefTarget(filled, "Strassberger", testing::kSampleToday, filled_target);
    const i18n::Translator tr(i18n::Language::German);
    bool ok = true;
    std::size_t sink = 0;
    for (const auto& [name, target] : {std::pair{"PDF brief, fullest sample plan", testing::fullestSamplePlan(portfolio)},
                                       std::pair{"PDF brief, sample plan filled as reps fill it", filled_target}}) {
        const double ms = medianMs(21, [&] { sink += exports::briefPdf(target, tr).bytes.size(); });
        ok &= report(name, ms, "ms", 300.0);
    }
    const std::string path =
        (std::filesystem::temp_directory_path() / ("etappe-bench-brief-" + std::to_string(::getpid()) + ".pdf")).string();
    const double written = medianMs(21, [&] { sink += exports::writeBriefFile(path, filled_target, tr, true).ok(); });
    std::filesystem::remove(path);
    ok &= report("PDF brief written to a file (atomic, fsync)", written, "ms", 300.0);
    return ok && sink > 0;
}

}  // namespace etappe::bench
