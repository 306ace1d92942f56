#pragma once
#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

// SIGTERM (a desktop logout or shutdown), SIGHUP (the terminal closed) and
// SIGINT (Ctrl+C) end the program only after the frame loop has saved the
// work. A signal handler may do almost nothing safely, so it only records the
// signal and writes a byte into a pipe; a watcher thread reads the byte and
// wakes the loop (glfwPostEmptyEvent is not async-signal-safe, but may be
// called from any thread). The loop then saves and quits between frames.
// A signal that was ignored at start (nohup, a background job) stays ignored.
namespace etappe::platform {

class QuitSignals {
public:
    // Installs the handlers. `wake` runs on the watcher thread once per signal.
    explicit QuitSignals(std::function<void()> wake);
    ~QuitSignals();  // the previous handlers again; the watcher stopped
    QuitSignals(const QuitSignals&) = delete;
    QuitSignals& operator=(const QuitSignals&) = delete;

    // The signal that asked to quit, or 0.
    int received() const;

private:
    void watch();

    std::function<void()> wake_;
    int pipe_[2] = {-1, -1};
    std::atomic<bool> stopping_{false};
    struct sigaction previous_[3] = {};
    std::thread watcher_;
};

}  // namespace etappe::platform
