#pragma once
// A screen of the sidebar. Each screen class (in app/views/) derives from
// Screen and declares `static constexpr ScreenInfo kInfo`; the shell lists the
// classes once (shell/screen_registry.cpp) and takes everything else — sidebar
// entry, --view names, --help, shortcuts — from the class itself.
#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/ids.h"
#include "shell/ui_context.h"
#include "ui/keys.h"

namespace etappe::app {

struct ScreenInfo {
    std::string_view id;         // the --view name, e.g. "activities"
    std::string_view label_key;  // sidebar text; also the sidebar item's ID and test probe
    // Further --view names that open this screen in a mode (e.g. "calendar"); empty slots are unused.
    std::array<std::string_view, 2> modes{};
};

// A key a screen reacts to while it is the one showing, and only then.
struct Shortcut {
    ui::KeyChord keys;
    bool while_typing = false;  // also fires while a text field has the keyboard
    std::function<void(UiContext&)> run;
};

class Screen {
public:
    virtual ~Screen() = default;
    virtual void draw(UiContext& ctx) = 0;
    // Asked once, when the registry creates the screen; the actions may keep `this`.
    virtual std::vector<Shortcut> shortcuts() { return {}; }
    // Shown after the sidebar label, e.g. a count ("Customers  (12)").
    virtual std::string sidebarBadge(const UiContext& ctx) const {
        (void)ctx;
        return {};
    }
    // The user goes to this screen. `selected_customer` is the customer selected
    // on the Customers screen (model::kNoId if none), so a screen can follow it.
    virtual void onShow(UiContext& ctx, model::Id selected_customer) {
        (void)ctx;
        (void)selected_customer;
    }
    // Another screen asked to show something here (see NavigationRequest).
    virtual void open(UiContext& ctx, const NavigationRequest& request) {
        (void)ctx;
        (void)request;
    }
    // Started with `--view MODE`, one of kInfo.modes.
    virtual void openMode(UiContext& ctx, std::string_view mode) {
        (void)ctx;
        (void)mode;
    }
};

}  // namespace etappe::app
