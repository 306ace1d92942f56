#include "platform/window.h"

// Order matters: glad before GLFW (GLFW must not pull in a GL header), and
// never imgui_impl_opengl3_loader.h in this file (it clashes with glad).
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_map>

#include "platform/frame_pacer.h"
#include "platform/key_layout.h"
#include "platform/key_taps.h"
#include "platform/quit_signals.h"
#include "platform/screenshot.h"
#include "platform/window_input.h"
#include "platform/ui_scale.h"
#include "ui/fonts.h"

namespace etappe::platform {
namespace {

constexpr const char* kGlslVersion = "#version 330 core";
constexpr int kDefaultScreenshotFrames = 3;
constexpr int kExitOk = 0;
constexpr int kExitScreenshotFailed = 1;
constexpr int kExitNoWindow = 2;

// Whether GLFW is initialised, for wakeFrameLoop on other threads. Quitting
// waits for the autosave, so no worker wakes the loop while GLFW shuts down.
std::atomic<bool> g_glfw_ready{false};

void printGlfwError(int code, const char* description) {
    std::fprintf(stderr, "etappe: GLFW error %d: %s\n", code, description);
}

bool hasDisplay() {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 != nullptr && *x11 != '\0') || (wayland != nullptr && *wayland != '\0');
}

std::string lastGlfwError() {
    const char* description = nullptr;
    glfwGetError(&description);
    return description != nullptr ? description : "unknown GLFW error";
}

GLFWwindow* createWindow(const WindowOptions& options) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // On X11 and Windows window sizes are pixels: grow the logical --size by
    // the monitor's content scale. Elsewhere sizes are logical already.
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    // WM_CLASS as the desktop entry names it (StartupWMClass=Etappe in assets/etappe.desktop), so
    // the dock shows the window under Etappe's icon; GLFW would take the window title otherwise.
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "Etappe");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "etappe");
    return glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
}

// Owns GLFW, the window, the GL context and ImGui; tears them down in reverse.
class Platform {
public:
    Platform() = default;
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;
    ~Platform();

    // Returns an empty string on success, else the one-line reason.
    std::string open(const WindowOptions& options);
    GLFWwindow* window() const { return window_; }
    WindowEvents& events() { return events_; }

private:
    std::string openContext(const WindowOptions& options);
    void startImGui();

    bool glfw_ = false;
    GLFWwindow* window_ = nullptr;
    bool imgui_ = false;
    WindowEvents events_;
};

Platform::~Platform() {
    if (imgui_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    g_glfw_ready = false;
    if (window_ != nullptr) glfwDestroyWindow(window_);
    if (glfw_) glfwTerminate();
}

std::string Platform::open(const WindowOptions& options) {
    if (!hasDisplay()) {
        return "no graphical display (DISPLAY/WAYLAND_DISPLAY not set). Use --check for files, or run under xvfb-run.";
    }
    // GLFW's own error text goes into the single message rather than to
    // stderr on its own line, so the error callback comes after start-up.
    glfw_ = glfwInit() == GLFW_TRUE;
    if (!glfw_) return lastGlfwError() + ". Run under xvfb-run for a virtual display.";
    const std::string problem = openContext(options);
    if (!problem.empty()) return problem;
    glfwSetErrorCallback(printGlfwError);
    startImGui();
    g_glfw_ready = true;
    return {};
}

std::string Platform::openContext(const WindowOptions& options) {
    window_ = createWindow(options);
    if (window_ == nullptr) return lastGlfwError() + " (an OpenGL 3.3 core context is required)";
    glfwSetWindowUserPointer(window_, &events_);
    // In screen coordinates, like the size: on X11 they are pixels, so grow by the content scale as the size did.
    float scale_x = 1.0f, scale_y = 1.0f;
    glfwGetWindowContentScale(window_, &scale_x, &scale_y);
    glfwSetWindowSizeLimits(window_, static_cast<int>(static_cast<float>(options.min_width) * scale_x),
                            static_cast<int>(static_cast<float>(options.min_height) * scale_y), GLFW_DONT_CARE, GLFW_DONT_CARE);
    glfwMakeContextCurrent(window_);
    if (gladLoadGL(reinterpret_cast<GLADloadfunc>(glfwGetProcAddress)) == 0) {
        return "the OpenGL 3.3 functions could not be loaded";
    }
    glfwSwapInterval(1);
    return {};
}

void Platform::startImGui() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    imgui_ = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // window layout is fixed; no imgui.ini next to the user's files
    io.LogFilename = nullptr;
    // The loop does not render while idle, so a blinking cursor could freeze
    // in its invisible phase: keep it steady.
    io.ConfigInputTextCursorBlink = false;
    ImGui_ImplGlfw_InitForOpenGL(window_, false);  // our callbacks forward to it
    installCallbacks(window_);
    ImGui_ImplOpenGL3_Init(kGlslVersion);
}

