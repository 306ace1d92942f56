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

}  // namespace etappe::ui
