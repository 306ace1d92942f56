#include "method/method_pages.h"

#include <algorithm>

namespace etappe::method {

std::string pageTitleKey(const MethodPage& page) { return "method_page." + std::string(page.key) + ".title"; }
std::string pageBodyKey(const MethodPage& page) { return "method_page." + std::string(page.key) + ".body"; }

std::size_t turnPage(std::size_t index, int delta) {
    const long last = static_cast<long>(kMethodPages.size()) - 1;
    return static_cast<std::size_t>(std::clamp(static_cast<long>(index) + delta, 0L, last));
}

}  // namespace etappe::method
