#pragma once
// What storage tests need from the system beyond a temp folder: a small
// tmpfs (a full or read-only disk) and a second process running as another
// user. Both need root; where that is missing, ok() is false and the test
// says so and relies on the injected file system instead.
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <optional>
#include <string>

#include "test_storage_support.h"

namespace etappe::testing {

class ScratchMount {
public:
    // `options` as for mount -o, e.g. "size=1m" or "size=1m,ro".
    explicit ScratchMount(const std::string& options) {
        const unsigned long flags = options.find(",ro") != std::string::npos ? MS_RDONLY : 0;
        const std::string data = options.substr(0, options.find(",ro"));
        mounted_ = ::mount("tmpfs", folder_.path().c_str(), "tmpfs", flags, data.c_str()) == 0;
    }
    ~ScratchMount() {
        if (mounted_) ::umount2(folder_.path().c_str(), MNT_DETACH);
    }
    ScratchMount(const ScratchMount&) = delete;
    ScratchMount& operator=(const ScratchMount&) = delete;

    bool ok() const { return mounted_; }
    bool makeReadOnly() { return ::mount("tmpfs", folder_.path().c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0; }
    const std::string& path() const { return folder_.path(); }
    std::string file(const std::string& name) const { return folder_.file(name); }

private:
    TempFolder folder_;  // destroyed after the unmount
    bool mounted_ = false;
};

// Runs `work` in a child process as user "nobody" (uid 65534) and returns
// what it returned; nullopt when this process may not switch users (not root).
inline std::optional<std::string> runAsNobody(const std::function<std::string()>& work) {
    if (::geteuid() != 0) return std::nullopt;
    int fds[2];
    if (::pipe(fds) != 0) return std::nullopt;
    const pid_t child = ::fork();
    if (child < 0) return std::nullopt;
    if (child == 0) {
        ::close(fds[0]);
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
        const std::string answer = work();
        [[maybe_unused]] const ssize_t n = ::write(fds[1], answer.data(), answer.size());
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string answer;
    char buffer[512];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0) answer.append(buffer, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
    return answer;
}

}  // namespace etappe::testing
