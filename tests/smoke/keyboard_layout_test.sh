#!/usr/bin/env bash
# Shortcuts on a German (QWERTZ) keyboard, with the real program under Xvfb:
# xdotool types Strg+N, Strg+Z, Strg+Y by the letters printed on the keys
# (issue 10, item 1). Before the fix Strg+Z arrived as Ctrl+Y and redid.
#
#   keyboard_layout_test.sh ETAPPE_BINARY
# Needs Xvfb, setxkbmap (x11-xkb-utils) and xdotool; skips (exit 77) without them.
set -u

etappe=${1:?usage: keyboard_layout_test.sh ETAPPE_BINARY}
sample="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/assets/sample/sample.etappe"
for tool in Xvfb setxkbmap xdotool; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed"; exit 77; }
done

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" HOME="$work/home"
mkdir -p "$HOME"

# A display of our own (its number chosen by Xvfb), with the German layout.
# -noreset: Xvfb otherwise resets (and forgets the layout) when setxkbmap,
# its only client, disconnects.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAIL: Xvfb did not start"; exit 1; }
export DISPLAY=":$(cat "$work/display")"
setxkbmap de || { echo "FAIL: setxkbmap de"; exit 1; }

file="$work/portfolio.etappe"
cp "$sample" "$file"
before=$("$etappe" --check "$file" | grep -o '[0-9]* customers')

"$etappe" "$file" --lang de >"$work/app.log" 2>&1 &
app_pid=$!
window=$(timeout 20 xdotool search --sync --onlyvisible --name Etappe | head -n 1)
[ -n "$window" ] || { echo "FAIL: no window"; cat "$work/app.log"; exit 1; }
xdotool mousemove --window "$window" 640 400
xdotool windowfocus "$window" 2>/dev/null
sleep 0.5

# Held for a tenth of a second, as fingers do: ImGui 1.86 reads keys as state
# once per frame, so a press and release within one frame would go unseen.
press() {
    xdotool keydown "$1"
    sleep 0.1
    xdotool keyup "$1"
    sleep 0.3
}
# Two new customers (Esc leaves the name field, whose own Ctrl+Z would undo
# typing), then Strg+Z, Strg+Y, Strg+Z: one customer more than before.
# With the keys swapped this ends with two more.
press ctrl+n; press Escape
press ctrl+n; press Escape
press ctrl+z; press ctrl+y; press ctrl+z
# Zoom (item 8): Strg and the + key (no Shift on a German keyboard) twice, the
# keypad's + once, then Strg+- once: 100 % → 110 → 125 → 150 → 125 %.
press ctrl+plus; press ctrl+plus; press ctrl+KP_Add; press ctrl+minus
press ctrl+q  # saves and quits

for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
    echo "FAIL: Strg+Q did not quit"; exit 1
fi
app_pid=""

after=$("$etappe" --check "$file" | grep -o '[0-9]* customers')
expected="$(( ${before% customers} + 1 )) customers"
echo "before: $before, after: $after, expected: $expected"
[ "$after" = "$expected" ] || { echo "FAIL: Strg+Z/Strg+Y did not undo/redo as printed on the keys"; exit 1; }
zoom=$(grep -o '"zoom": [0-9.]*' "$XDG_CONFIG_HOME/etappe/settings.json" 2>/dev/null)
echo "settings: $zoom"
[ "$zoom" = '"zoom": 1.25' ] || { echo "FAIL: Strg++ / Strg+- did not zoom to 125 %"; exit 1; }
echo "OK"
