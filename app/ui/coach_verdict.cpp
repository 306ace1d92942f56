#include "ui/coach_verdict.h"

#include <imgui.h>

#include <cstdio>

#include "dates/example_date.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace etappe::ui {

void coachVerdict(const rules::CoachVerdict& verdict, const i18n::Translator& tr, std::string_view today,
                  const std::string& probe, bool with_examples) {
    if (verdict.concrete()) {
        ImGui::TextColored(kSuccess, "✓ %s", tr.text("coach.verdict.concrete"));
        reportItem(probe + ".concrete");
        return;
    }
    ImGui::TextColored(kWarning, "⚑ %s", tr.text("coach.verdict.flagged"));
    reportItem(probe + ".flagged");
    for (const rules::CoachFinding& finding : verdict.findings) {
        const std::string key = "coach." + std::string(rules::coachFlagKey(finding.flag));
        char why[512];
        std::snprintf(why, sizeof why, tr.text(key + ".why"), finding.matched.c_str());
        ImGui::Bullet();
        ImGui::TextWrapped("%s", why);
        ImGui::Indent();
        hintText(dates::withExampleDate(tr, key + ".how", today).c_str());
        if (with_examples) {
            ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
            ImGui::TextWrapped(tr.text("common.quoted"), tr.text(key + ".example"));
            ImGui::PopStyleColor();
        }
        ImGui::Unindent();
    }
}

}  // namespace etappe::ui
