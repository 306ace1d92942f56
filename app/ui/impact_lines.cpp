#include "ui/impact_lines.h"

#include <imgui.h>

#include <cstdio>
#include <utility>

#include "ui/probe.h"

namespace etappe::ui {

std::vector<ImpactLine> impactSentences(const i18n::Translator& tr, const history::Impact& impact) {
    const std::pair<const char*, int> kinds[] = {
        {"activities_deleted", impact.activities_deleted}, {"reviews_deleted", impact.reviews_deleted},
        {"activities_unlinked", impact.activities_unlinked}, {"plans_changed", impact.plans_changed},
        {"bookings_unlinked", impact.bookings_unlinked},     {"reviews_unlinked", impact.reviews_unlinked},
        {"exercises_changed", impact.exercises_changed},     {"observations_unlinked", impact.observations_unlinked},
    };
    std::vector<ImpactLine> lines;
    for (const auto& [kind, count] : kinds) {
        if (count <= 0) continue;
        const std::string key = std::string("impact.") + kind + (count == 1 ? ".one" : ".many");
        char text[400];
        std::snprintf(text, sizeof text, tr.text(key), count);
        lines.push_back({kind, text});
    }
    return lines;
}

void impactLines(const i18n::Translator& tr, const history::Impact& impact) {
    for (const ImpactLine& line : impactSentences(tr, impact)) {
        ImGui::TextWrapped("%s", line.text.c_str());
        reportItem("impact." + line.kind);
    }
}

}  // namespace etappe::ui
