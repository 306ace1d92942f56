// The sales method's catalogue texts (METHOD §2, §3, §5, §10): complete in
// English and German, really translated, and short enough for their place on screen.
#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "i18n/translator.h"
#include "method/conversation_steps.h"
#include "method/knowledge_areas.h"

using namespace etappe;
using i18n::Language;

namespace {

constexpr std::string_view kMissing = "[missing text]";
constexpr std::size_t kMaxCheckpointChars = 75;
constexpr std::size_t kMaxCoachingChars = 320;
constexpr std::size_t kMaxQuestionChars = 110;

// Length as the rep sees it: UTF-8 code points, not bytes („ and ü count once).
std::size_t codePoints(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    }
    return count;
}

// Both languages' text of one key; fails the check if either is missing or empty.
struct Pair {
    std::string en;
    std::string de;
};

Pair both(const i18n::Translator& en, const i18n::Translator& de, const std::string& key) {
    Pair p{en.text(key), de.text(key)};
    INFO("key: " << key);
    CHECK(p.en != kMissing);
    CHECK(p.de != kMissing);
    CHECK_FALSE(p.en.empty());
    CHECK_FALSE(p.de.empty());
    return p;
}

// The German method terms of the 16 steps, in order, written by hand from METHOD.md §5.
constexpr std::array<std::string_view, method::kConversationStepCount> kStepTerms = {
    "Reflexion",     "Vorbereitung",   "Kontaktaufnahme", "Gesprächsbeginn", "Positive Beziehung", "Kundensituation",
    "Kundenziele",   "Vorschläge",     "Einwände",        "Entscheidung",    "Zusatzgeschäft",     "Gesprächsende",
    "Nachbereitung", "Belohnung",      "Unterstützung",   "Bindung"};

// The five elements of the reduced process for B and C customers (METHOD §10): key and German term.
struct ReducedElement {
    std::string_view key;
    std::string_view term;
};
constexpr std::array<ReducedElement, 5> kReducedElements = {{{"goals", "Ziele"},
                                                             {"expectations", "Erwartungen"},
                                                             {"steering", "Steuerung"},
                                                             {"decision", "Entscheidung"},
                                                             {"follow_up", "Nachbereitung"}}};

constexpr std::array<std::string_view, 4> kLifePositions = {"not_ok_not_ok", "ok_not_ok", "not_ok_ok", "ok_ok"};

}  // namespace

TEST_CASE("method catalogue: every conversation step has name, term, coaching and three checkpoints") {
    const i18n::Translator en(Language::English);
    const i18n::Translator de(Language::German);
    for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
        const std::string prefix = "step." + std::string(method::conversationStepKey(method::conversationStepAt(i)));
        INFO("step: " << prefix);

        both(en, de, prefix + ".name");
        both(en, de, prefix + ".term");

        const Pair coaching = both(en, de, prefix + ".coaching");
        CHECK(coaching.en != coaching.de);  // an untranslated copy would be equal
        CHECK(codePoints(coaching.en) <= kMaxCoachingChars);
        CHECK(codePoints(coaching.de) <= kMaxCoachingChars);

        for (std::size_t c = 1; c <= method::kCheckpointsPerStep; ++c) {
            const std::string key = prefix + ".checkpoint." + std::to_string(c);
            INFO("key: " << key);
            const Pair checkpoint = both(en, de, key);
            CHECK(checkpoint.en != checkpoint.de);
            CHECK(codePoints(checkpoint.en) <= kMaxCheckpointChars);
            CHECK(codePoints(checkpoint.de) <= kMaxCheckpointChars);
        }
        const std::string extra = prefix + ".checkpoint." + std::to_string(method::kCheckpointsPerStep + 1);
        CHECK(std::string_view(en.text(extra)) == kMissing);
        CHECK(std::string_view(de.text(extra)) == kMissing);
    }
}

TEST_CASE("method catalogue: step terms are the German method terms in both languages") {
    const i18n::Translator en(Language::English);
    const i18n::Translator de(Language::German);
    for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
        const std::string key =
            "step." + std::string(method::conversationStepKey(method::conversationStepAt(i))) + ".term";
        INFO("key: " << key);
        CHECK(std::string_view(de.text(key)) == kStepTerms[i]);
        CHECK(std::string_view(en.text(key)) == kStepTerms[i]);
    }
}

TEST_CASE("method catalogue: every knowledge area has a name and a question, every level a name") {
    const i18n::Translator en(Language::English);
    const i18n::Translator de(Language::German);
    for (std::size_t i = 0; i < method::kKnowledgeAreaCount; ++i) {
        const std::string prefix =
            "knowledge." + std::string(method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i)));
        INFO("area: " << prefix);
        both(en, de, prefix + ".name");
        const Pair question = both(en, de, prefix + ".question");
        CHECK(question.en != question.de);
        CHECK(codePoints(question.en) <= kMaxQuestionChars);
        CHECK(codePoints(question.de) <= kMaxQuestionChars);
    }
    for (const auto level :
         {method::KnowledgeLevel::Unknown, method::KnowledgeLevel::Partly, method::KnowledgeLevel::Known}) {
        const Pair name = both(en, de, "knowledge_level." + std::string(method::knowledgeLevelKey(level)));
        CHECK(name.en != name.de);
    }
}

TEST_CASE("method catalogue: the reduced process has five elements with name, term and coaching") {
    const i18n::Translator en(Language::English);
    const i18n::Translator de(Language::German);
    for (const auto& element : kReducedElements) {
        const std::string prefix = "reduced." + std::string(element.key);
        INFO("element: " << prefix);
        both(en, de, prefix + ".name");
        const Pair term = both(en, de, prefix + ".term");
        CHECK(term.de == element.term);
        CHECK(term.en == element.term);
        const Pair coaching = both(en, de, prefix + ".coaching");
        CHECK(coaching.en != coaching.de);
        CHECK(codePoints(coaching.en) <= kMaxCoachingChars);
        CHECK(codePoints(coaching.de) <= kMaxCoachingChars);
    }
}

TEST_CASE("method catalogue: every life position has a name and an effect") {
    const i18n::Translator en(Language::English);
    const i18n::Translator de(Language::German);
    for (const auto position : kLifePositions) {
        const std::string key = "life_position." + std::string(position);
        const Pair name = both(en, de, key);
        CHECK(name.en != name.de);
        const Pair effect = both(en, de, key + ".effect");
        CHECK(effect.en != effect.de);
    }
}

TEST_CASE("method catalogue: code points are counted, not bytes") {
    CHECK(codePoints("Einwände") == 8);
    CHECK(codePoints("„Ja“ – …") == 8);
    CHECK(codePoints("") == 0);
}
