// Shortcuts follow the letter printed on the key (issue 10, item 1): the
// translation the platform layer applies to GLFW's US-position key codes.
#include <doctest/doctest.h>

#include "platform/key_layout.h"

using etappe::platform::layoutKey;

namespace {
// GLFW key codes (ASCII for printable keys), spelled out so the test needs no GLFW.
constexpr int kKeyY = 'Y', kKeyZ = 'Z', kKeyA = 'A', kKeyQ = 'Q', kKeyM = 'M';
constexpr int kSemicolon = ';', kMinus = '-', kSlash = '/', kRightBracket = ']', kKey1 = '1';
constexpr int kDelete = 261, kEnter = 257, kKeypad1 = 321, kKeypadAdd = 334, kWorld2 = 162;
}  // namespace

TEST_CASE("German QWERTZ: the keys labelled Z and Y give Z and Y") {
    // With `setxkbmap de`, the key at the US Y position prints z, and the US Z position y.
    CHECK(layoutKey(kKeyY, "z") == 'Z');
    CHECK(layoutKey(kKeyZ, "y") == 'Y');
    CHECK(layoutKey(kKeyA, "a") == 'A');
    CHECK(layoutKey(kSlash, "-") == '-');        // the minus key sits where US has /
    CHECK(layoutKey(kSemicolon, "ö") == kSemicolon);  // no GLFW code for ö: keeps its position
    CHECK(layoutKey(kMinus, "ß") == kMinus);
    // The + key (where US has ]) zooms like the keypad's +: GLFW has no code of its own for "+".
    CHECK(layoutKey(kRightBracket, "+") == kKeypadAdd);
    CHECK(layoutKey(kWorld2, "<") == kWorld2);
}

TEST_CASE("French AZERTY: letters move, and a punctuation key becomes a letter") {
    CHECK(layoutKey(kKeyQ, "a") == 'A');
    CHECK(layoutKey(kKeyA, "q") == 'Q');
    CHECK(layoutKey(kSemicolon, "m") == 'M');
    CHECK(layoutKey(kKeyM, ",") == ',');
    CHECK(layoutKey(kKey1, "&") == kKey1);  // the digit row prints symbols: keep the digit
}

TEST_CASE("US layout and layouts without Latin letters keep the physical key") {
    CHECK(layoutKey(kKeyZ, "z") == 'Z');
    CHECK(layoutKey(kKeyZ, "я") == kKeyZ);  // Russian: Ctrl+Z stays where US has it
    CHECK(layoutKey(kKeyZ, nullptr) == kKeyZ);
    CHECK(layoutKey(kKeyZ, "") == kKeyZ);
}

TEST_CASE("keys that are not printable or on the keypad are never translated") {
    CHECK(layoutKey(kDelete, nullptr) == kDelete);
    CHECK(layoutKey(kEnter, "z") == kEnter);
    CHECK(layoutKey(kKeypad1, "1") == kKeypad1);
    CHECK(layoutKey(kKeypadAdd, "+") == kKeypadAdd);
}
