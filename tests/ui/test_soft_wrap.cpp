// The arithmetic of the wrapped editor: soft breaks go into the display only,
// edits read back into the text without them, the cursor stays where it was typed.
#include <doctest/doctest.h>

#include <string>

#include "ui/soft_wrap.h"

using namespace etappe::ui;

namespace {
// Every character one unit wide: a width of 10 is ten characters.
const AdvanceFn kMono = [](char32_t) { return 1.0f; };

// Types `typed` at text offset `at` into the field showing `text` wrapped at `width`,
// as ImGui would (into the display), and reads it back.
TextEdit typeInto(const std::string& text, std::size_t at, const std::string& typed, float width) {
    const SoftWrap shown = softWrap(text, width, kMono);
    const std::size_t cursor = textToDisplay(at, shown.breaks);
    std::string edited = shown.display;
    edited.insert(cursor, typed);
    const std::size_t after = cursor + typed.size();
    return readEdit(shown, cursor, edited, after, after, after);
}
}  // namespace

TEST_CASE("text wraps after the last space that fits, long words are cut, own line breaks stay") {
    const SoftWrap w = softWrap("the quick brown fox jumps", 10.0f, kMono);
    CHECK(w.display == "the quick \nbrown fox \njumps");
    CHECK(w.lines == 3);
    CHECK(withoutSoftBreaks(w.display, w.breaks) == "the quick brown fox jumps");

    const SoftWrap word = softWrap("abcdefghijklmnopqrstuvwxyz", 10.0f, kMono);
    CHECK(word.display == "abcdefghij\nklmnopqrst\nuvwxyz");

    const SoftWrap hard = softWrap("one\ntwo three four", 10.0f, kMono);
    CHECK(hard.display == "one\ntwo three \nfour");
    CHECK(hard.breaks.size() == 1);
    CHECK(hard.lines == 3);

    // Umlauts count as one character each and are never cut apart.
    const SoftWrap umlaut = softWrap("Größenänderungsübersicht", 10.0f, kMono);
    CHECK(withoutSoftBreaks(umlaut.display, umlaut.breaks) == "Größenänderungsübersicht");
    CHECK(umlaut.lines == 3);

    CHECK(softWrap("", 10.0f, kMono).lines == 1);
    CHECK(softWrap("short", 0.0f, kMono).display == "short");
}

TEST_CASE("offsets map between the text and its display") {
    const SoftWrap w = softWrap("the quick brown fox", 10.0f, kMono);  // "the quick \nbrown fox"
    REQUIRE(w.breaks == std::vector<std::size_t>{10});
    CHECK(textToDisplay(3, w.breaks) == 3);
    CHECK(textToDisplay(10, w.breaks) == 11);  // at the break: the start of the next line
    CHECK(displayToText(10, w.breaks) == 10);  // the end of the first line
    CHECK(displayToText(11, w.breaks) == 10);
    CHECK(displayToText(15, w.breaks) == 14);
}

TEST_CASE("typing reads back into the text without inserted breaks and keeps the cursor") {
    const std::string text = "the quick brown fox jumps";
    // In the middle of the second line.
    TextEdit e = typeInto(text, 12, "XY", 10.0f);
    CHECK(e.text == "the quick brXYown fox jumps");
    CHECK(e.cursor == 14);
    // At the very end.
    e = typeInto(text, text.size(), " over", 10.0f);
    CHECK(e.text == "the quick brown fox jumps over");
    CHECK(e.cursor == e.text.size());
    // A new line of the user's own is kept.
    e = typeInto(text, 10, "\n", 10.0f);
    CHECK(e.text == "the quick \nbrown fox jumps");
    // The cursor at the end of a wrapped line (before the inserted break): typed there, it joins the next word.
    const SoftWrap shown = softWrap(text, 10.0f, kMono);
    std::string edited = shown.display;
    edited.insert(edited.begin() + 10, '!');
    e = readEdit(shown, 10, edited, 11, 11, 11);
    CHECK(e.text == "the quick !brown fox jumps");
    CHECK(e.cursor == 11);
}

TEST_CASE("deleting an inserted break deletes the character beyond it") {
    const std::string text = "the quick brown fox";
    const SoftWrap shown = softWrap(text, 10.0f, kMono);  // "the quick \nbrown fox"
    std::string edited = shown.display;
    edited.erase(10, 1);
    // Backspace at the start of "brown": the space before it goes.
    TextEdit e = readEdit(shown, 11, edited, 10, 10, 10);
    CHECK(e.text == "the quickbrown fox");
    CHECK(e.cursor == 9);
    // Delete at the end of "the quick ": the "b" goes.
    e = readEdit(shown, 10, edited, 10, 10, 10);
    CHECK(e.text == "the quick rown fox");
    CHECK(e.cursor == 10);
}

TEST_CASE("a selection replaced across an inserted break") {
    const std::string text = "the quick brown fox";
    const SoftWrap shown = softWrap(text, 10.0f, kMono);  // "the quick \nbrown fox"
    // "quick \nbrown" selected and replaced by "slow".
    std::string edited = shown.display;
    edited.replace(4, 12, "slow");
    const TextEdit e = readEdit(shown, 16, edited, 8, 8, 8);
    CHECK(e.text == "the slow fox");
    CHECK(e.cursor == 8);
}

TEST_CASE("rewrapping after many random edits never leaves an inserted break in the text") {
    std::string text;
    std::size_t cursor = 0;
    unsigned seed = 12345;
    const auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) & 0x7FFFu;
    };
    const std::string alphabet = "ab cd e\nfgä ";
    for (int step = 0; step < 2000; ++step) {
        const SoftWrap shown = softWrap(text, 7.0f, kMono);
        const std::size_t at = textToDisplay(cursor, shown.breaks);
        std::string edited = shown.display;
        std::size_t after = at;
        std::string expected = text;
        std::size_t expected_cursor = cursor;
        if (next() % 4 == 0 && at > 0 && !std::binary_search(shown.breaks.begin(), shown.breaks.end(), at - 1)) {
            // Backspace over one ASCII or one two-byte character that is no inserted break.
            std::size_t from = at - 1;
            while (from > 0 && (static_cast<unsigned char>(edited[from]) & 0xC0u) == 0x80u) --from;
            edited.erase(from, at - from);
            after = from;
            const std::size_t text_at = cursor - (at - from);
            expected.erase(text_at, at - from);
            expected_cursor = text_at;
        } else {
            std::size_t pick = next() % alphabet.size();
            std::string ch = alphabet.substr(pick, 1);
            if (ch == "\xC3") ch = "ä";
            if (ch == "\xA4") ch = "x";
            edited.insert(at, ch);
            after = at + ch.size();
            expected.insert(cursor, ch);
            expected_cursor = cursor + ch.size();
        }
        const TextEdit e = readEdit(shown, at, edited, after, after, after);
        REQUIRE(e.text == expected);
        REQUIRE(e.cursor == expected_cursor);
        text = e.text;
        cursor = e.cursor;
    }
}
