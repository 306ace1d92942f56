#pragma once
#include <string>

// The desktop window: GLFW + OpenGL 3.3 core + Dear ImGui, an event-driven
// frame loop, HiDPI fonts and the --frames/--screenshot mode for tests.
namespace etappe::platform {

struct WindowOptions {
    int width = 1280, height = 800;  // logical size (from --size WxH)
    // The smallest size the user can resize the window to; layouts are checked down to it.
    int min_width = 1024, min_height = 640;
    int frames = -1;                 // render exactly N frames then close (from --frames N); -1 = run until closed
    std::string screenshot_path;     // PNG of the window's pixels after the last frame; without frames > 0, 3 frames are rendered
    std::string title = "Etappe";
};

// Implemented by the app shell. buildFrame is called between ImGui::NewFrame()
// and ImGui::Render(); the other calls happen between frames.
class FrameHandler {
public:
    virtual ~FrameHandler() = default;
    // Draws the whole UI for one frame (a full-viewport window).
    virtual void buildFrame() = 0;
    // Checked after every frame and every close request, e.g. after File > Quit.
    virtual bool wantsToQuit() const = 0;
    // Window close button / Alt+F4. The shell saves and then makes wantsToQuit()
    // true; if it does not (a veto, e.g. to ask first) the window stays open.
    virtual void onCloseRequested() = 0;
    // Seconds until the shell needs a frame although nothing happened (autosave);
    // < 0: no timer. Asked before every idle wait.
    virtual double secondsUntilNextTimer() const { return -1; }
    // Asked after every frame: true when the frame changed the shell's state
    // without input (a background result arrived). The loop then settles as
    // after input, so what changed is drawn, dialogs included.
    virtual bool takeUnseenChange() { return false; }
    // SIGTERM, SIGHUP or SIGINT arrived (a logout, a closed terminal, Ctrl+C).
    // Called between frames, never from the signal handler: save or keep the
    // work now, without asking. The loop then ends with the returned exit status.
    virtual int onQuitSignal(int signal_number) {
        (void)signal_number;
        return 0;
    }
    // Called once at start-up, before the first frame, and whenever the
    // window's content scale changes. The platform has already rebuilt the
    // fonts and reset the style to a fresh ImGuiStyle scaled by `scale`
    // (keeping the previous colours): a theme is re-applied here, e.g.
    // ui::applyTheme(scale).
    virtual void onContentScaleChanged(float scale) { (void)scale; }
    // The user's zoom on top of the content scale (1.0 = 100 %). Asked before
    // every frame; when it changed, the fonts are rebuilt at the new size
    // (sharp, not stretched) and onContentScaleChanged gets scale × zoom.
    virtual float uiZoom() { return 1.0f; }
    // Asked before every frame: true while the shell wants the window full
    // screen on its monitor (presentation mode); false restores the window.
    // Runs of a fixed number of frames (--frames, --screenshot) keep their size.
    virtual bool wantsFullscreen() { return false; }
};

// Opens the window, runs the frame loop and closes everything again. Returns
// the process exit code: 0 after a normal close or the requested frames, 1
// when the screenshot cannot be written, 2 when no window can be opened (one
// line on stderr, e.g. without a graphical display).
int runWindow(const WindowOptions& options, FrameHandler& handler);

// Wakes the frame loop from any thread (a worker's result is ready): the
// loop then renders a frame. Does nothing while no window is open.
void wakeFrameLoop();

}  // namespace etappe::platform
