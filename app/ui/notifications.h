#pragma once
#include <deque>
#include <string>

namespace etappe::ui {

// Messages for the user: a short status line, and errors that need a reading
// (shown one at a time in a modal until confirmed).
class Notifications {
public:
    void status(std::string text, double now);
    void error(std::string title, std::string body);

    // The status text while it is fresh (a few seconds), else empty.
    const std::string& currentStatus(double now) const;
    // Seconds until the status text disappears (a frame must then redraw the
    // line); < 0 when none is showing.
    double secondsUntilStatusExpires(double now) const;
    bool hasError() const { return !errors_.empty(); }
    const std::string& errorTitle() const { return errors_.front().title; }
    const std::string& errorBody() const { return errors_.front().body; }
    void dismissError() {
        if (!errors_.empty()) errors_.pop_front();
    }
    static constexpr double kStatusSeconds = 6.0;

private:
    struct Error {
        std::string title;
        std::string body;
    };
    std::string status_;
    double status_time_ = -1e9;
    std::deque<Error> errors_;
    std::string empty_;
};

}  // namespace etappe::ui
