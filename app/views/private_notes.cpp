#include "views/private_notes.h"

#include <imgui.h>

#include "ui/probe.h"
#include "ui/theme.h"

namespace etappe::app {

void privateNotesHint(const i18n::Translator& tr) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ui::kMutedText, "%s", tr.text("customer.notes_hidden"));
    ui::reportItem("private.hidden");
}

}  // namespace etappe::app
