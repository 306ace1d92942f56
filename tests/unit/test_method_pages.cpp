// The Method screen's pages (issue 12, item 2): every page has its texts in
// both languages, and turning pages stays within the first and the last.
#include <doctest/doctest.h>

#include <cstring>
#include <set>
#include <string>

#include "i18n/translator.h"
#include "method/method_pages.h"

using namespace etappe;

namespace {
const i18n::StringEntry* entry(const std::string& key) {
    for (const auto& e : i18n::stringTable())
        if (key == e.key) return &e;
    return nullptr;
}
}  // namespace

TEST_CASE("every method page has a title and a body in English and German") {
    std::set<std::string_view> keys;
    for (const method::MethodPage& page : method::kMethodPages) {
        CHECK(keys.insert(page.key).second);  // one page per idea
        for (const std::string& key : {method::pageTitleKey(page), method::pageBodyKey(page)}) {
            const i18n::StringEntry* e = entry(key);
            REQUIRE_MESSAGE(e, key);
            CHECK_MESSAGE(std::strlen(e->en) > 0, key);
            CHECK_MESSAGE(std::strlen(e->de) > 0, key);
            CHECK_MESSAGE(std::strcmp(e->en, e->de) != 0, key);  // really translated
        }
        CHECK(std::strlen(entry(method::pageBodyKey(page))->en) > 150);  // a page explains, not just names
    }
    CHECK(entry("screen.method"));
}

TEST_CASE("turning pages stays within the first and the last page") {
    const std::size_t last = method::kMethodPages.size() - 1;
    CHECK(method::turnPage(0, -1) == 0);
    CHECK(method::turnPage(0, 1) == 1);
    CHECK(method::turnPage(last, 1) == last);
    CHECK(method::turnPage(3, -2) == 1);
    CHECK(method::turnPage(1, 100) == last);
}
