#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace etappe::i18n {

class Translator;

// A user-facing sentence built in core without knowing the language (a load
// problem's location, a save's system error): a string-table key and the
// values for its %s, in order. The UI renders it with its translator, so no
// English sentence from core ends up in a German dialog.
struct Message {
    struct Arg {
        std::string text;
        bool is_key = false;  // `text` is a key to translate too (an OS error inside a sentence)
        bool operator==(const Arg&) const = default;
    };
    std::string key;  // empty: nothing to say
    std::vector<Arg> args;

    bool empty() const { return key.empty(); }
    bool operator==(const Message&) const = default;
};

// A message without arguments, or with plain-text ones.
Message message(std::string key, std::vector<std::string> args = {});

// The key of an errno value: "os_error.ENOSPC"; unknown values get
// "os_error.other" with the number, so every errno has a translated text.
Message osError(int error_number);
Message::Arg osErrorArg(int error_number);

// The translated text with each %s replaced by the next argument (%% is a
// percent sign). Arguments are inserted as they are: a path may contain '%'.
std::string render(const Translator& tr, const Message& message);
// Several messages in one line, as a dialog's detail shows them.
std::string render(const Translator& tr, const std::vector<Message>& messages);

// For logs and test output only: "key(arg, arg)".
std::string debugText(const Message& message);
std::ostream& operator<<(std::ostream& out, const Message& message);

}  // namespace etappe::i18n
