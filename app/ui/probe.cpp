#include "ui/probe.h"

namespace etappe::ui {

ProbeRegistry* g_probe_registry = nullptr;

void installProbe(ProbeRegistry* registry) { g_probe_registry = registry; }

void reportItemImpl(const std::string& name) {
    (*g_probe_registry)[name] = ItemRect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}

void reportRectImpl(const std::string& name, ImVec2 min, ImVec2 max) { (*g_probe_registry)[name] = ItemRect{min, max}; }

}  // namespace etappe::ui
