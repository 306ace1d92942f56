#include "ui/notifications.h"

namespace etappe::ui {

void Notifications::status(std::string text, double now) {
    status_ = std::move(text);
    status_time_ = now;
}

void Notifications::error(std::string title, std::string body) {
    errors_.push_back(Error{std::move(title), std::move(body)});
}

const std::string& Notifications::currentStatus(double now) const {
    return now - status_time_ <= kStatusSeconds ? status_ : empty_;
}

double Notifications::secondsUntilStatusExpires(double now) const {
    if (status_.empty()) return -1.0;
    const double left = status_time_ + kStatusSeconds - now;
    return left >= 0.0 ? left + 0.01 : -1.0;  // just past the end, when currentStatus is empty
}

}  // namespace etappe::ui