// How much bigger than 96 dpi the UI is drawn (ui_scale.h).
UiScale measureScale(GLFWwindow* window) {
    float x = 1.0f, y = 1.0f;
    glfwGetWindowContentScale(window, &x, &y);
    int window_width = 0, window_height = 0, fb_width = 0, fb_height = 0;
    glfwGetWindowSize(window, &window_width, &window_height);
    glfwGetFramebufferSize(window, &fb_width, &fb_height);
    return uiScaleFrom(x, y, window_width, fb_width);
}

// A fresh style, so repeated scaling does not compound, with the colours the
// shell's theme had set (the shell re-applies its theme afterwards anyway).
void resetStyle(float layout_scale) {
    ImGuiStyle fresh;
    const ImGuiStyle& current = ImGui::GetStyle();
    for (int i = 0; i < ImGuiCol_COUNT; ++i) fresh.Colors[i] = current.Colors[i];
    fresh.ScaleAllSizes(layout_scale);
    ImGui::GetStyle() = fresh;
}

// Fonts and style for the scale and the user's zoom. Before the first frame the renderer has no
// font texture yet (its NewFrame creates it); later it must be re-uploaded.
void applyScale(const UiScale& scale, float zoom, bool texture_exists, FrameHandler& handler) {
    const bool fonts_ok = ui::loadFonts(scale.fontBuildScale(zoom));
    if (!fonts_ok && !texture_exists) {
        std::fprintf(stderr, "etappe: warning: DejaVu Sans not found (package fonts-dejavu-core); "
                             "using ImGui's built-in font, some characters will show as '?'.\n");
    }
    ImGui::GetIO().FontGlobalScale = scale.fontGlobalScale();
    resetStyle(scale.layout() * zoom);
    if (texture_exists) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    handler.onContentScaleChanged(scale.layout() * zoom);
}

// Renders one frame; with `capture`, also returns its pixels (read before the
// swap, while the back buffer still holds them).
std::optional<RgbImage> renderFrame(GLFWwindow* window, FrameHandler& handler, bool capture) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    handler.buildFrame();
    ImGui::Render();
    // The frame has seen every key pressed before it: kept releases go on now.
    WindowEvents& events = eventsOf(window);
    for (const KeyRelease& kept : events.taps.frameDone()) {
        ImGui_ImplGlfw_KeyCallback(window, kept.code, kept.scancode, GLFW_RELEASE, kept.mods);
        events.any = true;  // the next frame must see the release
    }

    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    // The window background colour hides the brief moment before ImGui's own
    // full-viewport window covers everything (e.g. while resizing).
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    std::optional<RgbImage> image;
    if (capture) image = readFramebuffer(width, height);
    glfwSwapBuffers(window);
    return image;
}

// The frame loop with its state: event-driven, or a fixed number of frames.
class FrameLoop {
public:
    FrameLoop(Platform& platform, FrameHandler& handler, const WindowOptions& options, const QuitSignals& signals);
    int run();

private:
    void waitForFrameDue();
    void collectEvents();
    void handleCloseRequest();
    int finishFixedRun(std::optional<RgbImage> image) const;
    int quitEarly() const;

    Platform& platform_;
    FrameHandler& handler_;
    const QuitSignals& signals_;
    std::string screenshot_path_;
    FramePacer pacer_;
    float zoom_ = 1.0f;  // the zoom the fonts were last built for
    bool fullscreen_ = false;
    int windowed_[4] = {0, 0, 1280, 800};  // position and size to restore after full screen

    // Full screen on the monitor the window is on (the primary one if unknown), and back.
    void followFullscreen(GLFWwindow* window) {
        const bool wanted = handler_.wantsFullscreen();
        if (wanted == fullscreen_) return;
        fullscreen_ = wanted;
        if (wanted) {
            glfwGetWindowPos(window, &windowed_[0], &windowed_[1]);
            glfwGetWindowSize(window, &windowed_[2], &windowed_[3]);
            GLFWmonitor* monitor = glfwGetPrimaryMonitor();
            int count = 0;
            GLFWmonitor** monitors = glfwGetMonitors(&count);
            for (int i = 0; i < count; ++i) {
                int mx = 0, my = 0;
                glfwGetMonitorPos(monitors[i], &mx, &my);
                const GLFWvidmode* m = glfwGetVideoMode(monitors[i]);
                if (m && windowed_[0] >= mx && windowed_[0] < mx + m->width && windowed_[1] >= my &&
                    windowed_[1] < my + m->height)
                    monitor = monitors[i];
            }
            const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
            if (mode) glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
        } else {
            glfwSetWindowMonitor(window, nullptr, windowed_[0], windowed_[1], windowed_[2], windowed_[3], GLFW_DONT_CARE);
        }
        pacer_.onInput(glfwGetTime());
    }
};

