#pragma once
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "shell/screen.h"

namespace etappe::app {

// A screen class as the shell knows it before any object exists: its
// declaration (for --view and --help) and how to make one.
struct ScreenType {
    const ScreenInfo* info;
    std::unique_ptr<Screen> (*make)();
};

// The ScreenType of a screen class: its kInfo and how to make one.
template <class T>
ScreenType screenTypeOf() {
    return ScreenType{&T::kInfo, []() -> std::unique_ptr<Screen> { return std::make_unique<T>(); }};
}

// Every screen, in sidebar order. Adding a screen is one line in its definition.
const std::vector<ScreenType>& screenTypes();
// The screen a --view name opens (its id or one of its modes), or nullptr.
const ScreenType* findScreenType(std::string_view view_name);
// Every --view name, for --help and error messages ("customers, priorities, …").
std::string viewNames();

// One object of every screen type, the one showing, and each one's shortcuts.
class ScreenRegistry {
public:
    struct Entry {
        const ScreenInfo* info;
        std::unique_ptr<Screen> screen;
        std::vector<Shortcut> shortcuts;
    };

    // One object of each type, in this (sidebar) order.
    explicit ScreenRegistry(const std::vector<ScreenType>& types = screenTypes());
    const std::vector<Entry>& entries() const { return entries_; }
    const Entry* find(std::string_view view_name) const;
    const Entry& showing() const { return entries_[showing_]; }
    bool isShowing(std::string_view id) const { return showing().info->id == id; }
    void setShowing(const Entry& entry);

    // The registered object of a screen class, for the shell's commands and for tests.
    template <class T>
    T& get() const {
        for (const Entry& entry : entries_)
            if (entry.info == &T::kInfo) return static_cast<T&>(*entry.screen);
        throw std::logic_error("screen class not in screenTypes()");
    }

private:
    std::vector<Entry> entries_;
    std::size_t showing_ = 0;
};

// Runs the shortcuts pressed this frame. While a text field has the keyboard,
// only those marked while_typing run (the field owns Ctrl+Z, Del, …).
void runShortcuts(const std::vector<Shortcut>& shortcuts, UiContext& ctx);

}  // namespace etappe::app
