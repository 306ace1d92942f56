#include "exports/escape.h"

#include <cstdio>

namespace etappe::exports {

std::string htmlEscaped(std::string_view text, bool line_breaks) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        // A space before € is kept from breaking, so "38.000 €" doesn't end a line with a lone €.
        if (ch == ' ' && text.substr(i + 1).starts_with("€")) {
            out += "&nbsp;";
            continue;
        }
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\r': break;
            case '\n': out += line_breaks ? "<br>" : " "; break;
            default: out += ch;
        }
    }
    return out;
}

std::string jsonQuoted(std::string_view text) {
    std::string out = "\"";
    for (const unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out += buffer;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

}  // namespace etappe::exports
