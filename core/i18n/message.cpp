#include "i18n/message.h"

#include <cerrno>
#include <ostream>
#include <string_view>

#include "i18n/translator.h"

namespace etappe::i18n {

namespace {

// The errno values a save, load or lock can meet; each has a text in strings_problems.cpp.
struct NamedError {
    int number;
    const char* name;
};
constexpr NamedError kNamedErrors[] = {
    {ENOSPC, "ENOSPC"}, {EDQUOT, "EDQUOT"}, {EACCES, "EACCES"}, {EPERM, "EPERM"},   {EROFS, "EROFS"},
    {ENOENT, "ENOENT"}, {ENOTDIR, "ENOTDIR"}, {EISDIR, "EISDIR"}, {EIO, "EIO"},     {ENOMEM, "ENOMEM"},
    {EEXIST, "EEXIST"}, {EBUSY, "EBUSY"},   {EXDEV, "EXDEV"},   {ENAMETOOLONG, "ENAMETOOLONG"},
    {EMFILE, "EMFILE"}, {ENFILE, "ENFILE"}, {EFBIG, "EFBIG"},   {EINTR, "EINTR"},   {ELOOP, "ELOOP"},
    {EWOULDBLOCK, "EWOULDBLOCK"}, {EBADF, "EBADF"}, {EINVAL, "EINVAL"}, {ETIMEDOUT, "ETIMEDOUT"},
};

}  // namespace

Message message(std::string key, std::vector<std::string> args) {
    Message out{std::move(key), {}};
    for (std::string& arg : args) out.args.push_back(Message::Arg{std::move(arg), false});
    return out;
}

Message::Arg osErrorArg(int error_number) {
    for (const NamedError& e : kNamedErrors) {
        if (e.number == error_number) return Message::Arg{std::string("os_error.") + e.name, true};
    }
    // Unknown values keep their number after '#', as render() expects.
    return Message::Arg{"os_error.other#" + std::to_string(error_number), true};
}

Message osError(int error_number) {
    const std::string key = osErrorArg(error_number).text;
    const auto hash = key.find('#');
    if (hash == std::string::npos) return Message{key, {}};
    return Message{key.substr(0, hash), {{key.substr(hash + 1), false}}};
}

std::string render(const Translator& tr, const Message& message) {
    if (message.empty()) return {};
    const std::string_view text = tr.text(message.key);
    std::string out;
    std::size_t next = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char conversion = text[++i];
        if (conversion == 's' && next < message.args.size()) {
            const Message::Arg& arg = message.args[next++];
            if (!arg.is_key) {
                out += arg.text;
            } else if (arg.text.find('#') != std::string::npos) {
                out += render(tr, osError(std::stoi(arg.text.substr(arg.text.find('#') + 1))));
            } else {
                out += tr.text(arg.text);
            }
        } else if (conversion == '%') {
            out += '%';
        }
    }
    return out;
}

std::string render(const Translator& tr, const std::vector<Message>& messages) {
    std::string out;
    for (const Message& m : messages) {
        const std::string text = render(tr, m);
        if (text.empty()) continue;
        out += (out.empty() ? "" : " – ") + text;
    }
    return out;
}

std::string debugText(const Message& message) {
    std::string out = message.key + "(";
    for (std::size_t i = 0; i < message.args.size(); ++i) out += (i ? ", " : "") + message.args[i].text;
    return out + ")";
}

std::ostream& operator<<(std::ostream& out, const Message& message) { return out << debugText(message); }

}  // namespace etappe::i18n
