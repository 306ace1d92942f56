#pragma once
// Text placed into the HTML and JSON that exports write.
#include <string>
#include <string_view>

namespace etappe::exports {

// HTML text: markup characters escaped; line breaks become <br> (or a space
// where no markup may stand, e.g. in <title>); a space before € does not break.
std::string htmlEscaped(std::string_view text, bool line_breaks = true);

// A JSON string literal, quotes included.
std::string jsonQuoted(std::string_view text);

}  // namespace etappe::exports
