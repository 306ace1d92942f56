#include "platform/quit_signals.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace etappe::platform {
namespace {

constexpr int kSignals[3] = {SIGTERM, SIGHUP, SIGINT};

// Only what a handler may touch: a sig_atomic_t and a descriptor for write().
volatile std::sig_atomic_t g_received = 0;
volatile std::sig_atomic_t g_pipe_write = -1;

extern "C" void onQuitSignal(int signal_number) {
    const int saved_errno = errno;
    g_received = signal_number;
    const int fd = g_pipe_write;
    if (fd >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t ignored = ::write(fd, &byte, 1);  // non-blocking: a full pipe wakes anyway
    }
    errno = saved_errno;
}

}  // namespace

QuitSignals::QuitSignals(std::function<void()> wake) : wake_(std::move(wake)) {
    g_received = 0;
    if (::pipe2(pipe_, O_CLOEXEC) != 0) pipe_[0] = pipe_[1] = -1;
    if (pipe_[1] >= 0) ::fcntl(pipe_[1], F_SETFL, O_NONBLOCK);
    g_pipe_write = pipe_[1];
    if (pipe_[0] >= 0) watcher_ = std::thread([this] { watch(); });
    struct sigaction action {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    // A second signal of the same kind ends the program at once: the way out
    // when a save hangs (e.g. on a dead network drive).
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    for (int i = 0; i < 3; ++i) {
        ::sigaction(kSignals[i], &action, &previous_[i]);
        // Ignored when we started (nohup, a background job): the caller wants
        // the program to live on, so it stays ignored.
        if (previous_[i].sa_handler == SIG_IGN) ::sigaction(kSignals[i], &previous_[i], nullptr);
    }
}

QuitSignals::~QuitSignals() {
    for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &previous_[i], nullptr);
    g_pipe_write = -1;
    stopping_ = true;
    if (pipe_[1] >= 0) {
        const char byte = 0;
        [[maybe_unused]] const ssize_t ignored = ::write(pipe_[1], &byte, 1);
    }
    if (watcher_.joinable()) watcher_.join();
    for (int fd : pipe_) {
        if (fd >= 0) ::close(fd);
    }
}

int QuitSignals::received() const { return g_received; }

void QuitSignals::watch() {
    for (;;) {
        char byte = 0;
        const ssize_t n = ::read(pipe_[0], &byte, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0 || stopping_) return;
        if (wake_) wake_();
    }
}

}  // namespace etappe::platform
