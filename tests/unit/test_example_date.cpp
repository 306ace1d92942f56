// The example sentences of hints and advice name a day still ahead, whatever
// today is, and the coach reads that day from them (issue 10, item 14).
#include <doctest/doctest.h>

#include <string>

#include "dates/example_date.h"
#include "dates/iso_date.h"
#include "rules/activity_coach.h"

using namespace etappe;

namespace {

// The example sentence inside a hint ("e.g. On 1 Dec 2026 present …"), without the lead-in.
std::string sentenceOf(const std::string& hint, const char* opener) {
    const auto at = hint.find(opener);
    REQUIRE(at != std::string::npos);
    std::string sentence = hint.substr(at);
    for (const char* quote : {"\"", "“"})
        if (const auto end = sentence.find(quote); end != std::string::npos) sentence.resize(end);
    return sentence;
}

}  // namespace

TEST_CASE("the example date is the next Tuesday, as the app writes dates") {
    CHECK(dates::exampleDate("2026-11-23", i18n::Language::German) == "24.11.2026");
    CHECK(dates::exampleDate("2026-11-24", i18n::Language::English) == "1 Dec 2026");
    CHECK(dates::exampleDate("", i18n::Language::English).empty());
}

TEST_CASE("the hints' example sentences name a coming day the coach reads, in English and German") {
    for (const char* today : {"2026-03-02", "2026-11-23", "2027-06-18", "2030-12-31"}) {
        for (const auto language : {i18n::Language::English, i18n::Language::German}) {
            CAPTURE(today);
            const i18n::Translator tr(language);
            const char* opener = language == i18n::Language::German ? "Am " : "On ";
            for (const char* key : {"activities.quick_hint", "method.try_hint", "review.next_activity_hint"}) {
                CAPTURE(key);
                const std::string hint = dates::withExampleDate(tr, key, today);
                CHECK(hint.find(dates::exampleDate(today, language)) != std::string::npos);
                const rules::CoachVerdict verdict = rules::reviewText(sentenceOf(hint, opener), today);
                CAPTURE(sentenceOf(hint, opener));
                CHECK(verdict.concrete());
                REQUIRE(verdict.date_in_text);
                CHECK(*verdict.date_in_text > today);
                CHECK(dates::weekdayIndex(*verdict.date_in_text) == 1);
            }
            // The coach's advice on a missing date names the same coming day.
            const std::string how = dates::withExampleDate(tr, "coach.missing_date.how", today);
            CHECK(how.find(dates::exampleDate(today, language)) != std::string::npos);
            CHECK(how.find("%s") == std::string::npos);
        }
    }
}
