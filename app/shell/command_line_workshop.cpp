// --compare F1 F2 … --out OUT.html|OUT.json: collect and compare without a
// window (issue 12, item 4). The files are only read.
#include <cstdio>

#include "dates/clock.h"
#include "shell/command_line.h"
#include "workshop/compare.h"
#include "workshop/compare_export.h"

namespace etappe::app {

int runCompare(const CommandLine& cl) {
    const i18n::Translator tr(cl.app.language.value_or(i18n::Language::English));
    workshop::LoadedParticipants loaded = workshop::loadParticipants(cl.compare_files);
    const workshop::Comparison c =
        workshop::compare(nullptr, std::move(loaded.participants), std::move(loaded.skipped), dates::todayIso());
    for (const auto& s : c.skipped) {
        std::string reason = tr.text(s.reason_key);
        if (!s.detail.empty()) {
            reason += ' ';  // appended in steps: g++ 12 warns falsely (-Wrestrict) about " " + std::string
            reason += i18n::render(tr, s.detail);
        }
        std::fprintf(stderr, "%s: %s\n", s.file.c_str(), reason.c_str());
    }
    if (c.participants.empty()) {
        std::fprintf(stderr, "%s\n", tr.text("compare.cli_none"));
        return 1;
    }
    if (const int code = reportWrite(workshop::writeComparison(cl.brief_out, c, tr, cl.force), cl.brief_out, tr)) return code;
    if (c.participants.size() == 1) std::printf(tr.text("compare.cli_written_one"), cl.brief_out.c_str());
    else std::printf(tr.text("compare.cli_written"), static_cast<int>(c.participants.size()), cl.brief_out.c_str());
    std::printf("\n");
    return 0;
}

}  // namespace etappe::app
