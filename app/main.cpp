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
    bool takeUnseenChange() override { return app_ && app_->takeUnseenChange(); }
    // 0 once the work is saved (or kept for recovery): the program ended as asked.
    int onQuitSignal(int) override {
        if (!app_) return 0;  // nothing opened yet, nothing to keep
        const std::string problem = app_->quitOnSignal();
        if (problem.empty()) return 0;
        std::fprintf(stderr, "etappe: quit without saving: %s\n", problem.c_str());
        return 1;
    }
    void onContentScaleChanged(float scale) override { app().setContentScale(scale); }
    float uiZoom() override { return app().zoom(); }
    bool wantsFullscreen() override { return app().presenting(); }

    // The window's own status (0, or why it failed) unless the FILE asked
    // for could not be opened: then 1, as for every command that cannot read its file.
    int exitCode(int window_status) const {
        return window_status == 0 && app_ && !app_->startProblem().empty() ? 1 : window_status;
    }

private:
    etappe::app::App& app() {
        if (!app_) {
            app_ = std::make_unique<etappe::app::App>(options_);
            app_->setWake(etappe::platform::wakeFrameLoop);
            if (!app_->startProblem().empty()) std::fprintf(stderr, "etappe: %s\n", app_->startProblem().c_str());
        }
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
    if (!cl->csv_import.empty()) return etappe::app::runImportCsv(*cl);
    if (!cl->csv_export.empty()) return etappe::app::runExportCsv(*cl);
    if (!cl->development_report.empty()) return etappe::app::runDevelopmentReport(*cl);
    if (!cl->compare_files.empty()) return etappe::app::runCompare(*cl);
    if (!cl->print_sheet.empty()) return etappe::app::runPrintSheet(*cl);
    if (!cl->check_file.empty()) {
        return etappe::app::runCheck(cl->check_file, etappe::app::languageFor(*cl));
    }
    if (!etappe::app::screenshotTargetAllowed(*cl)) return 1;
    etappe::platform::WindowOptions window;
    window.width = cl->width;
    window.height = cl->height;
    window.frames = cl->frames;
    window.screenshot_path = cl->screenshot;
    ShellFrames frames(cl->app);
    return frames.exitCode(etappe::platform::runWindow(window, frames));
}
