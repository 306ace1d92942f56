// Etappe: command line first, then the window.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "platform/window.h"
#include "shell/app.h"
#include "shell/command_line.h"

namespace {

// Connects the platform's frame loop to the app shell. The app (which opens
// and locks the portfolio) is created only once a window exists.
class ShellFrames : public etappe::platform::FrameHandler {
public:
    explicit ShellFrames(etappe::app::AppOptions options) : options_(std::move(options)) {}
    void buildFrame() override { app().buildFrame(); }
    bool wantsToQuit() const override { return app_ && app_->wantsToQuit(); }
    void onCloseRequested() override { app().onCloseRequested(); }
    double secondsUntilNextTimer() const override { return app_ ? app_->secondsUntilNextTimer() : -1.0; }
    void onContentScaleChanged(float scale) override { app().setContentScale(scale); }

private:
    etappe::app::App& app() {
        if (!app_) app_ = std::make_unique<etappe::app::App>(options_);
        return *app_;
    }
    etappe::app::AppOptions options_;
    std::unique_ptr<etappe::app::App> app_;
};

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    std::string error;
    const auto cl = etappe::app::parseCommandLine(args, error);
    if (!cl) {
        std::fprintf(stderr, "etappe: %s\n", error.c_str());
        return 2;
    }
    if (cl->help) {
        std::fputs(etappe::app::usageText(), stdout);
        return 0;
    }
    if (cl->version) {
        std::printf("etappe %s\n", ETAPPE_VERSION);
        return 0;
    }
    if (!cl->brief.empty()) return etappe::app::runBrief(*cl);
    if (cl->coach) return etappe::app::runCoach(*cl);
    if (!cl->ics_out.empty()) return etappe::app::runExportIcs(*cl);
    if (!cl->development_report.empty()) return etappe::app::runDevelopmentReport(*cl);
    if (!cl->check_file.empty()) {
        return etappe::app::runCheck(cl->check_file, cl->app.language.value_or(etappe::i18n::Language::English));
    }
    if (!etappe::app::screenshotTargetAllowed(*cl)) return 1;
    etappe::platform::WindowOptions window;
    window.width = cl->width;
    window.height = cl->height;
    window.frames = cl->frames;
    window.screenshot_path = cl->screenshot;
    ShellFrames frames(cl->app);
    return etappe::platform::runWindow(window, frames);
}
