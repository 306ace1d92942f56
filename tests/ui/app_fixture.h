#pragma once
// An App with its own temporary XDG folders, driven headless.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "dates/clock.h"
#include "harness.h"
#include "shell/app.h"
#include "ui/probe.h"

namespace etappe::testing {

class TempHome {
public:
    TempHome() {
        char pattern[] = "/tmp/etappe-ui-XXXXXX";
        root_ = mkdtemp(pattern);
        setenv("XDG_DATA_HOME", (root_ + "/data").c_str(), 1);
        setenv("XDG_CONFIG_HOME", (root_ + "/config").c_str(), 1);
    }
    ~TempHome() {
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    const std::string& root() const { return root_; }
    std::string portfolioPath() const { return root_ + "/data/etappe/portfolio.etappe"; }

private:
    std::string root_;
};

struct AppDriver {
    TempHome home;
    HeadlessUi ui;
    ui::ProbeRegistry probes;
    double now = 1000.0;
    std::string today = dates::todayIso();  // the shell's date; a test may move it on
    std::unique_ptr<app::App> app;

    explicit AppDriver(app::AppOptions options = {}) {
        ui::installProbe(&probes);
        start(std::move(options));
    }
    ~AppDriver() { ui::installProbe(nullptr); }

    void start(app::AppOptions options) {
        app = std::make_unique<app::App>(options, [this] { return now; }, [this] { return today; });
        app->setContentScale(1.0f);
        frames(2);
    }
    std::function<void()> draw() {
        return [this] { app->buildFrame(); };
    }
    void frames(int n) { ui.frames(n, draw()); }
    // Autosave writes on a worker thread: draw frames until its outcome is collected.
    void finishAutosave() {
        for (int i = 0; i < 10'000 && app->session().isAutosaving(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            frames(1);
        }
    }
    void click(const std::string& probe) {
        REQUIRE_MESSAGE(probes.count(probe), "item not drawn: " << probe);
        ui.click(probes.at(probe).centre(), draw());
        frames(1);
    }
    void type(const std::string& text) { ui.type(text, draw()); }
    // Scrolls the pane under the item until the item is on screen (it must have been drawn once).
    void scrollTo(const std::string& probe) {
        for (int i = 0; i < 60; ++i) {
            REQUIRE_MESSAGE(probes.count(probe), "item not drawn: " << probe);
            const ImVec2 centre = probes.at(probe).centre();
            const float bottom = ImGui::GetIO().DisplaySize.y - 60.0f;
            if (centre.y > 40.0f && centre.y < bottom) return;
            ui.scroll(ImVec2(centre.x, bottom * 0.5f), centre.y >= bottom ? 3.0f : -3.0f, draw());
        }
        FAIL("could not scroll " << probe << " into view");
    }
    void key(int code, bool ctrl = false, bool shift = false) { ui.key(code, draw(), ctrl, shift); }
    const model::Portfolio& portfolio() { return app->session().document().portfolio(); }
};

// The sample case opened on one screen, as `etappe --sample --view NAME` does.
inline app::AppOptions sampleOn(const char* view) {
    app::AppOptions options;
    options.sample = true;
    options.view = view;
    return options;
}

inline constexpr int kEnter = 257;
inline constexpr int kDelete = 261;
inline constexpr int kEscape = 256;

}  // namespace etappe::testing
