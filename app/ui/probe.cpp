#include "ui/probe.h"

namespace etappe::ui {

ProbeRegistry* g_probe_registry = nullptr;

void installProbe(ProbeRegistry* registry) { g_probe_registry = registry; }

void reportItemImpl(const std::string& name) {
    (*g_probe_registry)[name] = ItemRect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}

}  // namespace etappe::ui
