// Anonymised participants for the workshop comparison on a projector (issue 12, item 4).
#include "rules/anonymise.h"
#include "workshop/compare.h"

namespace etappe::workshop {

void anonymise(LoadedParticipants& loaded, i18n::Language language) {
    int number = 0;
    for (ParticipantFile& p : loaded.participants) {
        p.portfolio = rules::anonymised(p.portfolio, language);
        p.label = rules::participantStandIn(++number, language);
        p.file = p.label;
    }
    number = 0;
    for (SkippedFile& s : loaded.skipped) {
        s.file = rules::fileStandIn(++number, language);
        s.detail = {};  // a load problem's detail may quote the file's text
    }
}

}  // namespace etappe::workshop