int fixedFrameCount(const WindowOptions& options) {
    if (options.frames > 0) return options.frames;
    if (!options.screenshot_path.empty()) return kDefaultScreenshotFrames;
    return options.frames == 0 ? 1 : -1;
}

FrameLoop::FrameLoop(Platform& platform, FrameHandler& handler, const WindowOptions& options,
                     const QuitSignals& signals)
    : platform_(platform), handler_(handler), signals_(signals), screenshot_path_(options.screenshot_path),
      pacer_(fixedFrameCount(options)) {}

int FrameLoop::run() {
    GLFWwindow* window = platform_.window();
    zoom_ = handler_.uiZoom();
    applyScale(measureScale(window), zoom_, false, handler_);
    pacer_.onInput(glfwGetTime());  // the first frames settle the initial layout
    for (;;) {
        waitForFrameDue();
        if (const int signal_number = signals_.received()) return handler_.onQuitSignal(signal_number);
        handleCloseRequest();
        if (handler_.wantsToQuit()) return quitEarly();
        // Between frames, as ImGui 1.86 needs for a rebuilt font atlas: a new content scale or zoom.
        const float zoom = handler_.uiZoom();
        if (platform_.events().scale_changed || zoom != zoom_) {
            platform_.events().scale_changed = false;
            zoom_ = zoom;
            applyScale(measureScale(window), zoom_, true, handler_);
        }
        if (!pacer_.fixedMode()) followFullscreen(window);
        const bool last_fixed = pacer_.isLastFixedFrame();
        auto image = renderFrame(window, handler_, last_fixed && !screenshot_path_.empty());
        pacer_.onFrameRendered(glfwGetTime());
        if (handler_.takeUnseenChange()) pacer_.onInput(glfwGetTime());
        if (pacer_.fixedFramesDone()) return finishFixedRun(std::move(image));
        if (handler_.wantsToQuit()) return quitEarly();
    }
}

// Returns once a frame should be rendered. Idle, any wake-up renders (an event,
// the shell's timer, or an empty event posted by another thread); while
// settling, events only extend the settle period until the next frame slot.
void FrameLoop::waitForFrameDue() {
    for (;;) {
        const FrameWait wait = pacer_.next(glfwGetTime(), handler_.secondsUntilNextTimer());
        if (wait.kind == FrameWait::Kind::RenderNow) {
            glfwPollEvents();
            collectEvents();
            return;
        }
        if (wait.kind == FrameWait::Kind::WaitSeconds) {
            glfwWaitEventsTimeout(wait.seconds);
        } else {
            glfwWaitEvents();
        }
        collectEvents();
        if (!wait.settling) return;
    }
}

void FrameLoop::collectEvents() {
    WindowEvents& events = platform_.events();
    if (!events.any) return;
    events.any = false;
    pacer_.onInput(glfwGetTime());
}

void FrameLoop::handleCloseRequest() {
    GLFWwindow* window = platform_.window();
    if (glfwWindowShouldClose(window) == GLFW_FALSE) return;
    handler_.onCloseRequested();
    // The shell may veto (e.g. to ask about a failed save): keep the window.
    if (!handler_.wantsToQuit()) glfwSetWindowShouldClose(window, GLFW_FALSE);
}

int FrameLoop::finishFixedRun(std::optional<RgbImage> image) const {
    if (screenshot_path_.empty()) return kExitOk;
    const std::string problem = image ? writePng(screenshot_path_, *image) : "the app quit before the last frame";
    if (problem.empty()) return kExitOk;
    std::fprintf(stderr, "etappe: cannot write the screenshot %s: %s\n", screenshot_path_.c_str(), problem.c_str());
    return kExitScreenshotFailed;
}

// A quit is normal, except when a screenshot was promised and not yet taken.
int FrameLoop::quitEarly() const {
    const bool screenshot_pending = pacer_.fixedMode() && !screenshot_path_.empty();
    return screenshot_pending ? finishFixedRun(std::nullopt) : kExitOk;
}

}  // namespace

void wakeFrameLoop() {
    if (g_glfw_ready) glfwPostEmptyEvent();  // documented as callable from any thread
}

int runWindow(const WindowOptions& options, FrameHandler& handler) {
    Platform platform;
    const std::string problem = platform.open(options);
    if (!problem.empty()) {
        std::fprintf(stderr, "etappe: cannot open a window: %s\n", problem.c_str());
        return kExitNoWindow;
    }
    // From here on a quit signal is a request to the loop (quit_signals.h).
    const QuitSignals signals(wakeFrameLoop);
    FrameLoop loop(platform, handler, options, signals);
    return loop.run();
}

}  // namespace etappe::platform
