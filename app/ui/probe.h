#pragma once
#include <imgui.h>

#include <map>
#include <string>

namespace etappe::ui {

// Where named items were last drawn. Tests install a registry and click items
// by their recorded position; without one, reporting costs a pointer check.
struct ItemRect {
    ImVec2 min;
    ImVec2 max;
    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};
using ProbeRegistry = std::map<std::string, ItemRect>;

void installProbe(ProbeRegistry* registry);
void reportItemImpl(const std::string& name);

// Call right after an item: records its rectangle under `name`.
inline void reportItem(const std::string& name) {
    extern ProbeRegistry* g_probe_registry;
    if (g_probe_registry) reportItemImpl(name);
}

// Records an area drawn with ImDrawList (no ImGui item of its own).
void reportRectImpl(const std::string& name, ImVec2 min, ImVec2 max);
inline void reportRect(const std::string& name, ImVec2 min, ImVec2 max) {
    extern ProbeRegistry* g_probe_registry;
    if (g_probe_registry) reportRectImpl(name, min, max);
}

}  // namespace etappe::ui
