// Presentation mode (issue 12, item 1): projector zoom, high-contrast theme,
// full screen, private screens hidden, and names anonymised on request.
#include <imgui.h>

#include "rules/anonymise.h"
#include "shell/app.h"
#include "ui/presentation.h"
#include "ui/probe.h"

namespace etappe::app {

void App::setPresenting(bool on) {
    if (on == presenting_) return;
    presenting_ = on;
    if (on && !present_zoom_chosen_) {  // as large as the screen allows, until the trainer picks a size
        const ImVec2 display = ImGui::GetCurrentContext() ? ImGui::GetIO().DisplaySize : ImVec2(1280, 800);
        const float base = scale_ / zoom_;
        present_zoom_ = ui::fittingPresentationZoom(display.x / base, display.y / base);
    }
    // The zoom changes with the mode; the platform rebuilds the fonts and
    // calls setContentScale with the new size. Headless, the theme is applied here.
    const float base = scale_ / (on ? zoom_ : present_zoom_);
    if (ImGui::GetCurrentContext()) setContentScale(base * zoom());
    if (on && ui::isPrivateScreen(screens_.showing().info->id)) showScreen(CustomersView::kInfo.id);
    notifications_.status(tr_.text(on ? "status.present_on" : "status.present_off"), clock_());
}

void App::setAnonymise(bool on) {
    if (on == anonymise_) return;
    anonymise_ = on;
    if (!on) shown_.reset();
    notifications_.status(tr_.text(on ? "status.anonymise_on" : "status.anonymise_off"), clock_());
}

history::Document& App::shownDocument() {
    const history::Document& real = session_.document();
    if (!shown_ || shown_of_revision_ != real.revision() || shown_language_ != tr_.language()) {
        // A revision of its own (top bit set): never equal to one of the real document's.
        const std::uint64_t revision = (std::uint64_t{1} << 63) | (++shown_copies_);
        shown_ = std::make_unique<history::Document>(rules::anonymised(real.portfolio(), tr_.language()), revision);
        shown_of_revision_ = real.revision();
        shown_language_ = tr_.language();
    }
    return *shown_;
}

void App::drawPresentMenuItems() {
    ImGui::Separator();
    if (ImGui::MenuItem(tr_.label("menu.present"), "F5", presenting_)) setPresenting(!presenting_);
    if (ImGui::MenuItem(tr_.label("menu.anonymise"), nullptr, anonymise_)) setAnonymise(!anonymise_);
}

}  // namespace etappe::app
