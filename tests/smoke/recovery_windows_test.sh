#!/usr/bin/env bash
# Two untitled windows of the real program (issue 9, item 6): both get an
# edit by keys (xdotool), both are killed with SIGKILL after their autosave.
# The work of both must be in recovery files. Before the fix both wrote one
# shared file and only the last writer's work survived.
#
#   recovery_windows_test.sh ETAPPE_BINARY
# Needs Xvfb and xdotool; skips (exit 77) without them.
set -u

etappe=${1:?usage: recovery_windows_test.sh ETAPPE_BINARY}
for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed"; exit 77; }
done

work=$(mktemp -d)
xvfb_pid=""
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null; done
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" HOME="$work/home"
mkdir -p "$HOME"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAIL: Xvfb did not start"; exit 1; }
export DISPLAY=":$(cat "$work/display")"

press() { xdotool keydown "$1"; sleep 0.1; xdotool keyup "$1"; sleep 0.2; }

# add_customers N: a new --sample window that gets N new customers.
add_customers() {
    "$etappe" --sample --size 900x600 >"$work/app$1.log" 2>&1 &
    local pid=$!
    pids+=("$pid")
    local window
    window=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" --name Etappe | head -n 1)
    [ -n "$window" ] || { echo "FAIL: no window"; exit 1; }
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
    xdotool mousemove --window "$window" 450 300
    sleep 0.3
    for _ in $(seq "$1"); do press ctrl+n; press Escape; done
}

add_customers 1
add_customers 2

recovered_counts() {
    for f in "$XDG_DATA_HOME"/etappe/recovery/*.etappe; do
        [ -f "$f" ] && "$etappe" --check "$f" | grep -o '[0-9]* customers'
    done | sort | tr '\n' ' '
}
sample_count=$("$etappe" --check "$(dirname "${BASH_SOURCE[0]}")/../../assets/sample/sample.etappe" | grep -o '[0-9]* customers' | grep -o '[0-9]*')
expected="$((sample_count + 1)) customers $((sample_count + 2)) customers "
# Both autosaves run 1.5 s after the last change; on a loaded machine give them up to 20 s.
for _ in $(seq 40); do
    [ "$(recovered_counts)" = "$expected" ] && break
    sleep 0.5
done
for pid in "${pids[@]}"; do kill -KILL "$pid"; wait "$pid" 2>/dev/null; done
pids=()

counts=$(recovered_counts)
echo "recovery files: $(ls "$XDG_DATA_HOME"/etappe/recovery/ 2>/dev/null | tr '\n' ' ')"
echo "customers in them: $counts"
if [ "$counts" != "$expected" ]; then
    echo "FAIL: expected recovery files with: $expected"
    exit 1
fi
echo "OK"
