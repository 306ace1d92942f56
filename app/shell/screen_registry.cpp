#include "shell/screen_registry.h"

#include "views/activities_view.h"
#include "views/customers_view.h"
#include "views/development_view.h"
#include "views/goals_view.h"
#include "views/method_pages_view.h"
#include "views/observe_view.h"
#include "views/planner_view.h"
#include "views/priorities_view.h"
#include "views/review_view.h"
#include "views/workshop_view.h"

namespace etappe::app {

namespace {

bool opens(const ScreenInfo& info, std::string_view view_name) {
    if (view_name.empty()) return false;
    if (info.id == view_name) return true;
    for (std::string_view mode : info.modes)
        if (mode == view_name) return true;
    return false;
}

}  // namespace

const std::vector<ScreenType>& screenTypes() {
    // The one list of screens, in sidebar order.
    static const std::vector<ScreenType> types = {
        screenTypeOf<CustomersView>(), screenTypeOf<PrioritiesView>(), screenTypeOf<PlannerView>(),
        screenTypeOf<ActivitiesView>(), screenTypeOf<GoalsView>(), screenTypeOf<ReviewView>(), screenTypeOf<DevelopmentView>(),
        screenTypeOf<WorkshopView>(), screenTypeOf<ObserveView>(),
        screenTypeOf<MethodPagesView>(),
    };
    return types;
}

const ScreenType* findScreenType(std::string_view view_name) {
    for (const ScreenType& type : screenTypes())
        if (opens(*type.info, view_name)) return &type;
    return nullptr;
}

std::string viewNames() {
    std::string names;
    auto add = [&names](std::string_view name) {
        if (name.empty()) return;
        if (!names.empty()) names += ", ";
        names += name;
    };
    for (const ScreenType& type : screenTypes()) {
        add(type.info->id);
        for (std::string_view mode : type.info->modes) add(mode);
    }
    return names;
}

ScreenRegistry::ScreenRegistry(const std::vector<ScreenType>& types) {
    for (const ScreenType& type : types) {
        std::unique_ptr<Screen> screen = type.make();
        std::vector<Shortcut> shortcuts = screen->shortcuts();
        entries_.push_back(Entry{type.info, std::move(screen), std::move(shortcuts)});
    }
}

const ScreenRegistry::Entry* ScreenRegistry::find(std::string_view view_name) const {
    for (const Entry& entry : entries_)
        if (opens(*entry.info, view_name)) return &entry;
    return nullptr;
}

void ScreenRegistry::setShowing(const Entry& entry) {
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (&entries_[i] == &entry) showing_ = i;
}

void runShortcuts(const std::vector<Shortcut>& shortcuts, UiContext& ctx) {
    const bool typing = ImGui::GetIO().WantTextInput;
    for (const Shortcut& shortcut : shortcuts) {
        if (typing && !shortcut.while_typing) continue;
        if (ui::chordPressed(shortcut.keys)) shortcut.run(ctx);
    }
}

}  // namespace etappe::app
