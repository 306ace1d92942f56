#pragma once
// The error a loader raises for well-formed JSON that is not a valid Etappe value.

#include <stdexcept>
#include <utility>

#include "i18n/message.h"

namespace etappe::storage {

// Raised for a value that is well-formed JSON but not a valid Etappe value.
// It carries the user's message (key and values); what() is for logs.
struct FormatError : std::runtime_error {
    explicit FormatError(i18n::Message message)
        : std::runtime_error(i18n::debugText(message)), message_(std::move(message)) {}
    const i18n::Message& message() const { return message_; }

private:
    i18n::Message message_;
};

}  // namespace etappe::storage
